import type { AstNode } from 'langium';
import { isReference } from 'langium';

/** A structural dump of a plan's syntax tree: types, properties and reference texts, no positions. */
export function dumpAst(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(dumpAst);
    if (isReference(node)) return { ref: node.$refText };
    if (node && typeof node === 'object') {
        const out: Record<string, unknown> = { type: (node as AstNode).$type };
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) continue;
            out[key] = dumpAst(value);
        }
        return out;
    }
    return node;
}
