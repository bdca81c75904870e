import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CallToolResultSchema, ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { cliPath } from '../helpers/cli.js';

export interface StdioSession {
    readonly client: Client;
    /** What the server printed on stderr so far. */
    stderr(): string;
    call(name: string, args: Record<string, unknown>): Promise<CallToolResult>;
    close(): Promise<void>;
}

/**
 * `cop mcp` (out/cli.js) as an MCP client starts it: a child process spoken to over stdio by
 * the SDK's own Client. With `roots`, the client has the roots capability and names them.
 */
export async function startStdio(options: { cwd: string; roots?: string[]; args?: string[] }): Promise<StdioSession> {
    const transport = new StdioClientTransport({
        command: process.execPath,
        args: [cliPath, 'mcp', ...(options.args ?? [])],
        cwd: options.cwd,
        stderr: 'pipe'
    });
    let stderr = '';
    transport.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
    });
    const client = new Client({ name: 'cop-test', version: '1.0.0' }, { capabilities: options.roots ? { roots: { listChanged: true } } : {} });
    if (options.roots) {
        // Read at each request: a test may change the array and tell the server.
        const roots = options.roots;
        client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: roots.map(folder => ({ uri: pathToFileURL(folder).href, name: folder })) }));
    }
    await client.connect(transport);
    return {
        client,
        stderr: () => stderr,
        call: async (name, args) => CallToolResultSchema.parse(await client.callTool({ name, arguments: args })),
        close: () => client.close()
    };
}

/** The text content of a tool result, joined. */
export function textOf(result: CallToolResult): string {
    return result.content.map(part => (part.type === 'text' ? part.text : '')).join('\n');
}

/**
 * `cop mcp` fed raw lines on stdin (not through the SDK): for messages no client would send.
 * Resolves with every line it wrote on stdout once stdin is closed and it has exited.
 */
export function rawStdio(lines: readonly (string | Buffer)[], cwd: string): Promise<{ code: number | null; messages: unknown[]; stderr: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [cliPath, 'mcp'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => {
            stdout += chunk;
        });
        child.stderr.on('data', chunk => {
            stderr += chunk;
        });
        child.on('error', reject);
        const timer = setTimeout(() => child.kill(), 60_000);
        child.on('close', code => {
            clearTimeout(timer);
            resolve({
                code,
                messages: stdout
                    .split('\n')
                    .filter(line => line.trim() !== '')
                    .map(line => JSON.parse(line)),
                stderr
            });
        });
        for (const line of lines) child.stdin.write(line);
        child.stdin.end();
    });
}

export const initializeLine =
    JSON.stringify({
        jsonrpc: '2.0',
        id: 0,
        method: 'initialize',
        params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } }
    }) +
    '\n' +
    JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) +
    '\n';
