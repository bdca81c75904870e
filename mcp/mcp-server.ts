import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestId } from '@modelcontextprotocol/sdk/types.js';
import { RootsListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { registerDraftPlanPrompt } from './draft-plan-prompt.js';
import { registerResources } from './resources.js';
import type { ToolContext } from './tool-context.js';
import { registerCatalogSearchTool } from './tools/catalog-search-tool.js';
import { registerCheckTool } from './tools/check-tool.js';
import { registerDiffTool } from './tools/diff-tool.js';
import { registerEvaluateTool } from './tools/evaluate-tool.js';
import { registerExplainTool } from './tools/explain-tool.js';
import { registerFormatTool } from './tools/format-tool.js';
import { WorkspaceRoots } from './workspace-roots.js';

export interface CopMcpOptions {
    readonly version: string;
    /** The folder used as the only root when the client names none (the server's current folder). */
    readonly fallbackRoot: string;
    /** `cop mcp --root DIR`: these folders are the roots, whatever the client names. */
    readonly fixedRoots?: readonly string[];
}

/** How long a client may take to answer `roots/list` before the fallback root is used. */
const ROOTS_TIMEOUT_MS = 10_000;

/** Arrays and objects one tool call may hold (the SDK refuses more before validating). */
const MAX_TOOL_INPUT_ELEMENTS = 10_000;

/**
 * The MCP server of the .cop language: its tools, resources and prompt, over any transport
 * (stdio-server.ts, http-server.ts). One server serves one client session.
 */
export function createCopMcpServer(options: CopMcpOptions): McpServer {
    const server = new McpServer(
        { name: 'cop', title: 'CoP plans', version: options.version },
        {
            capabilities: { tools: {}, resources: {}, prompts: {} },
            maxToolInputElements: MAX_TOOL_INPUT_ELEMENTS,
            instructions:
                'Tools for plans of Communities of Practice written in the .cop language: check a plan (diagnostics with codes and fixes), explain a code, evaluate kpis as of a date, search the indicator catalog, and format a plan. Read the language reference resource before writing a plan; check every plan you write.'
        }
    );

    // The client's roots, asked once and again after it says they changed.
    let roots: Promise<WorkspaceRoots> | undefined;
    server.server.setNotificationHandler(RootsListChangedNotificationSchema, () => {
        roots = undefined;
    });
    const context: ToolContext = {
        roots: requestId =>
            (roots ??= options.fixedRoots?.length ? Promise.resolve(new WorkspaceRoots(options.fixedRoots)) : askRoots(server, options.fallbackRoot, requestId))
    };

    registerCheckTool(server, context);
    registerExplainTool(server);
    registerEvaluateTool(server, context);
    registerCatalogSearchTool(server);
    registerFormatTool(server);
    registerDiffTool(server, context);
    registerResources(server);
    registerDraftPlanPrompt(server);
    return server;
}

/** The roots the client names (MCP roots), or the fallback folder when it has none. */
async function askRoots(server: McpServer, fallback: string, relatedRequestId?: RequestId): Promise<WorkspaceRoots> {
    if (!server.server.getClientCapabilities()?.roots) return new WorkspaceRoots([fallback]);
    try {
        const { roots } = await server.server.listRoots(undefined, { timeout: ROOTS_TIMEOUT_MS, relatedRequestId });
        return WorkspaceRoots.fromUris(
            roots.map(root => root.uri),
            fallback
        );
    } catch {
        // A client that announced roots but cannot list them: the documented fallback.
        return new WorkspaceRoots([fallback]);
    }
}
