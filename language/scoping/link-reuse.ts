import type { AstNode, AstNodeDescription, LangiumDocument, MultiReference, Reference } from 'langium';
import { isReference } from 'langium';
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
    /**
     * The references as last linked, still holding their targets: unlinking no longer clears
     * them (two writes to each of tens of thousands of references per keystroke), as linking
     * either gives each one its target again or clears it and resolves it anew.
     */
    readonly references: readonly Reference[];
    /** Where the references of each element of `root` start in `references` (one more entry: their end). */
    readonly starts: readonly number[];
}

/**
 * The document's references as last linked, to be kept linked as they are until the next
 * linking; undefined when they cannot be reused (the linking was not complete): then they are
 * to be unlinked now. The caller knows they are single references (the grammar has no other).
 */
export function saveLinks(document: LangiumDocument, starts: readonly number[] | undefined): LastLinks | undefined {
    const root = document.parseResult.value;
    const references = document.references;
    if (!isPlanFile(root) || !starts || starts.length !== root.elements.length + 1 || starts[starts.length - 1] !== references.length) return undefined;
    // Single references only: the linker saves none when it resolved a multi-reference.
    return { root, references: references as Reference[], starts };
}

/**
 * For each element of `root` now: -1 when it is to be linked from scratch, else the index of
 * the same element in the tree last linked; undefined when the last links are of no use.
 */
export function lastIndexes(root: AstNode, last: LastLinks): number[] | undefined {
    if (!isPlanFile(root)) return undefined;
    const count = root.elements.length;
    const indexes = new Array<number>(count);
    if (root === last.root) {
        for (let index = 0; index < count; index++) indexes[index] = index;
        return indexes;
    }
    const partial = partialParseOf(root);
    if (!partial || partial.previous.deref() !== last.root) return undefined;
    const { freshFrom, freshCount, replacedCount } = partial;
    // A loop, not `Array.from` with a function: run once per keystroke, it is still
    // unoptimised on the first edits after a plan opens, where the call per element cost
    // 1.4 ms at 10,000 lines (0.07 ms once optimised).
    for (let index = 0; index < count; index++) {
        indexes[index] = index < freshFrom ? index : index < freshFrom + freshCount ? -1 : index - freshCount + replacedCount;
    }
    return indexes;
}

/** Langium's linker's state of a reference, which it reads and writes (docs/langium-upgrade.md, entries 20 and 21). */
interface LinkState {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
}

/**
 * Gives `reference` its last target again when resolving it now would give the same, with the
 * target's description of this build; otherwise unlinks it and says false: it must be
 * resolved again. `symbols` is the table of the tree being linked, which holds that tree's
 * elements only (plan-symbols.ts): a target it gives first is of this tree.
 *
 * `changed` (from `namesChangedSince`), when known, spares most references the lookup: a
 * reference that resolved into this plan, by a name outside the names changed since, would
 * be given the very description it holds (the table keeps the descriptions of the blocks not
 * parsed again). At 50,000 lines that was 25,000 lookups in a map of 20,000 names per
 * keystroke, for the few references whose names an edit touches.
 */
export function restoreLink(reference: Reference, symbols: PlanSymbols, document: LangiumDocument, changed: ReadonlySet<string> | undefined): boolean {
    const state = reference as unknown as LinkState;
    const text = reference.$refText;
    if (changed && state._nodeDescription?.documentUri === document.uri && !changed.has(symbols.ownName(text))) return true;
    const first = symbols.named(text)[0];
    if (first === undefined || first.node !== state._ref) {
        state._ref = undefined;
        state._nodeDescription = undefined;
        return false;
    }
    state._nodeDescription = first;
    return true;
}

/**
 * Langium's unlinking of single references, without `delete`: deleting a property of each of
 * tens of thousands of references after every keystroke turned them into slow dictionary
 * objects (and cost 1.6 ms on 50,000 lines). False, doing nothing, when a reference of
 * another kind is among them: Langium's own unlinking handles those.
 */
export function unlinkReferences(references: ReadonlyArray<Reference | MultiReference>): boolean {
    if (!references.every(isReference)) return false;
    for (const reference of references) {
        const state = reference as unknown as LinkState;
        state._ref = undefined;
        state._nodeDescription = undefined;
    }
    return true;
}
