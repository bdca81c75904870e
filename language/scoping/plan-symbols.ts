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

    /** `planName` is the plan's own name, which a qualified reference to itself starts with. */
    constructor(
        private readonly root: AstNode,
        readonly planName?: string
    ) {}

    add(description: AstNodeDescription): void {
        this.all.push(description);
        const list = this.byName.get(description.name);
        if (list) list.push(description);
        else this.byName.set(description.name, [description]);
    }

    /** The elements called `name`, or `PlanName.name` with this plan's own name. */
    named(name: string): readonly AstNodeDescription[] {
        const found = this.byName.get(name);
        if (found) return found;
        const dot = name.indexOf('.');
        if (dot > 0 && name.slice(0, dot) === this.planName) return this.byName.get(name.slice(dot + 1)) ?? [];
        return [];
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
