import type { AstNode } from 'langium';
import { isAstNode } from 'langium';

/**
 * The elements directly contained in `node`, in text order, as `AstUtils.streamContents`
 * finds them, without building a stream per element: Langium's streams cost more than the
 * work done per element when a build walks a plan of thousands of elements several times.
 */
export function childNodes(node: AstNode): AstNode[] {
    const children: AstNode[] = [];
    for (const key in node) {
        if (key.charCodeAt(0) === 36) continue; // `$type`, `$container`, `$cstNode`, …
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) children.push(item);
        } else if (isAstNode(value)) {
            children.push(value);
        }
    }
    return children;
}

/**
 * Pushes the elements directly contained in `node` onto `stack` so that they pop in text
 * order (the first child on top): a walk with an explicit stack without an array per element.
 */
export function pushChildNodes(node: AstNode, stack: AstNode[]): void {
    const start = stack.length;
    for (const key in node) {
        if (key.charCodeAt(0) === 36) continue; // `$type`, `$container`, `$cstNode`, …
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) stack.push(item);
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
    for (let low = start, high = stack.length - 1; low < high; low++, high--) {
        const first = stack[low];
        stack[low] = stack[high];
        stack[high] = first;
    }
}

/** Every element of the tree, parents before children, in text order (as `AstUtils.streamAst`). */
export function* walkNodes(root: AstNode): Generator<AstNode> {
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        yield node;
        const children = childNodes(node);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
}
