import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
    /** Its CPU time (user + system): what it costs whatever the load of a shared machine. */
    readonly processCpuMs?: number;
    /** `diffWorkspaces` alone on the two parsed and evaluated plans (wall, and CPU of this process). */
    readonly compareMs: number;
    readonly compareCpuMs: number;
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
    const processCpu: number[] = [];
    let changes = 0;
    const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'cpu %U %S'] : [];
    for (let run = 0; run < runs; run++) {
        const command = [...timer, process.execPath, cliPath, 'diff', 'old.cop', 'new.cop', '--format', 'json', '--as-of', '2026-09-30'];
        const start = performance.now();
        const result = spawnSync(command[0], command.slice(1), { cwd: folder, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
        processTimes.push(performance.now() - start);
        if (result.status !== 0) throw new Error(`cop diff exited with ${result.status}: ${result.stderr}`);
        changes = JSON.parse(result.stdout).changes.length;
        const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? '');
        if (cpu) processCpu.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
    }
    const old = await parsed(before, 'old.cop');
    const current = await parsed(after, 'new.cop');
    const compareTimes: number[] = [];
    const compareCpu: number[] = [];
    for (let run = 0; run < runs; run++) {
        const start = performance.now();
        const cpu = process.cpuUsage();
        diffWorkspaces([old], [current], { asOf: parseDay('2026-09-30')!, failOn: ['target-lowered'] });
        const used = process.cpuUsage(cpu);
        compareTimes.push(performance.now() - start);
        compareCpu.push((used.user + used.system) / 1000);
    }
    return {
        lines: before.split('\n').length,
        processMs: median(processTimes),
        ...(processCpu.length ? { processCpuMs: median(processCpu) } : {}),
        compareMs: median(compareTimes),
        compareCpuMs: median(compareCpu),
        changes
    };
}
