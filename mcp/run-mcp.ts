import { createCopMcpServer } from './mcp-server.js';
import { serveHttp, MCP_HTTP_HOST, MCP_HTTP_PATH } from './http-server.js';
import { LineStdioTransport } from './stdio-transport.js';

export interface RunMcpOptions {
    readonly version: string;
    /** `--http PORT`; stdio when undefined. */
    readonly httpPort?: number;
    readonly fallbackRoot: string;
    /** `--root DIR`: the only folders read, whatever roots the client names. */
    readonly fixedRoots?: readonly string[];
    log(text: string): void;
}

/**
 * Serves MCP until the client goes: over stdio until standard input ends, over HTTP until the
 * process is stopped (Ctrl+C). Resolves with the exit code.
 */
export async function runMcp(options: RunMcpOptions): Promise<number> {
    const create = () => createCopMcpServer({ version: options.version, fallbackRoot: options.fallbackRoot, fixedRoots: options.fixedRoots });
    if (options.httpPort === undefined) {
        const transport = new LineStdioTransport();
        // The SDK keeps a transport's own onclose and calls it first (Protocol.connect).
        const closed = new Promise<void>(resolve => {
            transport.onclose = resolve;
        });
        await create().connect(transport);
        await closed;
        return 0;
    }
    const server = await serveHttp(options.httpPort, create, options.log);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.httpPort;
    options.log(`cop mcp: serving MCP over Streamable HTTP at http://${MCP_HTTP_HOST}:${port}${MCP_HTTP_PATH} (loopback only; Ctrl+C stops it)\n`);
    await new Promise<void>(resolve => {
        // Open event streams would keep close() waiting: they are ended with the server.
        const stop = () => {
            server.close(() => resolve());
            server.closeAllConnections();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    return 0;
}
