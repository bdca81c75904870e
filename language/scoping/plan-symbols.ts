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

    constructor(private readonly root: AstNode) {}

    add(description: AstNodeDescription): void {
        this.all.push(description);
        const list = this.byName.get(description.name);
        if (list) list.push(description);
        else this.byName.set(description.name, [description]);
    }

    named(name: string): readonly AstNodeDescription[] {
        return this.byName.get(name) ?? [];
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
