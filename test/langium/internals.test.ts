import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CompositeCstNodeImpl, DefaultLinker, EmptyFileSystem, LangiumCompletionParser, LangiumParser, LeafCstNodeImpl } from 'langium';
import { DefaultCompletionProvider } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { createCopCoreServices } from '../../language/cop-core-module.js';

/**
 * docs/langium-upgrade.md lists the private Langium members the project reaches into; this
 * test checks each against the installed Langium, so an upgrade that changes one fails here
 * with that page's entry rather than somewhere deep in a parse.
 */
const page = readFileSync(resolve(import.meta.dirname, '../../docs/langium-upgrade.md'), 'utf8');

interface Entry {
    row: string;
    owner: string;
    member: string;
    kind: string;
    arity: number | undefined;
}

function entries(): Entry[] {
    const section = page.split('## Private members we reach into')[1]?.split('\n## ')[0] ?? '';
    return section
        .split('\n')
        .filter(line => /^\|\s*\d+\s*\|/.test(line))
        .map(line => {
            const cells = line
                .split('|')
                .slice(1, -1)
                .map(cell => cell.trim());
            const [owner, member] = cells[1].replace(/`/g, '').split('.');
            return { row: `#${cells[0]} ${cells[1]}`, owner, member, kind: cells[2], arity: cells[3] === '-' ? undefined : Number(cells[3]) };
        });
}

const { Cop } = createCopCoreServices(EmptyFileSystem);
// Langium's own classes, not ours: the members must exist on what Langium ships.
const classes: Record<string, { prototype: object; instance: () => object; length: number }> = {
    LangiumParser: { prototype: LangiumParser.prototype, instance: () => new LangiumParser(Cop), length: LangiumParser.length },
    LangiumCompletionParser: {
        prototype: LangiumCompletionParser.prototype,
        instance: () => new LangiumCompletionParser(Cop),
        length: LangiumCompletionParser.length
    },
    LeafCstNodeImpl: { prototype: LeafCstNodeImpl.prototype, instance: () => ({}), length: LeafCstNodeImpl.length },
    CompositeCstNodeImpl: { prototype: CompositeCstNodeImpl.prototype, instance: () => new CompositeCstNodeImpl(), length: CompositeCstNodeImpl.length },
    DefaultLinker: { prototype: DefaultLinker.prototype, instance: () => ({}), length: DefaultLinker.length },
    DefaultCompletionProvider: { prototype: DefaultCompletionProvider.prototype, instance: () => ({}), length: DefaultCompletionProvider.length }
};

/** The text of a class's own methods, accessors included (the compiled JavaScript Langium ships). */
function sourceOf(prototype: object): string {
    return Object.values(Object.getOwnPropertyDescriptors(prototype))
        .flatMap(descriptor => [descriptor.value, descriptor.get, descriptor.set])
        .filter((part): part is () => unknown => typeof part === 'function')
        .map(part => part.toString())
        .join('\n');
}

describe('the private Langium members of docs/langium-upgrade.md', () => {
    const list = entries();

    it('lists members', () => {
        expect(list.length).toBeGreaterThan(10);
    });

    it.each(list.map(entry => [entry.row, entry] as const))('%s has the shape the page says', (_row, entry) => {
        const owner = classes[entry.owner];
        expect(owner, `${entry.row}: add ${entry.owner} to the classes of this test`).toBeDefined();
        const where = `docs/langium-upgrade.md entry ${entry.row} (${entry.kind}${entry.arity === undefined ? '' : `, arity ${entry.arity}`}) no longer matches the installed Langium`;
        if (entry.kind === 'constructor') {
            expect(owner.length, where).toBe(entry.arity);
        } else if (entry.kind === 'method') {
            const method: unknown = Reflect.get(owner.prototype, entry.member);
            expect(typeof method, where).toBe('function');
            expect((method as (...args: unknown[]) => unknown).length, where).toBe(entry.arity);
        } else if (entry.kind === 'field') {
            // Some fields are set only while parsing (`lexerResult`): Langium's own methods must still use it.
            expect(sourceOf(owner.prototype).includes(`this.${entry.member}`), where).toBe(true);
            const instance = owner.instance();
            if (entry.member in instance) expect(typeof Reflect.get(instance, entry.member), where).not.toBe('function');
        } else if (entry.kind === 'reference field') {
            // Read and written by the linker on the references it builds (`ref._ref`).
            expect(sourceOf(owner.prototype).includes(`ref.${entry.member}`), where).toBe(true);
        } else {
            expect.fail(`${entry.row}: unknown kind "${entry.kind}" (method, field, constructor or reference field)`);
        }
    });
});
