import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

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
});
