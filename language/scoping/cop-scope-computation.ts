import type { AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { Cancellation, DefaultScopeComputation } from 'langium';
import type { PlanFile } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import { PlanSymbols } from './plan-symbols.js';

/**
 * What a plan file declares. Other plans of the workspace see its elements as
 * `PlanName.Element`; inside the plan they are visible by their bare name (and by the
 * qualified one, which the scope resolves through the same table).
 */
export class CopScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value as PlanFile;
        const plan = planOf(root);
        if (!plan?.name) return [];
        const exports: AstNodeDescription[] = [];
        for (const node of namedElements(root)) {
            exports.push(this.descriptions.createDescription(node, `${plan.name}.${node.name}`, document));
        }
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument, _cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value as PlanFile;
        // Bare names only: `ThisPlan.Element` is resolved by the scope without a second
        // description per element (half the memory, and no duplicates in completion).
        const symbols = new PlanSymbols(root, planOf(root)?.name);
        for (const node of namedElements(root)) {
            symbols.add(this.descriptions.createDescription(node, node.name, document));
        }
        return symbols;
    }
}

type NamedNode = { name: string } & import('langium').AstNode;

/**
 * Every element that references can name: top-level blocks and the values of matrix rows.
 * `$type` rather than the generated guards (a reflection lookup each): plans and rows have no subtypes.
 */
export function namedElements(root: PlanFile): readonly NamedNode[] {
    let named = namedByTree.get(root);
    if (!named) {
        named = [];
        for (const element of root.elements ?? []) {
            if (element.$type === 'Plan') continue;
            if ('name' in element && typeof element.name === 'string' && element.name) named.push(element as NamedNode);
            if (element.$type === 'Row') {
                for (const value of element.values) if (value.name) named.push(value);
            }
        }
        namedByTree.set(root, named);
    }
    return named;
}

/**
 * The named elements of each tree, listed once: the exports, the plan's own symbols and the
 * duplicate-name check each ask for them in every build (a parse makes a new tree, and its
 * elements' names never change).
 */
const namedByTree = new WeakMap<PlanFile, NamedNode[]>();
