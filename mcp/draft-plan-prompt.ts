import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { minimalTemplate } from '../language/templates/minimal-template.js';
import { planNameFromFile } from '../language/templates/plan-template.js';
import { CATALOG_URI, LANGUAGE_REFERENCE_URI } from './resources.js';

/**
 * `draft_plan`: asks the assistant to write a plan from a description of a community, in the
 * language's own terms, and to check it with the `check` tool until nothing is left to fix.
 */
export function registerDraftPlanPrompt(server: McpServer): void {
    server.registerPrompt(
        'draft_plan',
        {
            title: 'Draft a CoP plan',
            description: 'Drafts a .cop plan from a description of a Community of Practice, then checks it and fixes what the check reports.',
            argsSchema: {
                description: z.string().max(20_000).describe('The community: who its members are, who sponsors it, what it is for, what it does.'),
                filename: z.string().max(200).optional().describe('The plan file to write, e.g. plans/support.cop (default: plan.cop).')
            }
        },
        ({ description, filename }) => {
            const file = filename ?? 'plan.cop';
            const start = minimalTemplate.render({ planName: planNameFromFile(file), fileStem: file.replace(/\.cop$/, ''), today: new Date() }).plan;
            return {
                description: 'Draft a .cop plan and check it',
                messages: [
                    {
                        role: 'user',
                        content: {
                            type: 'text',
                            text: `Write a plan in the .cop language for this Community of Practice, to be saved as ${file}:

<community>
${description}
</community>

How:
1. Read the language reference (resource ${LANGUAGE_REFERENCE_URI}) for the keywords. A plan has a \`plan\` header (purpose, sponsor), the value matrix (\`members\` and \`organization\` rows with \`short\` and \`long\` values), \`shared\` values, the chain (\`input\` → \`output\` → \`outcome\` that \`delivers\` values) and \`indicator\`s that \`measure\` the chain.
2. Find indicators and example values with the catalog_search tool (or resource ${CATALOG_URI}) and use their titles as they are.
3. Write only what the description supports; where it says nothing, leave a \`// TODO:\` comment rather than inventing facts.
4. Call the check tool with the plan as \`text\` and \`filename\` "${file}". For every diagnostic, fix the plan (the explain tool says how for each code) and check again, until no error or warning is left.
5. Call the format tool and give me the formatted plan.

A starting point (the \`minimal\` template of \`cop init\`):

\`\`\`cop
${start}\`\`\``
                        }
                    }
                ]
            };
        }
    );
}
