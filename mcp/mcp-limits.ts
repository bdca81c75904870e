import { megabytes } from '../language/parser/plan-size.js';

/**
 * The largest plan text a tool accepts: 2 MB (a 50,000-line plan is about 1.3 MB). Smaller
 * than the CLI's 10 MB because the text arrives inside a JSON-RPC message an assistant wrote,
 * and a call must answer in seconds; see docs/mcp.md.
 */
export const MCP_MAX_PLAN_BYTES = 2 * 1024 * 1024;

/** At most this many plan files for one call's `paths` (folders are searched for *.cop). */
export const MCP_MAX_FILES = 500;

/** The largest JSON-RPC message (a stdio line, an HTTP body) cop mcp reads: a 2 MB plan escaped as JSON fits. */
export const MCP_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** A request the tool refuses, in words the assistant can act on (a tool error, not a crash). */
export class ToolInputError extends Error {}

export function requirePlanSize(bytes: number, what: string): void {
    if (bytes > MCP_MAX_PLAN_BYTES) {
        throw new ToolInputError(
            `${what} is ${megabytes(bytes)}, too large for a plan sent to cop mcp (the limit is ${megabytes(MCP_MAX_PLAN_BYTES)}). Split it into several plans that refer to each other as \`Plan.Element\`.`
        );
    }
}
