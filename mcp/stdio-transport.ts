import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import { megabytes } from '../language/parser/plan-size.js';
import { MCP_MAX_MESSAGE_BYTES } from './mcp-limits.js';

/** JSON-RPC 2.0's codes for messages that cannot be handled at all. */
const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;

/**
 * MCP over stdio: one JSON-RPC message a line. Unlike the SDK's StdioServerTransport, which
 * drops a line that is not JSON-RPC without an answer and closes (ending the server) on a
 * line longer than its buffer, this one answers each such line with a JSON-RPC error
 * (`id: null`, as JSON-RPC 2.0 says) and goes on reading: a malformed request never ends
 * the session.
 */
export class LineStdioTransport implements Transport {
    onclose?: () => void;
    onerror?: (error: Error) => void;
    onmessage?: (message: JSONRPCMessage) => void;

    private chunks: Buffer[] = [];
    private buffered = 0;
    /** Skipping the rest of a line that was too long. */
    private skipping = false;
    private closed = false;
    /** Requests received and not answered yet, and whether standard input has ended. */
    private readonly pending = new Set<string | number>();
    private ended = false;

    constructor(
        private readonly input: NodeJS.ReadableStream = process.stdin,
        private readonly output: NodeJS.WritableStream = process.stdout
    ) {}

    async start(): Promise<void> {
        this.input.on('data', this.onData);
        this.input.on('end', this.onEnd);
        this.input.on('error', this.onInputError);
        // A client gone without closing our input (EPIPE): the session is over, quietly.
        this.output.on('error', this.onOutputError);
    }

    private readonly onData = (chunk: Buffer | string) => {
        let data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        for (let newline = data.indexOf(0x0a); newline >= 0; newline = data.indexOf(0x0a)) {
            this.take(data.subarray(0, newline));
            this.endLine();
            data = data.subarray(newline + 1);
        }
        this.take(data);
    };

    private take(part: Buffer): void {
        if (this.skipping || part.length === 0) return;
        if (this.buffered + part.length > MCP_MAX_MESSAGE_BYTES) {
            this.chunks = [];
            this.buffered = 0;
            this.skipping = true;
            return;
        }
        this.chunks.push(part);
        this.buffered += part.length;
    }

    private endLine(): void {
        if (this.skipping) {
            this.skipping = false;
            this.reject(
                INVALID_REQUEST,
                `The message is larger than ${megabytes(MCP_MAX_MESSAGE_BYTES)}, the most cop mcp reads; a plan sent as text may be 2 MB at most.`
            );
            return;
        }
        const line = Buffer.concat(this.chunks).toString('utf8').replace(/\r$/, '');
        this.chunks = [];
        this.buffered = 0;
        if (line.trim() === '') return;
        let json: unknown;
        try {
            json = JSON.parse(line);
        } catch (error) {
            this.reject(PARSE_ERROR, `Parse error: the message is not JSON (${(error as Error).message}).`);
            return;
        }
        const message = JSONRPCMessageSchema.safeParse(json);
        if (!message.success) {
            // JSON-RPC 2.0 answers with the request's id when it can be read.
            const id =
                typeof json === 'object' && json !== null && 'id' in json && (typeof json.id === 'string' || typeof json.id === 'number') ? json.id : null;
            this.reject(INVALID_REQUEST, 'Invalid request: the message is not a JSON-RPC 2.0 request, notification or response.', id);
            return;
        }
        if ('method' in message.data && 'id' in message.data) this.pending.add(message.data.id);
        this.onmessage?.(message.data);
    }

    private reject(code: number, message: string, id: string | number | null = null): void {
        void this.write(JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } }) + '\n');
    }

    /** A client that closes its end after its last request still gets the answers. */
    private readonly onEnd = () => {
        this.ended = true;
        if (this.pending.size === 0) void this.close();
    };

    private readonly onInputError = (error: Error) => {
        this.onerror?.(error);
    };

    private readonly onOutputError = () => {
        void this.close();
    };

    async send(message: JSONRPCMessage): Promise<void> {
        await this.write(JSON.stringify(message) + '\n');
        if (!('method' in message) && 'id' in message && message.id !== undefined) {
            this.pending.delete(message.id);
            if (this.ended && this.pending.size === 0) void this.close();
        }
    }

    /** Resolves once the output can take more: every write waiting on a full buffer shares one 'drain'. */
    private draining: Promise<void> | undefined;

    private write(text: string): Promise<void> {
        if (this.closed || this.output.write(text)) return Promise.resolve();
        this.draining ??= new Promise(resolve =>
            this.output.once('drain', () => {
                this.draining = undefined;
                resolve();
            })
        );
        return this.draining;
    }

    async close(): Promise<void> {
        if (this.closed) return;
        this.closed = true;
        this.input.off('data', this.onData);
        this.input.off('end', this.onEnd);
        this.input.off('error', this.onInputError);
        this.onclose?.();
    }
}
