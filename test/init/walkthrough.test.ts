import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

interface Step {
    id: string;
    title: string;
    description: string;
    media: { markdown?: string };
    completionEvents?: string[];
}

describe('the Getting Started walkthrough and the New Plan command, as contributed', () => {
    const contributed = new Set<string>(pkg.contributes.commands.map((command: { command: string }) => command.command));

    test('"CoP: New Plan…" is a contributed command', () => {
        expect(pkg.contributes.commands).toContainEqual({ command: 'cop.newPlan', title: 'New Plan…', category: 'CoP' });
    });

    test('has three or four steps, each with its markdown in media/walkthrough/', () => {
        const steps: Step[] = pkg.contributes.walkthroughs[0].steps;
        expect(steps.length).toBeGreaterThanOrEqual(3);
        expect(steps.length).toBeLessThanOrEqual(4);
        for (const step of steps) {
            expect(step.media.markdown).toMatch(/^media\/walkthrough\/[\w-]+\.md$/);
            const markdown = readFileSync(resolve(root, step.media.markdown!), 'utf8');
            expect(markdown).toMatch(/^# /);
        }
        expect(steps.map(step => step.id)).toEqual(['createPlan', 'fixDiagnostic', 'openPreview', 'runInCi']);
    });

    test("every command a step links to or completes on is ours or VS Code's own", () => {
        const steps: Step[] = pkg.contributes.walkthroughs[0].steps;
        const linked = steps.flatMap(step => [
            ...[...step.description.matchAll(/\(command:([\w.]+)\)/g)].map(match => match[1]),
            ...(step.completionEvents ?? []).filter(event => event.startsWith('onCommand:')).map(event => event.slice('onCommand:'.length))
        ]);
        expect(linked).toContain('cop.newPlan');
        expect(linked).toContain('cop.preview.openToSide');
        for (const command of linked) {
            if (command.startsWith('workbench.')) continue; // built into VS Code
            expect(contributed, command).toContain(command);
        }
    });
});
