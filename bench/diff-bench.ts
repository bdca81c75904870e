import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { createCopCoreServices } from '../language/cop-core-module.js';
import { diffWorkspaces } from '../language/diff/index.js';
import type { DiffPlanInput } from '../language/diff/index.js';
import type { PlanFile } from '../language/generated/ast.js';
import { parseDay } from '../language/impact/dates.js';
import { cliPath } from '../test/helpers/cli.js';
import { generatePlan } from './generate-plan.js';

export interface DiffTimes {
    readonly lines: number;
    /** `cop diff OLD NEW --format json` as a process: read, parse, link and evaluate both sides, compare, print. */
    readonly processMs: number;
    /** `diffWorkspaces` alone on the two parsed and evaluated plans. */
    readonly compareMs: number;
    readonly changes: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The new side of the pair: every third target lowered, one block in ten moved to the end,
 * and comments stripped, so the diff has real changes and much that only looks like one.
 */
function edited(plan: string): string {
    let count = 0;
    const lowered = plan.replace(/target >= (\d+)/g, (whole, value: string) => (count++ % 3 === 0 ? `target >= ${Number(value) - 1}` : whole));
    const blocks = lowered.split('\n\n');
    const moved = blocks.filter((_, index) => index % 10 === 5);
    return [...blocks.filter((_, index) => index % 10 !== 5), ...moved].join('\n\n').replace(/^\/\/.*$/gm, '');
}

async function parsed(text: string, name: string): Promise<DiffPlanInput> {
    const services = createCopCoreServices(EmptyFileSystem).Cop;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<PlanFile>(text, URI.file(`/bench/${name}`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document as LangiumDocument], { validation: false });
    const impact = await services.impact.Impact.impactOf(document);
    return { file: name, root: document.parseResult.value, impact: impact.model };
}

export async function measureDiff(lines: number, runs: number, scratch: string): Promise<DiffTimes> {
    const before = generatePlan(lines);
    const after = edited(before);
    const folder = join(scratch, 'diff');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'old.cop'), before);
    writeFileSync(join(folder, 'new.cop'), after);
    const processTimes: number[] = [];
    let changes = 0;
    for (let run = 0; run < runs; run++) {
        const start = performance.now();
        const result = spawnSync(process.execPath, [cliPath, 'diff', 'old.cop', 'new.cop', '--format', 'json', '--as-of', '2026-09-30'], { cwd: folder, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
        processTimes.push(performance.now() - start);
        if (result.status !== 0) throw new Error(`cop diff exited with ${result.status}: ${result.stderr}`);
        changes = JSON.parse(result.stdout).changes.length;
    }
    const old = await parsed(before, 'old.cop');
    const current = await parsed(after, 'new.cop');
    const compareTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
        const start = performance.now();
        diffWorkspaces([old], [current], { asOf: parseDay('2026-09-30')!, failOn: ['target-lowered'] });
        compareTimes.push(performance.now() - start);
    }
    return { lines: before.split('\n').length, processMs: median(processTimes), compareMs: median(compareTimes), changes };
}
