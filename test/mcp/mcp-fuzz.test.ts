import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prng } from '../helpers/prng.js';
import { initializeLine, rawStdio } from './mcp-client.js';

const repo = resolve(import.meta.dirname, '../..');

/** Requests a careless or hostile client might send: valid ones, broken ones, wrong types. */
function randomLines(seed: number, count: number): string[] {
    const random = prng(seed);
    const values = [null, true, 0, -1, 1e308, '', 'x'.repeat(1000), [], {}, { text: 5 }, [1, [2, [3]]], '\u0000', '\u001b[2J', '<script>'];
    const tools = ['check', 'explain', 'evaluate', 'catalog_search', 'format', 'nope', ''];
    const methods = ['tools/call', 'tools/list', 'resources/read', 'prompts/get', 'ping', 'initialize', 'roots/list', 'nope', ''];
    const args = () =>
        Object.fromEntries(
            ['text', 'paths', 'path', 'code', 'query', 'asOf', 'filename', 'kinds', 'limit']
                .filter(() => random.chance(0.3))
                .map(key => [key, random.pick(values)])
        );
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
        const message = {
            jsonrpc: random.chance(0.9) ? '2.0' : random.pick(values),
            ...(random.chance(0.8) ? { id: random.chance(0.8) ? 1000 + i : random.pick(values) } : {}),
            method: random.chance(0.9) ? random.pick(methods) : random.pick(values),
            params: random.chance(0.8)
                ? {
                      name: random.pick(tools),
                      arguments: random.chance(0.9) ? args() : random.pick(values),
                      uri: random.pick(['cop://docs/language.md', 'file:///etc/passwd', 'cop://nope'])
                  }
                : random.pick(values)
        };
        const json = JSON.stringify(message);
        // Some lines are cut short, some get a stray byte: not JSON at all.
        lines.push(random.chance(0.1) ? json.slice(0, random.int(json.length)) : random.chance(0.05) ? json + '}' : json);
    }
    return lines;
}

describe('cop mcp on random JSON-RPC (fixed seeds)', () => {
    test.each([1, 2, 3])(
        'seed %i: every request gets an answer, and the server stays up',
        async seed => {
            const lines = randomLines(seed, 150);
            const ping = JSON.stringify({ jsonrpc: '2.0', id: 'last', method: 'ping' });
            const { code, messages, stderr } = await rawStdio([initializeLine, ...lines.map(line => line + '\n'), ping + '\n'], repo);
            expect(code).toBe(0);
            expect(stderr).toBe('');
            expect(messages.find(message => (message as { id?: unknown }).id === 'last')).toMatchObject({ result: {} });
            // Every request whose id could be read was answered (a result or an error), once.
            const answered = new Map<unknown, number>();
            for (const message of messages) {
                const id = (message as { id?: unknown }).id;
                answered.set(id, (answered.get(id) ?? 0) + 1);
            }
            const parsedLines = lines.flatMap(line => {
                try {
                    return [{ line, message: JSON.parse(line) as { id?: unknown; method?: unknown; jsonrpc?: unknown } }];
                } catch {
                    return [];
                }
            });
            const requests = parsedLines
                .filter(
                    ({ message }) =>
                        message.jsonrpc === '2.0' && typeof message.method === 'string' && (typeof message.id === 'number' || typeof message.id === 'string')
                )
                .map(({ line, message }) => ({ line, id: message.id }));
            // An id the random values repeat (0, '', or one of a malformed message, which gets its
            // error under that id) is answered once per message: only ids of one message count.
            const unique = requests.filter(request => parsedLines.filter(other => other.message.id === request.id).length === 1);
            expect(unique.length).toBeGreaterThan(50);
            for (const { line, id } of unique) expect(answered.get(id), line).toBe(1);
        },
        120_000
    );
});
