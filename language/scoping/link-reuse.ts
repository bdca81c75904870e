import type { AstNode, AstNodeDescription, LangiumDocument, Reference } from 'langium';
import { AstUtils, isReference } from 'langium';
import type { PlanFile } from '../generated/ast.js';
import { isPlanFile } from '../generated/ast.js';
import { partialParseOf } from '../parser/incremental-parse.js';
import type { PlanSymbols } from './plan-symbols.js';

/**
 * After a keystroke most of a plan is the same elements as before (incremental-parse.ts), and
 * most of their references resolve as before. Linking them again cost as much as parsing the
 * whole plan did; here a reference of an element that was not parsed again keeps its target
 * when the plan's symbol table, built again, still gives that same element first for its
 * name, which is exactly what resolving it again would give (cop-scope-provider.ts: the
 * plan's own symbols are looked up first, by name). Every other reference (one that did not
 * resolve, or resolved into another plan, or whose name now means another element) is
 * resolved again; the elements parsed again are linked as usual.
 */
export interface LastLinks {
    readonly root: AstNode;
    readonly links: ReadonlyArray<{ readonly reference: Reference; readonly target: AstNode | undefined }>;
}

/** What the document's references resolve to now, before Langium unlinks them. */
export function saveLinks(document: LangiumDocument): LastLinks {
    const links = [];
    for (const reference of document.references) {
        // Only single references: the grammar has no other kind, and anything else is linked again.
        if (isReference(reference)) links.push({ reference, target: reference.error ? undefined : reference.ref });
    }
    return { root: document.parseResult.value, links };
}

/** How the last links can be used for the document's tree now: the elements to link from scratch, and the saved links by element. */
export function reusableLinks(root: AstNode, last: LastLinks): { fresh: ReadonlySet<AstNode>; saved: Map<AstNode, LastLinks['links'][number][]> } | undefined {
    if (!isPlanFile(root)) return undefined;
    let fresh: ReadonlySet<AstNode>;
    if (root === last.root) fresh = new Set();
    else {
        const partial = partialParseOf(root);
        if (!partial || partial.previous !== last.root) return undefined;
        fresh = partial.fresh;
    }
    const saved = new Map<AstNode, LastLinks['links'][number][]>();
    for (const link of last.links) {
        const element = topLevelElement(link.reference.$refNode?.astNode, root);
        if (!element || fresh.has(element)) continue;
        const list = saved.get(element);
        if (list) list.push(link);
        else saved.set(element, [link]);
    }
    return { fresh, saved };
}

/** The element of `root` that `node` is in, or undefined when it is not in `root`'s tree now. */
function topLevelElement(node: AstNode | undefined, root: PlanFile): AstNode | undefined {
    while (node?.$container && node.$container !== root) node = node.$container;
    return node?.$container === root ? node : undefined;
}

/** Langium's linker's state of a reference, which it reads and writes (docs/langium-upgrade.md, entries 20 and 21). */
interface LinkState {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
}

/**
 * Gives `reference` its last target again when resolving it now would give the same, with the
 * target's description of this build; false when it must be resolved again.
 */
export function restoreLink(reference: Reference, target: AstNode | undefined, root: AstNode, symbols: PlanSymbols): boolean {
    if (!target || AstUtils.findRootNode(target) !== root) return false;
    const first = symbols.named(reference.$refText)[0];
    if (first?.node !== target) return false;
    const state = reference as unknown as LinkState;
    state._ref = target;
    state._nodeDescription = first;
    return true;
}
