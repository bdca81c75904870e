import type { AstNode, AstNodeDescription, AstNodeLocator, CstNode, DocumentSegment, LangiumDocument, ReferenceDescription, URI } from 'langium';
import { Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isMultiReference, isReference } from 'langium';

/** How many references are described between two checks for cancellation. */
const REFERENCES_PER_CHECK = 1024;

/**
 * Langium's reference index of a plan, built from the references the linker has just linked
 * (`document.references`: the same references, in the linker's order) instead of a walk over every element with an
 * `await` per element, and with each reference's paths and text segment worked out only when
 * something asks (find references, rename): after every keystroke the index is rebuilt, and
 * what it is read for on the way (which plans refer to which) needs only the two documents.
 * On a 10,000-line plan that walk and those paths were 10 ms of every edit.
 */
export class CopReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const source = document.uri.toString();
        let count = 0;
        for (const reference of document.references) {
            if (++count % REFERENCES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
            const refNode = reference.$refNode;
            if (reference.error || !refNode) continue;
            const targets = isReference(reference)
                ? [reference.$nodeDescription]
                : isMultiReference(reference)
                  ? reference.items.map(item => item.$nodeDescription)
                  : [];
            for (const target of targets) {
                if (target) descriptions.push(new LazyReferenceDescription(refNode, document.uri, source, target, this.nodeLocator));
            }
        }
        return descriptions;
    }
}

/** A `ReferenceDescription` whose paths and segment are computed on first use, then kept. */
class LazyReferenceDescription implements ReferenceDescription {
    readonly targetUri: URI;
    readonly local: boolean;
    private computedSourcePath?: string;
    private computedSegment?: DocumentSegment;

    constructor(
        private readonly refNode: CstNode,
        readonly sourceUri: URI,
        source: string,
        private readonly target: AstNodeDescription,
        private readonly locator: AstNodeLocator
    ) {
        this.targetUri = target.documentUri;
        this.local = target.documentUri === sourceUri || target.documentUri.toString() === source;
    }

    /** The element holding the reference. */
    private get container(): AstNode {
        return this.refNode.astNode;
    }

    get sourcePath(): string {
        return (this.computedSourcePath ??= this.locator.getAstNodePath(this.container));
    }

    get targetPath(): string {
        return this.target.path;
    }

    get segment(): DocumentSegment {
        return (this.computedSegment ??= CstUtils.toDocumentSegment(this.refNode));
    }
}
