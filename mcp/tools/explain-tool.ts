import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { allCodes, helpOf, isDiagnosticCode } from '../diagnostic-help.js';
import { ToolInputError } from '../mcp-limits.js';
import { refusalsAsErrors, toolResult } from '../tool-context.js';

const outputShape = {
    code: z.string(),
    severity: z.enum(['error', 'warning', 'information', 'hint']),
    summary: z.string().describe('The rule in one line.'),
    meaning: z.string().describe('What triggers the code (markdown).'),
    fix: z.string().describe('How to fix it (markdown).'),
    example: z.string().optional().describe('A small plan that triggers the code.'),
    fixedExample: z.string().optional().describe('The same plan, fixed.'),
    markdown: z.string().describe("The code's whole section of docs/diagnostics.md.")
};

/** `explain`: a diagnostic code's section of docs/diagnostics.md, the page every code has. */
export function registerExplainTool(server: McpServer): void {
    server.registerTool(
        'explain',
        {
            title: 'Explain a diagnostic code',
            description:
                'Explains a diagnostic code of the .cop language (as reported by the check tool, e.g. `value-without-outcome`): what it means, how severe it is, how to fix it, and a small plan before and after the fix. From the published docs/diagnostics.md.',
            inputSchema: { code: z.string().max(200).describe('A diagnostic code, e.g. `matrix-gap`.') },
            outputSchema: outputShape,
            annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false }
        },
        args =>
            refusalsAsErrors('explain', async () => {
                const code = args.code.trim().replace(/^`|`$/g, '');
                if (!isDiagnosticCode(code)) {
                    throw new ToolInputError(`"${code}" is not a diagnostic code of the .cop language. The codes are: ${allCodes.join(', ')}.`);
                }
                const help = helpOf(code);
                return toolResult({ ...help }, `${help.code} (${help.severity}): ${help.summary}\n\n${help.markdown}`);
            })
    );
}
