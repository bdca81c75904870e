import { AstUtils } from 'langium';
import type { Reference } from 'langium';
import type { Outcome, Shared, Value } from '../../generated/ast.js';
import { isOutcome, isRow, isShared, isValue } from '../../generated/ast.js';
import { PlanSymbols } from '../../scoping/plan-symbols.js';
import { appendToList, insertLinesInBlock, removeListItem } from './block-edits.js';
import type { Fix, FixContext, QuickFix } from './quick-fix.js';
import { freshName } from './quick-fix.js';

/** Quick fixes for the value matrix, shared values and what outcomes deliver. */

const MAX_CHOICES = 3;

/** `outcome-without-value`: deliver the values nothing delivers yet, shared values first. */
export const deliverSomeValue: QuickFix = ({ node, root, document, usage }) => {
    const outcome = AstUtils.getContainerOfType(node, isOutcome);
    if (!outcome) return [];
    const shared = root.elements.filter(isShared).filter(s => s.name);
    const values = root.elements
        .filter(isRow)
        .flatMap(row => row.values)
        .filter(v => v.name);
    const undelivered = [...shared.filter(s => !usage.isSharedDelivered(s)), ...values.filter(v => !usage.isDelivered(v))];
    const candidates = undelivered.length > 0 ? undelivered : [...shared, ...values];
    return candidates.slice(0, MAX_CHOICES).flatMap(candidate => {
        const edit = insertLinesInBlock(document, outcome, [`delivers ${candidate.name}`]);
        return edit ? [{ title: `Deliver \`${candidate.name}\` from \`${outcome.name}\``, edits: [edit] }] : [];
    });
};

/** `value-without-outcome`: have an existing outcome deliver it. */
export const deliverFromOutcome: QuickFix = ({ node, root, document }) => {
    const value = AstUtils.getContainerOfType(node, isValue);
    if (!value) return [];
    // Outcomes that deliver nothing yet first: they need a value anyway.
    const outcomes = root.elements
        .filter(isOutcome)
        .filter(o => o.name)
        .sort((a, b) => Number(a.delivers.length > 0) - Number(b.delivers.length > 0));
    return outcomes.slice(0, MAX_CHOICES).flatMap(outcome => {
        const edit = deliverEdit(document, outcome, value);
        return edit ? [{ title: `Deliver \`${value.name}\` from outcome \`${outcome.name}\``, edits: [edit] }] : [];
    });
};

function deliverEdit(document: FixContext['document'], outcome: Outcome, value: Value) {
    const last = outcome.delivers[outcome.delivers.length - 1];
    return last ? appendToList(last, value.name) : insertLinesInBlock(document, outcome, [`delivers ${value.name}`]);
}

/** `matrix-gap`: add the missing `short` and/or `long` line, with a name to rename. */
export const fillMatrixGap: QuickFix = ({ node, root, document }) => {
    const row = AstUtils.getContainerOfType(node, isRow);
    if (!row) return [];
    const symbols = AstUtils.getDocument(root).localSymbols;
    const taken = (name: string) => symbols instanceof PlanSymbols && symbols.named(name).length > 0;
    const lines: string[] = [];
    const added: string[] = [];
    for (const term of ['short', 'long'] as const) {
        if (row.values.some(value => value.term === term)) continue;
        const name = freshName(`${row.name}${term === 'short' ? 'ShortTerm' : 'LongTerm'}`, name => taken(name) || added.includes(name));
        added.push(name);
        lines.push(`${term} ${name} "${term === 'short' ? 'What they gain soon' : 'What they gain over time'}"`);
    }
    const edit = lines.length > 0 ? insertLinesInBlock(document, row, lines) : undefined;
    if (!edit) return [];
    const what = lines.map(line => `\`${line.split(' ')[0]}\``).join(' and ');
    return [{ title: `Add a ${what} value to \`${row.name}\``, edits: [edit] }];
};

/** `shared-value-wrong-side`: move the value from `member` to `organization` or back. */
export const moveToRightSide: QuickFix = ({ node, diagnostic, document }) => {
    const shared = AstUtils.getContainerOfType(node, isShared);
    if (!shared) return [];
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const atOffset = (ref: Reference<Value>) => ref.$refNode?.offset === offset;
    const fromMember = shared.member.find(atOffset);
    const reference = fromMember ?? shared.organization.find(atOffset);
    if (!reference) return [];
    const to: 'member' | 'organization' = fromMember ? 'organization' : 'member';
    const edits = moveEdits(document, shared, reference, to);
    return edits ? [{ title: `Move \`${reference.$refText}\` to the \`${to}\` line`, edits }] : [];
};

function moveEdits(document: FixContext['document'], shared: Shared, reference: Reference<Value>, to: 'member' | 'organization'): Fix['edits'] | undefined {
    const remove = removeListItem(document, shared, reference);
    if (!remove) return undefined;
    const target = shared[to];
    if (target.some(ref => ref.ref === reference.ref)) return [remove]; // already there
    const last = target[target.length - 1];
    const add = last ? appendToList(last, reference.$refText) : insertLinesInBlock(document, shared, [`${to} ${reference.$refText}`]);
    return add ? [remove, add] : undefined;
}
