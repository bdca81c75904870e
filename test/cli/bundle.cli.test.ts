import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliPath } from '../helpers/cli.js';

const out = resolve(import.meta.dirname, '../../out');
// esbuild marks where each bundled module starts with a `// node_modules/…` comment.
const modulesOf = (bundle: string) =>
    new Set([...readFileSync(resolve(out, bundle), 'utf8').matchAll(/^\/\/ (node_modules\/[^\n]+)$/gm)].map(match => match[1]));

// `cop` runs on the language's core services: loading the language server's libraries, the
// protocol definitions and the editor features would cost every run about 18 ms
// (docs/performance.md).
describe('the CLI bundle', () => {
    test('holds no language server: neither vscode-languageserver nor the editor features', () => {
        const cli = [...modulesOf('cli-main.js')];
        expect(cli.some(path => path.startsWith('node_modules/langium/lib/parser/'))).toBe(true);
        expect(cli.filter(path => path.startsWith('node_modules/vscode-languageserver/'))).toEqual([]);
        // Langium's core gets its five protocol names from cli/langium-core-protocol.ts.
        expect(cli.filter(path => path.startsWith('node_modules/vscode-languageserver-protocol/'))).toEqual([]);
        expect(cli.filter(path => path.startsWith('node_modules/langium/lib/lsp/'))).toEqual([]);
        expect(readFileSync(resolve(out, 'cli-main.js'), 'utf8')).not.toContain('// language/lsp/');
    });

    test('holds no MCP SDK: `cop mcp` loads it from out/cli-mcp.js (10 ms of every other run)', () => {
        expect([...modulesOf('cli-main.js')].filter(path => path.startsWith('node_modules/@modelcontextprotocol/'))).toEqual([]);
        expect([...modulesOf('cli-mcp.js')].some(path => path.startsWith('node_modules/@modelcontextprotocol/sdk/'))).toBe(true);
        expect(readFileSync(resolve(out, 'cli-main.js'), 'utf8')).toContain('require("./cli-mcp.js")');
    });

    test('while the server bundle has them (the check above can see them)', () => {
        const server = [...modulesOf('server.js')];
        expect(server.some(path => path.startsWith('node_modules/vscode-languageserver/'))).toBe(true);
        expect(server.some(path => path.startsWith('node_modules/vscode-languageserver-protocol/'))).toBe(true);
        expect(readFileSync(resolve(out, 'server.js'), 'utf8')).toContain('// language/lsp/');
    });

    test('is ASCII only, so Node reads it on its fast path (10 ms less of every run)', () => {
        for (const bundle of ['cli-main.js', 'cli-mcp.js']) {
            const text = readFileSync(resolve(out, bundle), 'utf8');
            expect(text.match(/[\u0080-\uffff]/g) ?? [], bundle).toEqual([]);
        }
    });

    test('`cop check` loads none of the Node modules only other commands need (git, HTTP, zlib, crypto)', () => {
        const plan = resolve(import.meta.dirname, '../../examples/customer-community.cop');
        // The CLI run as its `bin` is, printing the built-in modules it loaded as it exits.
        const script = `process.argv.splice(1, 0, 'cop'); process.on('exit', () => process.stderr.write('\\n' + JSON.stringify(process.moduleLoadList))); require(${JSON.stringify(cliPath)});`;
        const result = spawnSync(process.execPath, ['-e', script, 'check', plan], { encoding: 'utf8' });
        expect(result.stdout).toContain('1 plan file');
        const loaded = new Set(
            (JSON.parse(result.stderr.trim().split('\n').pop()!) as string[]).filter(name => name.startsWith('NativeModule ')).map(name => name.slice(13))
        );
        expect(loaded.has('fs')).toBe(true);
        expect(['child_process', 'http', 'zlib', 'crypto', 'dgram'].filter(name => loaded.has(name))).toEqual([]);
    });
});
