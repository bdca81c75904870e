import type { AstNode, AstNodeDescription, LocalSymbols, Stream } from 'langium';
import { stream } from 'langium';

/**
 * The names one plan file declares, indexed by name once per document build.
 * Every named element of a plan is visible everywhere in that plan (values are declared
 * inside matrix rows but referenced from shared values and outcomes), so the table is flat:
 * a reference is resolved by one map lookup instead of a scan of every symbol.
 */
export class PlanSymbols implements LocalSymbols {
    private readonly byName = new Map<string, AstNodeDescription[]>();
    private readonly all: AstNodeDescription[] = [];
    /** Each description whose name an earlier one already has, in the order added. */
    private readonly repeats: AstNodeDescription[] = [];

    /** `planName` is the plan's own name, which a qualified reference to itself starts with. */
    constructor(
        private readonly root: AstNode,
        readonly planName?: string
    ) {}

    add(description: AstNodeDescription): void {
        this.all.push(description);
        const list = this.byName.get(description.name);
        if (list) {
            list.push(description);
            this.repeats.push(description);
        } else this.byName.set(description.name, [description]);
    }

    /** The elements called `name`, or `PlanName.name` with this plan's own name. */
    named(name: string): readonly AstNodeDescription[] {
        const found = this.byName.get(name);
        if (found) return found;
        const dot = name.indexOf('.');
        if (dot > 0 && name.slice(0, dot) === this.planName) return this.byName.get(name.slice(dot + 1)) ?? [];
        return [];
    }

    /**
     * The elements named like one added before them, each with that first one: what the
     * duplicate-name check reports, known from the table the build makes anyway instead of
     * a second pass over every name (3–5 ms of each keystroke at 50,000 lines).
     */
    *repeated(): Iterable<{ readonly first: AstNodeDescription; readonly repeat: AstNodeDescription }> {
        for (const repeat of this.repeats) yield { first: this.byName.get(repeat.name)![0], repeat };
    }

    get descriptions(): readonly AstNodeDescription[] {
        return this.all;
    }

    has(node: AstNode): boolean {
        return node === this.root;
    }

    getStream(node: AstNode): Stream<AstNodeDescription> {
        return stream(node === this.root ? this.all : []);
    }
}
