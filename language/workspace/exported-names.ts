import type { AstNodeDescription } from 'langium';

/**
 * The elements the plans of the workspace export (`Plan.Element`), by name, kept up to date
 * document by document. Langium resolves a reference to another plan in a scope of every
 * exported element of the reference's type, built again after every change of any plan: in a
 * workspace of 1,000 plans, tens of thousands of entries per type, on every keystroke. A
 * lookup by name here is one map read, and a change updates the entries of one plan only.
 */
export class ExportedNames {
    private byName: Map<string, AstNodeDescription[]> | undefined;
    /** The position of each document in the index's order, for names exported by several. */
    private positions: Map<string, number> | undefined;

    /** `documents` lists every document's exports in the index's order (built from it on first use). */
    constructor(private readonly documents: () => Iterable<[string, readonly AstNodeDescription[]]>) {}

    /** A document's exports changed from `before` to `after` (undefined: it was not indexed, or is no longer). */
    changed(before: readonly AstNodeDescription[] | undefined, after: readonly AstNodeDescription[] | undefined): void {
        // A document added to the index or removed from it moves the others' positions.
        if (before === undefined || after === undefined) this.positions = undefined;
        const byName = this.byName;
        if (!byName) return;
        for (const description of before ?? []) {
            const list = byName.get(description.name);
            const at = list?.indexOf(description) ?? -1;
            if (at >= 0) list!.splice(at, 1);
            if (list?.length === 0) byName.delete(description.name);
        }
        for (const description of after ?? []) add(byName, description);
    }

    /** The exported elements called `name`, in the order of the index (as Langium's scope has them). */
    named(name: string): readonly AstNodeDescription[] {
        const list = this.index().get(name);
        if (!list) return [];
        if (list.length > 1) {
            const positions = this.documentPositions();
            list.sort((a, b) => (positions.get(a.documentUri.toString()) ?? 0) - (positions.get(b.documentUri.toString()) ?? 0));
        }
        return list;
    }

    private index(): Map<string, AstNodeDescription[]> {
        if (!this.byName) {
            const byName = new Map<string, AstNodeDescription[]>();
            for (const [, descriptions] of this.documents()) for (const description of descriptions) add(byName, description);
            this.byName = byName;
        }
        return this.byName;
    }

    private documentPositions(): Map<string, number> {
        if (!this.positions) {
            const positions = new Map<string, number>();
            for (const [uri] of this.documents()) positions.set(uri, positions.size);
            this.positions = positions;
        }
        return this.positions;
    }
}

function add(byName: Map<string, AstNodeDescription[]>, description: AstNodeDescription): void {
    const list = byName.get(description.name);
    if (list) list.push(description);
    else byName.set(description.name, [description]);
}
