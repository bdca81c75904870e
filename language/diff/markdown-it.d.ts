// markdown-it ships no types of its own (and @types/markdown-it is not a dependency): the one
// call the compare view makes.
declare module 'markdown-it' {
    interface MarkdownIt {
        render(markdown: string): string;
    }
    interface MarkdownItOptions {
        readonly html?: boolean;
        readonly linkify?: boolean;
    }
    export default function markdownit(preset?: 'default' | 'commonmark' | 'zero', options?: MarkdownItOptions): MarkdownIt;
}
