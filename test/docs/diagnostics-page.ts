import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One `## code` section of docs/diagnostics.md, with its fenced blocks. */
export interface CodeSection {
    readonly code: string;
    readonly body: string;
    /** The first ```cop block: the plan that triggers the code. */
    readonly plan?: string;
    /** The ```cop fixed block: the plan after the fix. */
    readonly fixed?: string;
    /** ```LANG file=NAME blocks: files the plans read, beside them. */
    readonly files: Readonly<Record<string, string>>;
    /** `measure` for a code that comes from reading the data (a ```cop run=measure block). */
    readonly run?: 'measure';
}

export const diagnosticsPagePath = resolve(import.meta.dirname, '../../docs/diagnostics.md');

export function readCodeSections(): CodeSection[] {
    const page = readFileSync(diagnosticsPagePath, 'utf8');
    return page
        .split(/^## /m)
        .slice(1)
        .map(part => {
            const newline = part.indexOf('\n');
            const code = part.slice(0, newline).trim();
            const body = part.slice(newline + 1);
            const blocks = [...body.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map(match => ({ info: match[1].trim(), text: match[2] }));
            const files: Record<string, string> = {};
            for (const block of blocks) {
                const name = /\bfile=(\S+)/.exec(block.info)?.[1];
                if (name) files[name] = block.text;
            }
            return {
                code,
                body,
                plan: blocks.find(block => block.info === 'cop' || block.info === 'cop run=measure')?.text,
                fixed: blocks.find(block => block.info === 'cop fixed')?.text,
                run: blocks.some(block => block.info === 'cop run=measure') ? 'measure' : undefined,
                files
            };
        });
}
