// Extracts the example lists of the seed documents (../shared/seeds relative to the repo
// root, or the folder given as first argument) into test/fixtures/seed-examples.json.
// The fixture is committed: tests compare it with the built-in catalog, so a seed example
// missing from the catalog fails a test, and CI does not need the seeds at test time.
//
//   node scripts/extract-seed-examples.mjs [seedsFolder]
//
// Seeds 000, 001 and 003 are lists (table cells, bullets, <li> items) and are parsed.
// Seed 004 is prose: the measures it names are listed below as phrases, and each phrase is
// checked to occur in the seed text, so the list cannot drift from the document.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = resolve(process.argv[2] ?? join(root, '..', 'shared', 'seeds'));
const out = join(root, 'test', 'fixtures', 'seed-examples.json');

function seed(prefix) {
    const file = readdirSync(seeds).find(name => name.startsWith(prefix + '_'));
    if (!file) throw new Error(`No seed ${prefix}_* in ${seeds}`);
    return { file, text: readFileSync(join(seeds, file), 'utf8').replace(/\r\n/g, '\n') };
}

/** One example as the seed writes it, tidied: no trailing `;`, single spaces. */
function tidy(text) {
    return text
        .replace(/\s+/g, ' ')
        .replace(/[;,.\s]+$/, '')
        .trim();
}

function between(text, start, end, from = 0) {
    const a = text.indexOf(start, from);
    if (a < 0) throw new Error(`Seed text changed: "${start}" not found`);
    const b = end === undefined ? text.length : text.indexOf(end, a + start.length);
    if (b < 0) throw new Error(`Seed text changed: "${end}" not found`);
    return text.slice(a + start.length, b);
}

// ---- 000: Inputs / Outputs / Outcomes example, quantitative and qualitative indicators ----
function extract000() {
    const { file, text } = seed('000');
    const example = between(text, 'Inputs/Outputs/Outcomes Example', 'Example Metrics Indicators');
    // After the repeated header (Inputs, Outputs, Outcomes), rows of three cells.
    const cells = example
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean)
        .filter(line => !['Inputs/Outputs/Outcomes Template', 'Inputs', 'Outputs', 'Outcomes'].includes(line));
    if (cells.length % 3 !== 0) throw new Error(`000: ${cells.length} cells in the Inputs/Outputs/Outcomes example, expected rows of 3`);
    const inputs = [],
        outputs = [],
        outcomes = [];
    for (let i = 0; i < cells.length; i += 3) {
        inputs.push(tidy(cells[i]));
        outputs.push(tidy(cells[i + 1]));
        outcomes.push(tidy(cells[i + 2]));
    }
    const quantitative = between(text, 'Quantitative Indicators', 'Qualitative Indicators')
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean)
        // One cell holds two sentences, each an indicator of its own.
        .flatMap(line => line.split(/\.\s+(?=[A-Z])/))
        .map(tidy)
        .filter(Boolean);
    const qualitative = between(text, 'Qualitative Indicators', 'This document is part')
        .split('\n')
        .map(line => line.trim())
        .filter(line => line.startsWith('·'))
        .map(line => tidy(line.slice(1)));
    return { file, inputs, outputs, outcomes, quantitative, qualitative };
}

// ---- 001: value matrix examples ----
function extract001() {
    const { file, text } = seed('001');
    // The second template is the filled-in example.
    const example = text.slice(text.indexOf('Help with challenges') - 200);
    const row = label => {
        const line = example.split('\n').find(l => l.startsWith(label + '\t'));
        if (!line) throw new Error(`001: row ${label} not found`);
        const [, short, long] = line.split('\t');
        const items = cell =>
            cell
                .replace(/<[^>]*>/g, '')
                .split('•')
                .map(tidy)
                .filter(Boolean);
        return { short: items(short), long: items(long) };
    };
    return { file, members: row('Members'), organization: row('Organization') };
}

// ---- 003: seven cycles × four rounds ----
function extract003() {
    const { file, text } = seed('003');
    const rounds = { '1. Aspirations': 'aspiration', '2. Conditions': 'condition', '3. Indicators': 'indicator', '4. Data': 'data' };
    const cycles = {};
    const sections = text.split(/^## /m).slice(1);
    for (const section of sections) {
        const heading = section.split('\n')[0].trim();
        const match = /^(\w+) value$/i.exec(heading);
        if (!match) continue;
        const kind = match[1].toLowerCase();
        cycles[kind] = {};
        for (const line of section.split('\n')) {
            const round = /^<b>(\d\. \w+)<\/b>/.exec(line);
            if (!round) continue;
            const items = [...line.matchAll(/<li>•\s*(.*?)<\/li>/g)].map(m => tidy(m[1])).filter(Boolean);
            cycles[kind][rounds[round[1]]] = items;
        }
        for (const name of Object.values(rounds)) {
            if (!cycles[kind][name]?.length) throw new Error(`003: cycle ${kind} has no ${name} examples`);
        }
    }
    if (Object.keys(cycles).length !== 7) throw new Error(`003: found cycles ${Object.keys(cycles)}, expected seven`);
    return { file, cycles };
}

// ---- 004: the KPI-chain and finance measures named in the prose ----
const measures004 = [
    'accepted answers',
    'pull requests merged',
    'session attendance',
    'activation milestones',
    'feature adoption',
    'renewal intent',
    'advocacy',
    'support cost avoidance',
    'ticket deflection rates',
    'influenced revenue',
    'CAC reduction',
    'referrals',
    'speaker-sourced opportunities',
    'review-site wins',
    'multi-product adoption',
    'contribution frequency',
    'answered questions',
    'learning milestones',
    'renewal cohorts',
    'product-qualified activities',
    'feature depth',
    'customer health scores',
    'community tenure',
    'retention',
    'uplift',
    'shortened sales cycles'
];

function extract004() {
    const { file, text } = seed('004');
    const lower = text.toLowerCase();
    for (const phrase of measures004) {
        if (!lower.includes(phrase.toLowerCase())) throw new Error(`004: "${phrase}" does not occur in ${file}`);
    }
    return { file, measures: measures004 };
}

const fixture = {
    comment: 'Generated by scripts/extract-seed-examples.mjs from ../shared/seeds; do not edit by hand.',
    '000': extract000(),
    '001': extract001(),
    '003': extract003(),
    '004': extract004()
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(fixture, null, 2) + '\n');
const count = value => (Array.isArray(value) ? value.length : typeof value === 'object' ? Object.values(value).reduce((n, v) => n + count(v), 0) : 0);
console.log(`wrote ${out}: ${count(fixture)} examples`);
