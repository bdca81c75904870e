import { ExportedNames } from './exported-names.js';
import type { AstNode, LangiumDocument, ReferenceDescription, URI } from 'langium';
import { AstUtils, Cancellation, DefaultIndexManager } from 'langium';

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
     * Whether references inside one document are indexed too: the language server needs them
     * (find references, rename), a one-shot command such as `cop check` only the references
     * between documents. Without them, a plan that refers to no other plan is not indexed at
     * all (a twentieth of `cop check` on a large plan).
     */
    localReferences = true;

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

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const uri = document.uri.toString();
        if (!this.localReferences && !refersToOtherDocuments(document)) {
            this.referenceIndex.set(uri, []);
        } else {
            await super.updateReferences(document, cancelToken);
        }
        this.targets.set(uri, new Set((this.referenceIndex.get(uri) ?? []).filter(ref => !ref.local).map(ref => ref.targetUri.toString())));
        this.incoming = undefined;
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
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
        return this.serviceRegistry.getServices(AstUtils.getDocument(node).uri).workspace.AstNodeLocator.getAstNodePath(node);
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

/** Whether a linked document holds a reference resolved to an element of another document. */
function refersToOtherDocuments(document: LangiumDocument): boolean {
    const uri = document.uri.toString();
    return document.references.some(ref => {
        const descriptions = 'items' in ref ? ref.items.map(item => item.$nodeDescription) : [ref.$nodeDescription];
        return descriptions.some(description => description !== undefined && description.documentUri.toString() !== uri);
    });
}
