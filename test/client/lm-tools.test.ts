import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogAnswer, checkAnswer, evaluateAnswer } from '../../client/lm-tools/lm-tool-answers.js';
import { catalogToolInput, LM_TOOL_NAMES, planToolInput } from '../../client/lm-tools/lm-tool-input.js';
import { lmToolsApiOf } from '../../client/lm-tools/lm-tools-api.js';
import { viewModelOf } from '../helpers/view-model.js';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

describe('the VS Code language model tools', () => {
    test('are contributed in package.json as the extension registers them, each with an input schema', () => {
        const contributed = manifest.contributes.languageModelTools as Array<{
            name: string;
            modelDescription: string;
            displayName: string;
            inputSchema: { type: string };
        }>;
        expect(contributed.map(tool => tool.name)).toEqual(Object.values(LM_TOOL_NAMES));
        for (const tool of contributed) {
            expect(tool.inputSchema.type).toBe('object');
            expect(tool.modelDescription.length).toBeGreaterThan(80);
            expect(tool.displayName).toMatch(/CoP/);
        }
        expect(readFileSync(resolve(root, 'client/extension.ts'), 'utf8')).toContain('registerLmTools(context, running)');
    });

    test('are registered only when VS Code has vscode.lm.registerTool (1.95+), not on the 1.91 the extension supports', () => {
        expect(lmToolsApiOf({})).toBeUndefined();
        expect(lmToolsApiOf({ lm: { selectChatModels: () => [] } })).toBeUndefined();
        expect(lmToolsApiOf({ lm: { registerTool: () => undefined } })).toBeUndefined();
        const registered: string[] = [];
        class TextPart {
            constructor(readonly value: string) {}
        }
        class ToolResult {
            constructor(readonly content: unknown[]) {}
        }
        const api = lmToolsApiOf({
            lm: {
                registerTool: (name: string) => {
                    registered.push(name);
                    return { dispose() {} };
                }
            },
            LanguageModelToolResult: ToolResult,
            LanguageModelTextPart: TextPart
        });
        expect(api).toBeDefined();
        api?.registerTool('cop_check', { invoke: async () => undefined });
        expect(registered).toEqual(['cop_check']);
        expect(api?.textResult('hello')).toEqual(new ToolResult([new TextPart('hello')]));
    });

    test('check lists the diagnostics of the view model with codes and lines', async () => {
        const model = await viewModelOf(
            'plan Demo "Demo" { purpose "Show the code" }\n\nmembers Staff "Project staff" {\n    short Answers "Quick answers"\n}\n'
        );
        const answer = checkAnswer('plans/demo.cop', model);
        expect(answer).toContain('plans/demo.cop:3:9: warning matrix-gap:');
        expect(answer).toContain('value-without-outcome');
        // `cop check` reports nothing on this example.
        const clean = await viewModelOf(readFileSync(resolve(root, 'examples/customer-community.cop'), 'utf8'));
        expect(checkAnswer('examples/customer-community.cop', clean)).toBe('examples/customer-community.cop: no problems.');
    });

    test('evaluate gives the kpis and indicators of the view model as JSON', async () => {
        const plan = readFileSync(resolve(root, 'examples/customer-community.cop'), 'utf8');
        const answer = JSON.parse(evaluateAnswer('examples/customer-community.cop', await viewModelOf(plan)));
        expect(answer.file).toBe('examples/customer-community.cop');
        expect(answer.plan).toMatch(/\w+/);
        expect(Array.isArray(answer.kpis)).toBe(true);
        expect(answer.indicators.length).toBeGreaterThan(0);
    });

    test('catalog search answers with entries and their context', () => {
        const hits = JSON.parse(catalogAnswer('time to respond', undefined, 3));
        expect(hits[0]).toMatchObject({ kind: 'indicator', title: 'Time to respond to questions' });
        expect(catalogAnswer('zzqqxx')).toContain('No catalog entry');
    });

    test('inputs from the assistant are checked, with what to send instead', () => {
        expect(planToolInput({})).toEqual({});
        expect(planToolInput({ path: 'plans/a.cop' })).toEqual({ path: 'plans/a.cop' });
        expect(planToolInput({ path: '/etc/passwd' })).toContain('.cop plan file');
        expect(planToolInput('x')).toContain('must be an object');
        expect(catalogToolInput({})).toContain('needs `query`');
        expect(catalogToolInput({ query: 'reuse', kinds: ['value', 'nonsense'], limit: 5 })).toEqual({ query: 'reuse', kinds: ['value'], limit: 5 });
    });
});
