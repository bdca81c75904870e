import type { CallToolResult, RequestId } from '@modelcontextprotocol/sdk/types.js';
import { escapeControlsButLineBreaks } from '../cli/formats/control-chars.js';
import { ToolInputError } from './mcp-limits.js';
import type { WorkspaceRoots } from './workspace-roots.js';

/** What every tool may use: the client's workspace roots (asked when a tool needs them). */
export interface ToolContext {
    /**
     * The client's workspace roots. `requestId` is the tool call's: over HTTP the client is
     * asked on that call's own response stream.
     */
    roots(requestId?: RequestId): Promise<WorkspaceRoots>;
}

/**
 * A tool's answer: `structured` for programs (it matches the tool's output schema), the same
 * as readable `text` for the assistant. Text quoted from a plan may hold control characters;
 * they are shown as escapes.
 */
export function toolResult<T extends Record<string, unknown>>(structured: T, text: string): CallToolResult & { structuredContent: T } {
    return { structuredContent: structured, content: [{ type: 'text', text: escapeControlsButLineBreaks(text) }] };
}

/** A refusal the assistant can act on: a tool error (isError), never a crashed server. */
export function toolError(message: string): CallToolResult {
    return { isError: true, content: [{ type: 'text', text: escapeControlsButLineBreaks(message) }] };
}

/**
 * Runs a tool's work. Its refusals (ToolInputError) become tool errors the assistant reads;
 * anything else is a bug of cop, said in one line (never a stack trace), and the server
 * goes on serving.
 */
export async function refusalsAsErrors(tool: string, work: () => Promise<CallToolResult>): Promise<CallToolResult> {
    try {
        return await work();
    } catch (error) {
        if (error instanceof ToolInputError) return toolError(error.message);
        return toolError(
            `cop mcp: internal error in the ${tool} tool: ${(error as Error)?.message ?? String(error)}. This is a bug of cop, not of the plan; please report it at https://github.com/cop-tools/cop-lang/issues.`
        );
    }
}
