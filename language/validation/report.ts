import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { severityOf } from '../diagnostics/codes.js';

/** Reports a diagnostic with its stable code and the severity the contract gives that code. */
export function report<N extends AstNode>(accept: ValidationAcceptor, code: DiagnosticCode, message: string, info: Omit<DiagnosticInfo<N>, 'code'>): void {
    const severity = severityOf(code);
    // Every field named rather than `{ ...info, code }`: the checks pass objects of many
    // shapes, and a copy of each shape (and the validator's reads of it) took the slow path.
    // A field not given stays undefined either way.
    const full: DiagnosticInfo<N> = {
        node: info.node,
        property: info.property,
        index: info.index,
        keyword: info.keyword,
        range: info.range,
        code,
        codeDescription: info.codeDescription,
        tags: info.tags,
        relatedInformation: info.relatedInformation,
        data: info.data
    };
    accept(severity === 'information' ? 'info' : severity, message, full);
}

/**
 * A name as people read it in a message: `Name` ("Title"). An element whose name is not
 * typed yet (`outcome "Served" { }`) is shown by its title, or said to have no name.
 */
export function describe(node: { name?: string; title?: string }): string {
    if (!node.name) return node.title ? `"${node.title}" (which has no name yet)` : 'without a name';
    return node.title ? `\`${node.name}\` ("${node.title}")` : `\`${node.name}\``;
}
