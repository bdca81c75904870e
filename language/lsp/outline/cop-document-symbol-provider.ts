import type { AstNode, CompositeCstNode, CstNode, LangiumDocument, NameProvider } from 'langium';
import { GrammarUtils, isCompositeCstNode } from 'langium';
import type { DocumentSymbolProvider, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { SymbolKind } from 'vscode-languageserver-types';
import type { CopServices } from '../../cop-module.js';
import type { Cycle, Decision, Objective, PlanFile, Review } from '../../generated/ast.js';
import { isCycle, isDecision, isObjective, isReview, isRow } from '../../generated/ast.js';

/**
 * The outline of a plan: one symbol per block with its title as detail; rows list their
 * values, cycles their rounds, objectives their key results, decisions their thresholds,
 * reviews their wins, worries, experiments and actions.
 */
export class CopDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly kinds: NodeKindProvider;
    private readonly names: NameProvider;

    constructor(services: CopServices) {
        this.kinds = services.shared.lsp.NodeKindProvider;
        this.names = services.references.NameProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value as PlanFile;
        return (root.elements ?? []).flatMap(element => {
            const symbol = this.symbolOf(element, this.nameOf(element), this.childrenOf(element));
            return symbol ? [symbol] : [];
        });
    }

    private nameOf(element: AstNode): string | undefined {
        if (isCycle(element)) return element.kind && `cycle ${element.kind}`;
        if (element.$type === 'Actual') {
            const indicator = (element as AstNode & { indicator?: { $refText: string } }).indicator;
            return indicator && `actual ${indicator.$refText}`;
        }
        return (element as AstNode & { name?: string }).name;
    }

    private childrenOf(element: AstNode): DocumentSymbol[] {
        if (isRow(element)) {
            return element.values.flatMap(value => {
                const symbol = this.symbolOf(value, value.name, [], value.title ? `${value.term} · ${value.title}` : value.term);
                return symbol ? [symbol] : [];
            });
        }
        if (isCycle(element)) return this.roundsOf(element);
        if (isObjective(element)) return this.keysOf(element);
        if (isDecision(element)) return this.thresholdsOf(element);
        if (isReview(element)) return this.reviewLinesOf(element);
        return [];
    }

    /** The lines of a cycle's four rounds, in source order. */
    private roundsOf(cycle: Cycle): DocumentSymbol[] {
        const rounds: DocumentSymbol[] = [];
        for (const child of contentOf(cycle.$cstNode)) {
            const round = child.text;
            if (!['aspiration', 'condition', 'track', 'data'].includes(round) || child.hidden) continue;
            const line = lineOf(cycle.$cstNode!, child);
            if (line)
                rounds.push({
                    name: round,
                    detail: line.detail,
                    kind: round === 'track' ? SymbolKind.Key : SymbolKind.String,
                    range: line.range,
                    selectionRange: child.range
                });
        }
        return rounds;
    }

    private keysOf(objective: Objective): DocumentSymbol[] {
        return objective.keys.flatMap(key =>
            key.$cstNode
                ? [
                      {
                          name: key.subject?.$refText ?? 'key',
                          detail: `${key.operator} ${key.value}${key.by ? ` by ${key.by}` : ''}`,
                          kind: SymbolKind.Key,
                          range: key.$cstNode.range,
                          selectionRange: key.$cstNode.range
                      }
                  ]
                : []
        );
    }

    private thresholdsOf(decision: Decision): DocumentSymbol[] {
        return decision.thresholds.flatMap(threshold =>
            threshold.$cstNode
                ? [
                      {
                          name: threshold.metric?.$refText ?? 'threshold',
                          detail: `threshold ${threshold.operator} ${threshold.value}`,
                          kind: SymbolKind.Key,
                          range: threshold.$cstNode.range,
                          selectionRange: threshold.$cstNode.range
                      }
                  ]
                : []
        );
    }

    /** A review's lines in source order: `win`, `worry`, `experiment`, `action`, each with its text. */
    private reviewLinesOf(review: Review): DocumentSymbol[] {
        const lines = [...review.notes, ...review.experiments, ...review.actions]
            .filter(line => line.$cstNode)
            .sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset);
        return lines.map(line => {
            const range = line.$cstNode!.range;
            switch (line.$type) {
                case 'ReviewNote':
                    return { name: line.kind, detail: line.text, kind: SymbolKind.String, range, selectionRange: range };
                case 'ReviewExperiment':
                    return { name: 'experiment', detail: line.experiment?.$refText ?? line.text, kind: SymbolKind.Event, range, selectionRange: range };
                default:
                    return {
                        name: 'action',
                        detail: `${line.text} · ${line.owner} · due ${line.due}${line.done ? ` · done ${line.done}` : ''}`,
                        kind: SymbolKind.Event,
                        range,
                        selectionRange: range
                    };
            }
        });
    }

    private symbolOf(node: AstNode, name: string | undefined, children: DocumentSymbol[], detail?: string): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst || !name) return undefined;
        const nameNode = this.names.getNameNode(node) ?? GrammarUtils.findNodeForProperty(cst, isCycle(node) ? 'kind' : 'indicator');
        return {
            name,
            detail: detail ?? (node as AstNode & { title?: string }).title,
            kind: this.kinds.getSymbolKind(node),
            range: cst.range,
            selectionRange: nameNode?.range ?? cst.range,
            children
        };
    }
}

/** The tokens of one line of a block, from its keyword up to the next keyword or `}`. */
function lineOf(block: CstNode, keyword: CstNode): { range: DocumentSymbol['range']; detail: string } | undefined {
    const content = contentOf(block);
    const start = content.indexOf(keyword);
    let end = start;
    while (end + 1 < content.length) {
        const next = content[end + 1];
        if (next.hidden) {
            end++;
            continue;
        }
        if (next.text === '}' || (['aspiration', 'condition', 'track', 'data'].includes(next.text) && next.grammarSource?.$type === 'Keyword')) break;
        end++;
    }
    while (end > start && content[end].hidden) end--;
    const parts = content
        .slice(start + 1, end + 1)
        .filter(node => !node.hidden)
        .map(node => node.text);
    const detail = parts
        .join(' ')
        .replace(/ ,/g, ',')
        .replace(/^"(.*)"$/, '$1');
    return { range: { start: keyword.range.start, end: content[end].range.end }, detail };
}

/** The tokens and sub-rules of a block (a block reached through `Element` is wrapped once). */
function contentOf(node: CstNode | undefined): readonly CstNode[] {
    let content = node && isCompositeCstNode(node) ? (node as CompositeCstNode).content : [];
    while (content.length === 1 && isCompositeCstNode(content[0])) content = content[0].content;
    return content;
}
