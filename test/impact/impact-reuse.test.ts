import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { generatePlan, generateWorkspace } from '../../bench/generate-plan.js';
import { createCopServices } from '../../language/cop-module.js';
import type { PlanFile } from '../../language/generated/ast.js';
import type { ImpactModel } from '../../language/impact/impact-model.js';
import { MemoryFileSystem } from '../helpers/memory-file-system.js';
import type { Random } from '../helpers/prng.js';
import { prng } from '../helpers/prng.js';
import { examplePlans, randomEdit } from '../helpers/random-edits.js';

/**
 * After an edit, the evaluation reuses the figures of what the edit left unchanged
 * (language/impact/impact-reuse.ts). Whatever it reuses, the figures must be those of an
 * evaluation from scratch of the edited plan: every indicator's entries and judgement, every
 * kpi's values, range, drivers, series, grade and inputs, every key result and experiment.
 */
/** The plans of a workspace, by file name, each evaluated on its own. */
type Plans = ReadonlyMap<string, string>;

const uriOf = (name: string): URI => URI.parse(`file:///ws/${name}`);

/** The model as text: elements by type, name and offset (so a moved or renamed element shows), maps as lists. */
function figures(model: ImpactModel): string {
    return JSON.stringify(model, (_key, value: unknown) => {
        if (value instanceof Map) return [...value.entries()];
        if (value && typeof value === 'object' && '$type' in value && '$container' in value) {
            const node = value as { $type: string; name?: string; $cstNode?: { offset: number } };
            return `${node.$type} ${node.name ?? ''} @${node.$cstNode?.offset}`;
        }
        return value;
    });
}

/** The plans' folder in memory, with the actuals files of `folder` beside them, as `actuals` lines name them. */
function workspaceOf(plans: Plans, folder?: string): MemoryFileSystem {
    const files = new MemoryFileSystem();
    for (const [name, text] of plans) files.files.set(uriOf(name).toString(), text);
    for (const name of folder ? readdirSync(folder).filter(name => name.endsWith('.csv')) : []) {
        files.files.set(uriOf(name).toString(), readFileSync(join(folder!, name), 'utf8'));
    }
    return files;
}

/** A workspace of the plans, built: their evaluations, and an edit of one plan as an editor's save makes it. */
async function opened(plans: Plans, folder?: string) {
    const files = workspaceOf(plans, folder);
    const { shared, Cop } = createCopServices({ fileSystemProvider: () => files });
    const documents = [...plans].map(([name, text]) => shared.workspace.LangiumDocumentFactory.fromString<PlanFile>(text, uriOf(name)));
    for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
    const builder = shared.workspace.DocumentBuilder;
    await builder.build(documents, { validation: true });
    builder.updateBuildOptions = { validation: true };
    const models = async (): Promise<ImpactModel[]> => Promise.all(documents.map(async document => (await Cop.impact.Impact.impactOf(document)).model));
    const edit = async (name: string, text: string): Promise<void> => {
        files.files.set(uriOf(name).toString(), text);
        await builder.update([uriOf(name)], []);
    };
    return { documents, models, edit };
}

async function fromScratch(plans: Plans, folder?: string): Promise<string[]> {
    return (await (await opened(plans, folder)).models()).map(figures);
}

/** An edit where the figures are: one digit of a line with a number, or a name of an indicator, assumption or kpi. */
function figureEdit(text: string, random: Random): string {
    const lines = text.split('\n');
    const numbered = lines.flatMap((line, index) =>
        /^\s*(actual|target|value|range|baseline|deadweight|attribution|displacement)\b.*\d/.test(line) ? [index] : []
    );
    if (numbered.length > 0 && random.chance(0.7)) {
        const index = random.pick(numbered);
        const digits = [...lines[index].matchAll(/\d/g)];
        const digit = random.pick(digits);
        lines[index] = `${lines[index].slice(0, digit.index)}${(Number(digit[0]) + 1 + random.int(8)) % 10}${lines[index].slice(digit.index + 1)}`;
        return lines.join('\n');
    }
    const declared = [...text.matchAll(/^(indicator|assumption|kpi) (\w+)/gm)];
    if (declared.length === 0) return randomEdit(text, random);
    const [, kind, name] = random.pick(declared);
    // Rename the declaration only: its references no longer resolve. Or give it the name of
    // another element of its kind, declared later: references to that name, in blocks the
    // edit left as they were, now lead to the renamed one (the first of a name).
    const later = declared.filter(other => other[1] === kind && other.index > text.indexOf(`${kind} ${name}`));
    const to = later.length > 0 && random.chance(0.5) ? random.pick(later)[2] : `${name}${random.chance(0.5) ? 'X' : ''}`;
    return text.replace(new RegExp(`^${kind} ${name}\\b`, 'm'), `${kind} ${to}`);
}

