import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CallToolResultSchema, ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { HttpServer } from './mcp-http.js';
import { initializeBody, rawRequest, startHttp } from './mcp-http.js';
import { textOf } from './mcp-client.js';

const repo = resolve(import.meta.dirname, '../..');
const json = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

let server: HttpServer;
let base: string;
beforeAll(async () => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'cop-mcp-http-')));
    mkdirSync(join(base, 'workspace'));
    writeFileSync(join(base, 'workspace', 'plan.cop'), 'plan Demo "Demo" {\n    purpose "Show the code"\n}\n');
    server = await startHttp(repo);
}, 60_000);
afterAll(async () => {
    await server?.stop();
    rmSync(base, { recursive: true, force: true });
});

async function connect(roots?: string[]): Promise<Client> {
    const client = new Client({ name: 'cop-http-test', version: '1.0.0' }, { capabilities: roots ? { roots: {} } : {} });
    if (roots) client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: roots.map(folder => ({ uri: pathToFileURL(folder).href })) }));
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
    return client;
}

describe('cop mcp --http (Streamable HTTP on loopback)', () => {
    test('serves the same tools to the SDK client', async () => {
        const client = await connect();
        const { tools } = await client.listTools();
        expect(tools.map(tool => tool.name).sort()).toEqual(['catalog_search', 'check', 'diff', 'evaluate', 'explain', 'format']);
        const result = CallToolResultSchema.parse(await client.callTool({ name: 'check', arguments: { paths: ['examples/flawed'] } }));
        expect(result.isError).toBeFalsy();
        expect(textOf(result)).toContain('examples/flawed/first-draft.cop:');
        await client.close();
    }, 60_000);

    test("asks the client for its roots on the call's own stream, and keeps to them", async () => {
        const client = await connect([join(base, 'workspace')]);
        const inside = CallToolResultSchema.parse(await client.callTool({ name: 'check', arguments: { paths: ['plan.cop'] } }));
        expect(inside.isError).toBeFalsy();
        const outside = CallToolResultSchema.parse(await client.callTool({ name: 'check', arguments: { paths: [join(repo, 'examples')] } }));
        expect(outside.isError).toBe(true);
        expect(textOf(outside)).toContain('outside the workspace roots');
        await client.close();
    }, 60_000);

    test('refuses a Host that is not the loopback address (DNS rebinding)', async () => {
        const evil = await rawRequest(server.port, { headers: { ...json, host: `evil.example:${server.port}` }, body: initializeBody });
        expect(evil.status).toBe(403);
        expect(JSON.parse(evil.body)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000 } });
        const rebound = await rawRequest(server.port, { method: 'GET', headers: { host: `attacker.test:${server.port}` } });
        expect(rebound.status).toBe(403);
        const good = await rawRequest(server.port, { headers: { ...json, host: `localhost:${server.port}` }, body: initializeBody });
        expect(good.status).toBe(200);
    });

    test("refuses a web page's Origin", async () => {
        const evil = await rawRequest(server.port, {
            headers: { ...json, host: `127.0.0.1:${server.port}`, origin: 'http://evil.example' },
            body: initializeBody
        });
        expect(evil.status).toBe(403);
        expect(evil.body).toContain('evil.example');
        const own = await rawRequest(server.port, {
            headers: { ...json, host: `127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}` },
            body: initializeBody
        });
        expect(own.status).toBe(200);
    });

    test('answers malformed requests with JSON-RPC errors and goes on', async () => {
        const host = { ...json, host: `127.0.0.1:${server.port}` };
        const notJson = await rawRequest(server.port, { headers: host, body: '{"jsonrpc": "2.0", ' });
        expect(notJson.status).toBe(400);
        expect(JSON.parse(notJson.body)).toMatchObject({ error: { code: -32700 } });
        const noSession = await rawRequest(server.port, { headers: host, body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }) });
        expect(noSession.status).toBe(400);
        const unknownSession = await rawRequest(server.port, {
            headers: { ...host, 'mcp-session-id': 'no-such-session' },
            body: JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/list' })
        });
        expect(unknownSession.status).toBe(404);
        const huge = await rawRequest(server.port, { headers: host, body: Buffer.alloc(9 * 1024 * 1024, 'a') });
        expect(huge.status).toBe(413);
        expect(JSON.parse(huge.body).error.message).toContain('8.0 MB');
        const elsewhere = await rawRequest(server.port, { method: 'GET', path: '/', headers: host });
        expect(elsewhere.status).toBe(404);
        const client = await connect();
        expect(await client.ping()).toEqual({});
        await client.close();
    }, 60_000);

    test('is bound to 127.0.0.1 only', async () => {
        const { networkInterfaces } = await import('node:os');
        const external = Object.values(networkInterfaces())
            .flat()
            .find(address => address && address.family === 'IPv4' && !address.internal);
        if (!external) return; // no other interface on this machine: nothing to reach
        const { request } = await import('node:http');
        const reached = await new Promise<boolean>(done => {
            const req = request({ host: external.address, port: server.port, method: 'GET', path: '/mcp', timeout: 2000 }, () => done(true));
            req.on('error', () => done(false));
            req.on('timeout', () => {
                req.destroy();
                done(false);
            });
            req.end();
        });
        expect(reached).toBe(false);
    });
});

describe('stopping cop mcp --http', () => {
    test('Ctrl+C ends it at once with exit 0, even with a client connected', async () => {
        const own = await startHttp(repo);
        const client = new Client({ name: 'cop-http-test', version: '1.0.0' });
        await client.connect(new StreamableHTTPClientTransport(new URL(own.url)));
        await client.listTools();
        const exited = new Promise<number | null>(done => own.child.once('exit', code => done(code)));
        own.child.kill('SIGINT');
        expect(await exited).toBe(0);
        await client.close().catch(() => undefined);
    }, 30_000);
});

describe('cop mcp usage', () => {
    test('a port that is not a number, or files, are usage errors', () => {
        const port = runCli(['mcp', '--http', 'eighty']);
        expect(port.code).toBe(2);
        expect(port.stderr).toContain('is not a port');
        const root = runCli(['mcp', '--root', 'package.json'], { cwd: repo });
        expect(root.code).toBe(2);
        expect(root.stderr).toContain('is not a folder');
        const files = runCli(['mcp', 'plan.cop']);
        expect(files.code).toBe(2);
        expect(files.stderr).toContain('takes no files');
    });

    test('a port in use is said plainly', () => {
        const busy = runCli(['mcp', '--http', String(server.port)]);
        expect(busy.code).toBe(2);
        expect(busy.stderr).toContain(`port ${server.port} is in use`);
    });

    test('--help names the tools and docs/mcp.md', () => {
        const help = runCli(['mcp', '--help']);
        expect(help.code).toBe(0);
        expect(help.stdout).toContain('catalog_search');
        expect(help.stdout).toContain('docs/mcp.md');
        expect(runCli(['--help']).stdout).toContain('mcp ');
    });
});
