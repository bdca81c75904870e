import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { EmptyFileSystem, URI } from 'langium';
import { z } from 'zod';
import { createCopCoreServices } from '../../language/cop-core-module.js';
import { formatPlanDocument } from '../../language/formatting/plan-printer.js';
import { ToolInputError } from '../mcp-limits.js';
import { planText } from '../plan-input.js';
import { refusalsAsErrors, toolResult } from '../tool-context.js';

const outputShape = {
    text: z.string().describe('The plan in the canonical layout.'),
    changed: z.boolean().describe('Whether the layout differed from the text sent.')
};

/** `format`: a plan's text in the canonical layout, as `cop fmt` writes it. */
export function registerFormatTool(server: McpServer): void {
    server.registerTool(
        'format',
        {
            title: 'Format a CoP plan',
            description:
                'Returns the text of a .cop plan in the canonical layout, as `cop fmt` writes it: 4-space indent, one statement a line, one blank line between blocks, comments kept. Only whitespace changes. A plan with a syntax error is not formatted (the error says where).',
            inputSchema: { text: z.string().describe('The text of one .cop plan (at most 2 MB).') },
            outputSchema: outputShape,
            annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false }
        },
        args =>
            refusalsAsErrors('format', async () => {
                const text = planText(args.text, 'The plan text');
                // Formatting needs the syntax tree only: no file is read, nothing is linked.
                const factory = createCopCoreServices(EmptyFileSystem).Cop.shared.workspace.LangiumDocumentFactory;
                const result = formatPlanDocument(factory.fromString(text, URI.parse('memory:/plan.cop')));
                if (!result.ok) {
                    const { line, column, message } = result.refusal;
                    // An error at the end of the text (an unclosed block) has no position of its own.
                    const where = line >= 1 ? `at line ${line}, column ${column}` : 'at the end of the plan';
                    throw new ToolInputError(
                        `Not formatted: the plan has a syntax error ${where}: ${message.replace(/\.$/, '')}. Fix it (the check tool lists every problem) and format again.`
                    );
                }
                const changed = result.text !== text;
                return toolResult({ text: result.text, changed }, changed ? result.text : 'The plan is already in the canonical layout.');
            })
    );
}
