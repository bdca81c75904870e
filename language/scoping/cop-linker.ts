import type {
    AstNode,
    AstNodeDescription,
    AstReflection,
    LangiumCoreServices,
    LangiumDocument,
    LinkingError,
    MultiReference,
    Reference,
    ReferenceInfo
} from 'langium';
import { AstUtils, Cancellation, DefaultLinker, interruptAndCheck, isMultiReference, isOperationCancelled, isReference } from 'langium';
import { LINKER_FAILURE } from '../validation/internal-failure.js';
import { walkNodes } from '../model/ast-walk.js';
import type { PlanFile } from '../generated/ast.js';
import { type LastLinks, lastIndexes, restoreLink, saveLinks, unlinkReferences } from './link-reuse.js';
import { PlanSymbols } from './plan-symbols.js';
import type { KnowsCrossDocumentLinks } from '../workspace/cop-index-manager.js';
import { unresolvedReferenceMessage } from './reference-messages.js';

/** How many elements are linked between two checks for cancellation (and a yield to the event loop). */
const NODES_PER_CHECK = 256;

/**
 * Langium's linker, walking the plan faster: the properties that hold references are known
 * per element type from the grammar (not found by scanning every property of every element),
 * and cancellation is checked every few hundred elements instead of an `await` per element.
 * The same references are linked in the same order; a tenth of `cop check` on a large plan
 * went into the walk itself. After an edit, the references of the elements that were not
 * parsed again keep their targets where that is what linking them again would give
 * (link-reuse.ts).
 */
export class CopLinker extends DefaultLinker implements KnowsCrossDocumentLinks {
    private readonly referenceProperties = new Map<string, readonly string[]>();
    private readonly lastLinks = new WeakMap<LangiumDocument, LastLinks>();
    /** Where each element's references start in a document's list of linked references (keyed by that list). */
    private readonly starts = new WeakMap<readonly unknown[], number[]>();
    private readonly astReflection: AstReflection;
    /** What kinds of reference a linking resolved itself (keyed by the document's list of linked references). */
    private readonly resolved = new WeakMap<readonly unknown[], { multi: boolean; otherDocuments: boolean }>();

    constructor(services: LangiumCoreServices) {
        super(services);
        this.astReflection = services.shared.AstReflection;
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const last = this.lastLinks.get(document);
        this.lastLinks.delete(document);
        const root = document.parseResult.value as PlanFile;
        const symbols = document.localSymbols;
        // Last links are given back only against the symbol table of this very tree.
        const indexes = last && symbols instanceof PlanSymbols && symbols.has(root) ? lastIndexes(root, last) : undefined;
        if (document.references.length > 0 || (last && !indexes)) {
            // A linking cut short and resumed, or last links of no use: linked afresh, every
            // reference unlinked first (Langium links only a reference that is unlinked).
            this.forgetAll(document, last);
            await this.linkAfresh(document, root, cancelToken);
            return;
        }
        try {
            if (this.profiler?.isActive('linking')) {
                this.forgetAll(document, last);
                return await super.link(document, cancelToken);
            }
            // Element by element, in the order of a full walk, noting where each one's references start.
            const starts: number[] = [];
            this.starts.set(document.references, starts);
            const elements = root.elements ?? [];
            const changed = last && symbols instanceof PlanSymbols ? symbols.namesChangedSince(last.root) : undefined;
            // Indexed: `entries()` made an iterator result and an [index, element] pair per element.
            for (let index = 0; index < elements.length; index++) {
                const element = elements[index];
                starts.push(document.references.length);
                const was = indexes?.[index] ?? -1;
                if (was < 0 || !last || !(symbols instanceof PlanSymbols)) {
                    await this.linkNodes(walkNodes(element), document, cancelToken);
                    continue;
                }
                for (let i = last.starts[was]; i < last.starts[was + 1]; i++) {
                    const reference = last.references[i];
                    if (restoreLink(reference, symbols, document, changed)) document.references.push(reference);
                    else this.linkAgain(reference, document);
                }
            }
            starts.push(document.references.length);
            await interruptAndCheck(cancelToken);
        } catch (error) {
            // Cut short: the references not reached yet still hold their last targets.
            this.forgetAll(document, last);
            throw error;
        }
    }

    /** Links every element of the plan from scratch, noting where each one's references start. */
    private async linkAfresh(document: LangiumDocument, root: PlanFile, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const starts: number[] = [];
        this.starts.set(document.references, starts);
        for (const element of root.elements ?? []) {
            starts.push(document.references.length);
            await this.linkNodes(walkNodes(element), document, cancelToken);
        }
        starts.push(document.references.length);
        await interruptAndCheck(cancelToken);
    }

    /** Unlinks the document's references and the last links' (which unlinking left linked). */
    private forgetAll(document: LangiumDocument, last: LastLinks | undefined): void {
        if (last) unlinkReferences(last.references);
        if (unlinkReferences(document.references)) document.references = [];
        else super.unlink(document);
    }

