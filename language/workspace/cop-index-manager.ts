import { ExportedNames } from './exported-names.js';
import type { AstNode, AstNodeLocator, LangiumDocument, Linker, ReferenceDescription, Stream, URI } from 'langium';
import { AstUtils, Cancellation, DefaultIndexManager } from 'langium';
import { describeReferences } from './cop-reference-descriptions.js';

/**
 * Langium's index, plus a lookup of the references that reach an element from *other* plan
 * files. Whole-plan checks (is this value delivered anywhere? is this indicator used?) ask it
 * for every element they would flag, so it is a map built once per change of the index,
 * not a scan of every reference per question.
 */
export class CopIndexManager extends DefaultIndexManager {
    private incoming: Map<string, ReferenceDescription[]> | undefined;
    /** The other documents each document refers to, as of its last indexing. */
    private readonly targets = new Map<string, Set<string>>();

    /**
     * The references each document makes to its own elements, as of its last indexing, not
     * described yet. Only find references and rename read them; every keystroke linked a
     * large plan again and described each of its tens of thousands of references, only to
     * throw the descriptions away at the next keystroke. They are described when first asked
     * for (`findAllReferences`); resetting a document removes them with its other references.
     */
    private readonly undescribed = new Map<string, { uri: URI; references: LangiumDocument['references'] }>();

    /** The exported elements by name, for the scope of references to other plans (exported-names.ts). */
    readonly exported = new ExportedNames(() => this.symbolIndex.entries());

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const uri = document.uri.toString();
        const before = this.symbolIndex.get(uri);
        await super.updateContent(document, cancelToken);
        this.exported.changed(before, this.symbolIndex.get(uri));
    }

    override removeContent(uri: URI): void {
        const before = this.symbolIndex.get(uri.toString());
        super.removeContent(uri);
        this.exported.changed(before, undefined);
    }

    /** Indexes the references to other documents now, and those within the document when asked for (see `undescribed`). */
    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        const services = this.serviceRegistry.getServices(document.uri);
        // The linker knows whether any reference reaches another document; most plans have none.
        const linker: Linker & Partial<KnowsCrossDocumentLinks> = services.references.Linker;
        const across = linker.refersToOtherDocuments?.(document) ?? true;
        const references = across ? describeReferences(document.references, document.uri, services.workspace.AstNodeLocator, 'other-documents') : [];
        this.referenceIndex.set(uri, references);
        this.undescribed.set(uri, { uri: document.uri, references: document.references });
        this.targets.set(uri, new Set(references.map(ref => ref.targetUri.toString())));
        this.incoming = undefined;
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        for (const [key, { uri, references }] of this.undescribed) {
            this.referenceIndex.set(key, describeReferences(references, uri, this.locatorFor(uri), 'all'));
        }
        this.undescribed.clear();
        return super.findAllReferences(targetNode, astNodePath);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.undescribed.delete(uri.toString());
        this.targets.delete(uri.toString());
        this.incoming = undefined;
    }

    /**
     * Whether `document` refers to one of the changed documents: asked of every plan of the
     * workspace after each change, so answered from the set of documents it refers to, not a
     * scan of its references (in a workspace of 1,000 plans, every reference of every plan
     * on every keystroke).
     */
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const targets = this.targets.get(document.uri.toString());
        if (!targets || targets.size === 0) return false;
        for (const uri of changedUris) if (targets.has(uri)) return true;
        return false;
    }

    /** References to `node` written in other documents. */
    crossDocumentReferences(node: AstNode): readonly ReferenceDescription[] {
        const uri = AstUtils.getDocument(node).uri.toString();
        return this.incomingIndex().get(`${uri}#${this.astNodePath(node)}`) ?? [];
    }

    /** The documents that `uri` refers to, as of its last linking. */
    documentsReferredBy(uri: string): Set<string> {
        return new Set(this.targets.get(uri));
    }

    private astNodePath(node: AstNode): string {
        return this.locatorFor(AstUtils.getDocument(node).uri).getAstNodePath(node);
    }

    private locatorFor(uri: URI): AstNodeLocator {
        return this.serviceRegistry.getServices(uri).workspace.AstNodeLocator;
    }

    private incomingIndex(): Map<string, ReferenceDescription[]> {
        if (!this.incoming) {
            const index = new Map<string, ReferenceDescription[]>();
            this.referenceIndex.forEach(refs => {
                for (const ref of refs) {
                    if (ref.local) continue;
                    const key = `${ref.targetUri.toString()}#${ref.targetPath}`;
                    const list = index.get(key);
                    if (list) list.push(ref);
                    else index.set(key, [ref]);
                }
            });
            this.incoming = index;
        }
        return this.incoming;
    }
}

/** A linker that knows whether its last linking of a document reached another document (cop-linker.ts). */
export interface KnowsCrossDocumentLinks {
    refersToOtherDocuments(document: LangiumDocument): boolean;
}
