import type { AstNode, AstNodeDescription, LocalSymbols, Stream } from 'langium';
import { stream } from 'langium';
import type { PartialParse } from '../parser/incremental-parse.js';

const NO_NAMES: ReadonlySet<string> = new Set();

/** Above this many new names, `all` is joined anew rather than spliced (a splice takes them as arguments). */
const MAX_SPLICED = 1024;

/**
 * The names one plan file declares, indexed by name once per document build.
 * Every named element of a plan is visible everywhere in that plan (values are declared
 * inside matrix rows but referenced from shared values and outcomes), so the table is flat:
 * a reference is resolved by one map lookup instead of a scan of every symbol.
 */
export class PlanSymbols implements LocalSymbols {
    private readonly byName = new Map<string, AstNodeDescription[]>();
    private all: AstNodeDescription[] = [];
    /** Each description whose name an earlier one already has, in the plan's order (worked out when first asked). */
    private repeats: AstNodeDescription[] | undefined;
    /** The names more than one element has. */
    private readonly duplicated = new Set<string>();
    /** What the last `update` changed: the names it took out or put in, and the tree it updated from. */
    private changes: { readonly from: AstNode; readonly names: ReadonlySet<string> } | undefined;

    /** `planName` is the plan's own name, which a qualified reference to itself starts with. */
    constructor(
        private root: AstNode,
        readonly planName?: string
    ) {}

    add(description: AstNodeDescription): void {
        this.all.push(description);
        const list = this.byName.get(description.name);
        if (list) {
            list.push(description);
            this.repeats = undefined;
            this.duplicated.add(description.name);
        } else this.byName.set(description.name, [description]);
    }

    /**
     * Makes this table, of the tree `root` was parsed from in part, the table of `root`:
     * the descriptions of the blocks parsed again (`before` held the old ones, `after` holds
     * the new, one list per top-level element) take the place of the old ones, each name's
     * list staying in the order of the plan. Rebuilding the whole table was a map entry and
     * a list for each of the ~20,000 names of a 50,000-line plan on every keystroke. The
     * table of the tree before is taken over, not copied: nothing reads it once its document
     * has been reset.
     */
    update(
        root: AstNode,
        before: readonly (readonly AstNodeDescription[])[],
        after: readonly (readonly AstNodeDescription[])[],
        { freshFrom, freshCount, replacedCount }: PartialParse
    ): void {
        let offset = 0;
        for (let i = 0; i < freshFrom; i++) offset += after[i].length;
        let removed = 0;
        const names = new Set<string>();
        for (let i = freshFrom; i < freshFrom + replacedCount; i++) {
            for (const description of before[i]) {
                removed++;
                names.add(description.name);
                const list = this.byName.get(description.name);
                const at = list ? list.indexOf(description) : -1;
                if (at >= 0) list!.splice(at, 1);
                if (list?.length === 0) this.byName.delete(description.name);
                else if (list?.length === 1) this.duplicated.delete(description.name);
            }
        }
        this.changes = { from: this.root, names };
        this.root = root;
        const added: AstNodeDescription[] = [];
        const end = freshFrom + freshCount;
        for (let i = freshFrom; i < end; i++) {
            for (const description of after[i]) {
                added.push(description);
                names.add(description.name);
                const list = this.byName.get(description.name);
                if (!list) {
                    this.byName.set(description.name, [description]);
                    continue;
                }
                // Before the first of the name in a block after the ones parsed again.
                let at = 0;
                while (at < list.length && this.blockOf(list[at]) < end) at++;
                list.splice(at, 0, description);
                this.duplicated.add(description.name);
            }
        }
        if (added.length <= MAX_SPLICED) this.all.splice(offset, removed, ...added);
        else this.all = this.all.slice(0, offset).concat(added, this.all.slice(offset + removed));
        this.repeats = undefined;
    }

    /** The index of the top-level element a description is of (or inside). */
    private blockOf(description: AstNodeDescription): number {
        let node = description.node;
        while (node?.$container && node.$container !== this.root) node = node.$container;
        return node?.$containerIndex ?? -1;
    }

    /**
     * The names whose elements may differ from what this table gave when it was the table of
     * `tree`: none when it is that tree's, the names the update from `tree` took out or put in,
     * undefined (any name) when it was not updated from `tree`. A name outside them gives the
     * same elements, in the same order, as then.
     */
    namesChangedSince(tree: AstNode): ReadonlySet<string> | undefined {
        if (tree === this.root) return NO_NAMES;
        return this.changes?.from === tree ? this.changes.names : undefined;
    }

    /** The elements called `name`, or `PlanName.name` with this plan's own name. */
    named(name: string): readonly AstNodeDescription[] {
        return this.byName.get(this.ownName(name)) ?? [];
    }

    /** The name a reference's text is known by in this table: `PlanName.X` is `X` here (no name here has a dot). */
    ownName(text: string): string {
        const plan = this.planName;
        const dot = text.indexOf('.');
        return plan !== undefined && dot > 0 && dot === plan.length && text.startsWith(plan) ? text.slice(dot + 1) : text;
    }

    /**
     * The elements named like one added before them, each with that first one: what the
     * duplicate-name check reports, known from the table the build makes anyway instead of
     * a second pass over every name (3–5 ms of each keystroke at 50,000 lines).
     */
    *repeated(): Iterable<{ readonly first: AstNodeDescription; readonly repeat: AstNodeDescription }> {
        for (const repeat of this.repeatsInOrder()) yield { first: this.byName.get(repeat.name)![0], repeat };
    }

    private repeatsInOrder(): readonly AstNodeDescription[] {
        if (this.repeats) return this.repeats;
        const later = new Set<AstNodeDescription>();
        for (const name of this.duplicated) {
            const list = this.byName.get(name)!;
            for (let i = 1; i < list.length; i++) later.add(list[i]);
        }
        this.repeats = later.size === 0 ? [] : this.all.filter(description => later.has(description));
        return this.repeats;
    }

    get descriptions(): readonly AstNodeDescription[] {
        return this.all;
    }

    /** Whether this is the table of the tree `node` is the root of (the table is kept for one tree at a time, see `update`). */
    has(node: AstNode): boolean {
        return node === this.root;
    }

    getStream(node: AstNode): Stream<AstNodeDescription> {
        return stream(node === this.root ? this.all : []);
    }
}