/** An edit that changes no figure: a letter of a title, which leaves every other block as it was. */
function titleEdit(text: string, random: Random): string {
    const titles = [...text.matchAll(/^\w+ \w+ "([^"\n]+)"/gm)];
    if (titles.length === 0) return randomEdit(text, random);
    const title = random.pick(titles);
    const at = title.index + title[0].length - 1;
    return `${text.slice(0, at)}${random.pick(['s', ' ', 'e'])}${text.slice(at)}`;
}

async function replay(start: Plans, seed: number, steps: number, folder?: string): Promise<{ reused: number; evaluated: number }> {
    const plans = new Map(start);
    const { documents, models, edit } = await opened(plans, folder);
    let before = await models();
    const random = prng(seed);
    const counts = { reused: 0, evaluated: 0 };
    const good = new Map(plans);
    for (let step = 0; step < steps; step++) {
        const at = random.int(documents.length);
        const document = documents[at];
        const name = [...plans.keys()][at];
        const text = plans.get(name)!;
        // A plan left with a syntax error is parsed whole after each edit: mostly go back to the last good text.
        const broken = document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length > 0;
        if (!broken) good.set(name, text);
        const base = broken && random.chance(0.6) ? good.get(name)! : text;
        const kind = random.int(10);
        const edited = kind < 4 ? figureEdit(base, random) : kind < 7 ? titleEdit(base, random) : randomEdit(base, random);
        plans.set(name, edited);
        await edit(name, edited);
        const after = await models();
        // Figures taken from the evaluation before are the same objects.
        after.forEach((model, i) => {
            for (const [kpi, impact] of model.kpis) counts[before[i].kpis.get(kpi) === impact ? 'reused' : 'evaluated']++;
            for (const [indicator, impact] of model.indicators) counts[before[i].indicators.get(indicator) === impact ? 'reused' : 'evaluated']++;
        });
        expect(after.map(figures), `step ${step} of seed ${seed}`).toEqual(await fromScratch(plans, folder));
        before = after;
    }
    return counts;
}

describe('the impact evaluated again after an edit', () => {
    const plans = examplePlans().filter(path => /support-community|customer-community|forum-measures/.test(path));

    it.each(plans.map(path => [path.split('/examples/')[1], path]))('has the figures of an evaluation from scratch: %s', async (_name, path) => {
        const { reused, evaluated } = await replay(new Map([[basename(path), readFileSync(path, 'utf8')]]), 3, 24, dirname(path));
        // Edits inside one block leave most figures as they were: some must be reused, some evaluated.
        expect(reused).toBeGreaterThan(0);
        expect(evaluated).toBeGreaterThan(0);
    });

    // A random rename seldom gives an element the name a kept kpi block refers to, declared
    // later: the reference then leads to the renamed element, and the kpi must follow it.
    it.each([
        ['an assumption', 'assumption A "a" {\n    value 2\n}\n\nassumption B "b" {\n    value 3\n}\n', 'assumption A', 'assumption B'],
        [
            'an indicator',
            'indicator A "a" {\n    unit count\n}\n\nindicator B "b" {\n    unit count\n}\n\nactual A {\n    2026-01 2\n}\n\nactual B {\n    2026-01 3\n}\n',
            'indicator A',
            'indicator B'
        ],
        ['a kpi', 'kpi A "a" {\n    formula 2\n}\n\nkpi B "b" {\n    formula 3\n}\n', 'kpi A', 'kpi B']
    ])('follows a name that %s declared earlier takes', async (_kind, elements, from, to) => {
        const text = `plan P "p" {\n}\n\n${elements}\nkpi K "k" {\n    formula B * 10\n}\n`;
        const { models, edit } = await opened(new Map([['plan.cop', text]]));
        const before = figures((await models())[0]);
        const edited = new Map([['plan.cop', text.replace(from, to)]]);
        await edit('plan.cop', edited.get('plan.cop')!);
        const after = (await models()).map(figures);
        expect(after).toEqual(await fromScratch(edited));
        expect(after[0]).not.toEqual(before);
    });

    it('has the figures of an evaluation from scratch: a generated 600-line plan', async () => {
        const { reused, evaluated } = await replay(new Map([['plan.cop', generatePlan(600)]]), 7, 30);
        expect(reused).toBeGreaterThan(evaluated);
        expect(evaluated).toBeGreaterThan(0);
    });

    // A kpi of one plan reads kpis and indicators of another (`Team0.Savings1`), which an
    // edit of that other plan may change while the kpi's own plan is as it was.
    it('has the figures of an evaluation from scratch: three linked plans', async () => {
        const { reused, evaluated } = await replay(generateWorkspace(3, 2), 11, 40);
        expect(reused).toBeGreaterThan(0);
        expect(evaluated).toBeGreaterThan(0);
    });
});
