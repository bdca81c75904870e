import type { AstNode, LangiumDocument, LangiumDocuments, LeafCstNode, Reference } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultRenameProvider } from 'langium/lsp';
import type { RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
// The connection's own copy of ResponseError (vscode-languageserver nests its protocol), so the
// editor receives an error reply with our message rather than a result.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Plan, PlanFile } from '../../generated/ast.js';
import { isEvent, isPlan } from '../../generated/ast.js';
import { insertLinesInBlock } from '../code-actions/block-edits.js';
import { planOf } from '../../model/plan-queries.js';
import { PlanSymbols } from '../../scoping/plan-symbols.js';

const identifier = /^[_a-zA-Z][\w]*$/;

/**
 * Rename that understands `Plan.Element`: renaming an element rewrites only the last part of
 * each reference, so `Org.StrategicCapacity` becomes `Org.NewName`, not a bare name that no
 * longer resolves; renaming a plan (its header name, or the qualifier of a reference)
 * rewrites the qualifiers in every plan of the workspace.
 */
export class CopRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const newName = params.newName.trim();
        if (!identifier.test(newName)) {
            throw new ResponseError(
                ErrorCodes.InvalidParams,
                `"${params.newName}" is not a valid name: use letters, digits and _ only, starting with a letter or _ (no spaces, dots or dashes).`
            );
        }
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const plan = this.planNamedAt(leaf);
        if (plan) return this.renamePlan(plan, newName);
        const target = this.references.findDeclarations(leaf)[0];
        if (!target) return undefined;
        this.rejectTakenName(target, newName);
        const changes: Record<string, TextEdit[]> = {};
        for (const reference of this.references.findReferences(target, { includeDeclaration: true })) {
            const source = this.documents.getDocument(reference.sourceUri);
            if (!source) continue;
            const text = source.textDocument.getText().substring(reference.segment.offset, reference.segment.end);
            // Keep the `Plan.` qualifier of a qualified reference: only the element's name changes.
            const start = reference.segment.offset + text.lastIndexOf('.') + 1;
            const range = { start: source.textDocument.positionAt(start), end: reference.segment.range.end };
            (changes[reference.sourceUri.toString()] ??= []).push({ range, newText: newName });
        }
        // An event without a `name` line matches the rows that carry its ID: renamed, it keeps
        // matching them through a `name` line holding the old ID.
        if (isEvent(target) && target.eventName === undefined && target.name !== newName) {
            const keep = insertLinesInBlock(AstUtils.getDocument(target), target, [`name ${JSON.stringify(target.name)}`]);
            if (keep) (changes[AstUtils.getDocument(target).uri.toString()] ??= []).push(keep);
        }
        return { changes };
    }

    /** The plan a leaf names: a plan header's name, or the qualifier of `Plan.Element`. */
    private planNamedAt(leaf: LeafCstNode): Plan | undefined {
        if (isPlan(leaf.astNode) && this.nameProvider.getNameNode(leaf.astNode) === leaf) return leaf.astNode;
        const reference = this.referenceAt(leaf);
        if (!reference?.ref || !reference.$refNode) return undefined;
        const first = CstUtils.flattenCst(reference.$refNode).head();
        if (first !== leaf || !reference.$refText.includes('.')) return undefined;
        return planOf(AstUtils.getDocument(reference.ref).parseResult.value as PlanFile);
    }

    private referenceAt(leaf: LeafCstNode): Reference | undefined {
        const node = leaf.astNode;
        for (const [, value] of Object.entries(node)) {
            for (const candidate of Array.isArray(value) ? value : [value]) {
                const reference = candidate as Reference;
                if (reference?.$refNode && CstUtils.isChildNode(leaf, reference.$refNode)) return reference;
            }
        }
        return undefined;
    }

    private renamePlan(plan: Plan, newName: string): WorkspaceEdit {
        const planDocument = AstUtils.getDocument(plan);
        const oldName = plan.name;
        for (const other of this.documents.all) {
            const otherPlan = planOf(other.parseResult.value as PlanFile);
            if (otherPlan && otherPlan !== plan && otherPlan.name === newName) {
                throw new ResponseError(
                    ErrorCodes.InvalidParams,
                    `Another plan of the workspace is already called \`${newName}\` (${other.uri.path.split('/').pop()}). Choose another name.`
                );
            }
        }
        const changes: Record<string, TextEdit[]> = {};
        const nameNode = this.nameProvider.getNameNode(plan);
        if (nameNode) changes[planDocument.uri.toString()] = [{ range: nameNode.range, newText: newName }];
        for (const document of this.documents.all) {
            for (const reference of document.references as Reference[]) {
                if (!reference.$refNode || !reference.ref || !reference.$refText.startsWith(`${oldName}.`)) continue;
                if (AstUtils.getDocument(reference.ref).uri.toString() !== planDocument.uri.toString()) continue;
                const qualifier = CstUtils.flattenCst(reference.$refNode).head();
                if (qualifier) (changes[document.uri.toString()] ??= []).push({ range: qualifier.range, newText: newName });
            }
        }
        return { changes };
    }

    /** A second element of the same name in the plan would be a `duplicate-name` error. */
    private rejectTakenName(target: AstNode, newName: string): void {
        const symbols = AstUtils.getDocument(target).localSymbols;
        const taken = symbols instanceof PlanSymbols && symbols.named(newName).some(description => description.node !== target);
        if (taken) {
            throw new ResponseError(ErrorCodes.InvalidParams, `The plan already has an element called \`${newName}\`. Choose another name.`);
        }
    }
}
