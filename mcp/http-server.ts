import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { megabytes } from '../language/parser/plan-size.js';
import { MCP_MAX_MESSAGE_BYTES } from './mcp-limits.js';

/** Loopback only: the server has no authentication, so nothing but this machine may reach it. */
export const MCP_HTTP_HOST = '127.0.0.1';
export const MCP_HTTP_PATH = '/mcp';
/** Sessions open at once (each holds a server and its caches); see `makeRoom`. */
const MAX_SESSIONS = 64;
/** A session unused this long may be closed to make room for a new one. */
const IDLE_MS = 10 * 60_000;

/**
 * `cop mcp --http PORT`: the same server over Streamable HTTP at http://127.0.0.1:PORT/mcp,
 * one MCP server per session. DNS rebinding is refused before anything else: a web page
 * whose name resolves to 127.0.0.1 sends its own Host (and Origin), which is neither
 * `127.0.0.1:PORT` nor `localhost:PORT`. The SDK's transport checks the same lists again.
 */
export async function serveHttp(port: number, createServer_: () => McpServer, log: (text: string) => void): Promise<Server> {
    const sessions = new Map<string, StreamableHTTPServerTransport>();
    const lastUsed = new Map<string, number>();
    /** A client that went away without DELETE leaves its session: the longest idle one goes. */
    const makeRoom = async (): Promise<boolean> => {
        if (sessions.size < MAX_SESSIONS) return true;
        const [idlest] = [...lastUsed].sort((a, b) => a[1] - b[1]);
        if (!idlest || Date.now() - idlest[1] < IDLE_MS) return false;
        await sessions.get(idlest[0])?.close();
        sessions.delete(idlest[0]);
        lastUsed.delete(idlest[0]);
        return true;
    };
    let allowedHosts: string[] = [];
    let allowedOrigins: string[] = [];

    const handle = async (req: IncomingMessage, res: ServerResponse) => {
        const host = req.headers.host;
        if (host === undefined || !allowedHosts.includes(host.toLowerCase())) {
            return reply(
                res,
                403,
                -32000,
                `Forbidden: the Host header ${JSON.stringify(host ?? '')} is not this server (${allowedHosts.join(' or ')}); cop mcp answers requests to the loopback address only.`
            );
        }
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedOrigins.includes(origin.toLowerCase())) {
            return reply(res, 403, -32000, `Forbidden: requests from the web origin ${JSON.stringify(origin)} are refused.`);
        }
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (path !== MCP_HTTP_PATH) return reply(res, 404, -32000, `Not found: the MCP endpoint is ${MCP_HTTP_PATH}.`);

        const sessionId = headerOf(req, 'mcp-session-id');
        const session = sessionId === undefined ? undefined : sessions.get(sessionId);
        if (session && sessionId !== undefined) lastUsed.set(sessionId, Date.now());
        if (req.method !== 'POST') {
            if (!session)
                return sessionId === undefined
                    ? reply(res, 400, -32000, 'Bad request: no session; start one with an initialize request (POST).')
                    : reply(res, 404, -32001, 'Session not found.');
            return session.handleRequest(req, res);
        }
        const body = await readBody(req);
        if (body.kind === 'too-large')
            return reply(
                res,
                413,
                -32600,
                `The request is larger than ${megabytes(MCP_MAX_MESSAGE_BYTES)}, the most cop mcp reads; a plan sent as text may be 2 MB at most.`
            );
        if (body.kind === 'not-json') return reply(res, 400, -32700, `Parse error: the request body is not JSON (${body.reason}).`);
        if (session) return session.handleRequest(req, res, body.json);
        if (sessionId !== undefined) return reply(res, 404, -32001, 'Session not found.');
        if (!isInitializeRequest(body.json)) return reply(res, 400, -32000, 'Bad request: no session; start one with an initialize request.');
        if (!(await makeRoom()))
            return reply(
                res,
                503,
                -32000,
                `Too many sessions open (${MAX_SESSIONS}); close one (DELETE ${MCP_HTTP_PATH}) first, or wait until one has been idle for ${IDLE_MS / 60_000} minutes.`
            );

        const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
            sessionIdGenerator: () => randomUUID(),
            onsessioninitialized: id => {
                sessions.set(id, transport);
                lastUsed.set(id, Date.now());
            },
            enableDnsRebindingProtection: true,
            allowedHosts,
            allowedOrigins
        });
        transport.onclose = () => {
            if (!transport.sessionId) return;
            sessions.delete(transport.sessionId);
            lastUsed.delete(transport.sessionId);
        };
        await createServer_().connect(transport);
        await transport.handleRequest(req, res, body.json);
    };

    const server = createServer((req, res) => {
        handle(req, res).catch(error => {
            log(`cop mcp: internal error while answering a request: ${(error as Error)?.message ?? String(error)}\n`);
            if (!res.headersSent) reply(res, 500, -32603, 'Internal error of cop mcp; the server goes on.');
            else res.end();
        });
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, MCP_HTTP_HOST, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    allowedHosts = [`${MCP_HTTP_HOST}:${bound}`, `localhost:${bound}`];
    allowedOrigins = [`http://${MCP_HTTP_HOST}:${bound}`, `http://localhost:${bound}`];
    return server;
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
}

type Body = { kind: 'json'; json: unknown } | { kind: 'too-large' } | { kind: 'not-json'; reason: string };

/**
 * The request's body as JSON. A body over the limit is read to its end and dropped (not
 * kept): the client then gets the 413 answer instead of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<Body> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        req.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= MCP_MAX_MESSAGE_BYTES) chunks.push(chunk);
            else chunks.length = 0;
        });
        req.on('error', reject);
        req.on('end', () => {
            if (size > MCP_MAX_MESSAGE_BYTES) return resolve({ kind: 'too-large' });
            try {
                resolve({ kind: 'json', json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            } catch (error) {
                resolve({ kind: 'not-json', reason: (error as Error).message });
            }
        });
    });
}

function reply(res: ServerResponse, status: number, code: number, message: string): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code, message } }));
}
