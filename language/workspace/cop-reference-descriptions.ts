import type {
    AstNode,
    AstNodeDescription,
    AstNodeLocator,
    CstNode,
    DocumentSegment,
    LangiumDocument,
    MultiReference,
    Reference,
    ReferenceDescription,
    URI
} from 'langium';
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
        const { references } = document;
        for (let from = 0; from < references.length; from += REFERENCES_PER_CHECK) {
            if (from > 0) await interruptAndCheck(cancelToken);
            describeReferences(references, document.uri, this.nodeLocator, 'all', descriptions, from, from + REFERENCES_PER_CHECK);
        }
        return descriptions;
    }
}

/**
 * Adds to `descriptions` the descriptions of `references[from, to)`, linked in the document at
 * `uri`: of all of them, or only of those to elements of other documents.
 */
export function describeReferences(
    references: ReadonlyArray<Reference | MultiReference>,
    uri: URI,
    locator: AstNodeLocator,
    which: 'all' | 'other-documents',
    descriptions: ReferenceDescription[] = [],
    from = 0,
    to = references.length
): ReferenceDescription[] {
    const source = uri.toString();
    const end = Math.min(to, references.length);
    for (let i = from; i < end; i++) {
        const reference = references[i];
        const refNode = reference.$refNode;
        if (reference.error || !refNode) continue;
        if (isReference(reference)) {
            const target = reference.$nodeDescription;
            if (target) describe(descriptions, refNode, uri, source, target, locator, which);
        } else if (isMultiReference(reference)) {
            for (const item of reference.items) if (item.$nodeDescription) describe(descriptions, refNode, uri, source, item.$nodeDescription, locator, which);
        }
    }
    return descriptions;
}

function describe(
    descriptions: ReferenceDescription[],
    refNode: CstNode,
    uri: URI,
    source: string,
    target: AstNodeDescription,
    locator: AstNodeLocator,
    which: 'all' | 'other-documents'
): void {
    const local = target.documentUri === uri || target.documentUri.toString() === source;
    if (which === 'all' || !local) descriptions.push(new LazyReferenceDescription(refNode, uri, local, target, locator));
}

/** A `ReferenceDescription` whose paths and segment are computed on first use, then kept. */
class LazyReferenceDescription implements ReferenceDescription {
    readonly targetUri: URI;
    private computedSourcePath?: string;
    private computedSegment?: DocumentSegment;

    constructor(
        private readonly refNode: CstNode,
        readonly sourceUri: URI,
        readonly local: boolean,
        private readonly target: AstNodeDescription,
        private readonly locator: AstNodeLocator
    ) {
        this.targetUri = target.documentUri;
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
