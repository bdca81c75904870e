import { escapeHtml } from '../escape.js';

/** An element's title as people read it, falling back to its name. */
export function titleOf(item: { name: string; title?: string }): string {
    return item.title ?? item.name;
}

/** `<span class="name">Name</span>` shown under a title, in code font. */
export function nameTag(name: string): string {
    return `<code class="name">${escapeHtml(name)}</code>`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}