    /**
     * Keeps the references linked as they are, for a plan that is parsed again in part
     * (link-reuse.ts): the next linking gives each its target again or resolves it anew.
     */
    override unlink(document: LangiumDocument): void {
        // Unlinked twice before it is linked again (Langium's update resets a changed plan
        // that ours has reset already): the links saved the first time are the ones to keep.
        if (!this.lastLinks.has(document)) {
            const saved = this.resolved.get(document.references)?.multi ? undefined : saveLinks(document, this.starts.get(document.references));
            if (saved) {
                this.lastLinks.set(document, saved);
                document.references = [];
                return;
            }
        }
        if (unlinkReferences(document.references)) document.references = [];
        else super.unlink(document);
    }

    /**
     * Whether the last linking of `document` resolved a reference to an element of another
     * document: only `doLink` can (a target given back is in the plan itself), so the
     * index need not go through every reference to find out.
     */
    refersToOtherDocuments(document: LangiumDocument): boolean {
        return this.resolved.get(document.references)?.otherDocuments ?? false;
    }

    protected override doLink(refInfo: ReferenceInfo, document: LangiumDocument): void {
        super.doLink(refInfo, document);
        const { reference } = refInfo;
        const multi = isMultiReference(reference);
        const target = isReference(reference) ? reference.$nodeDescription : undefined;
        const otherDocuments = multi || (target !== undefined && target.documentUri.toString() !== document.uri.toString());
        if (!multi && !otherDocuments) return;
        const kinds = this.resolved.get(document.references) ?? { multi: false, otherDocuments: false };
        kinds.multi ||= multi;
        kinds.otherDocuments ||= otherDocuments;
        this.resolved.set(document.references, kinds);
    }

    private async linkNodes(nodes: Iterable<AstNode>, document: LangiumDocument, cancelToken: Cancellation.CancellationToken): Promise<void> {
        let count = 0;
        for (const node of nodes) {
            if (++count % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
            this.linkReferencesOf(node, document);
        }
        await interruptAndCheck(cancelToken);
    }

    private linkReferencesOf(node: AstNode, document: LangiumDocument, only?: Reference | MultiReference): void {
        for (const property of this.referencePropertiesOf(node.$type)) {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value)) {
                value.forEach((item, index) => {
                    if ((isReference(item) || isMultiReference(item)) && (!only || item === only))
                        this.doLink({ reference: item, container: node, property, index } as ReferenceInfo, document);
                });
            } else if ((isReference(value) || isMultiReference(value)) && (!only || value === only)) {
                this.doLink({ reference: value, container: node, property } as ReferenceInfo, document);
            }
        }
    }

    /** Resolves one reference of an element that was not parsed again. */
    private linkAgain(reference: Reference | MultiReference, document: LangiumDocument): void {
        const container = reference.$refNode?.astNode;
        if (container) this.linkReferencesOf(container, document, reference);
    }

    /**
     * A reference that resolves to nothing, said in the language's words (Langium's message
     * names the grammar's types: "Could not resolve reference to Deliverable named 'Foo'").
     */
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        if (targetDescription) return error; // found, but its element could not be loaded: Langium's words are as good
        const text = refInfo.reference.$refText;
        const document = AstUtils.findRootNode(refInfo.container).$document;
        const symbols = document?.localSymbols;
        const referenceType = this.reflection.getReferenceType(refInfo);
        const otherKinds =
            symbols instanceof PlanSymbols
                ? symbols
                      .named(text)
                      .map(description => description.type)
                      .filter(type => !this.reflection.isSubtype(type, referenceType))
                : [];
        const candidates = this.scopeProvider
            .getScope(refInfo)
            .getAllElements()
            .map(description => description.name);
        const message = unresolvedReferenceMessage({ containerType: refInfo.container.$type, property: refInfo.property, text, candidates, otherKinds });
        return { ...error, message };
    }

    /**
     * A scope that throws is a bug of cop: Langium would log it with its stack on stderr (a
     * stack trace in `cop check`'s output) and then report it as a linking error. Here it is
     * the same linking error without the log; the validator makes it an `internal-error`.
     */
    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        try {
            return super.getCandidate(refInfo);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
            return { info: refInfo, message: `${LINKER_FAILURE}'${refInfo.reference.$refText}': ${detail}` };
        }
    }

    private referencePropertiesOf(type: string): readonly string[] {
        let properties = this.referenceProperties.get(type);
        if (!properties) {
            const meta = this.astReflection.getTypeMetaData(type);
            properties = Object.values(meta.properties)
                .filter(property => property.referenceType !== undefined)
                .map(property => property.name);
            this.referenceProperties.set(type, properties);
        }
        return properties;
    }
}
