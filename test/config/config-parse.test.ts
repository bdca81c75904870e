import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { configJsonSchemaText } from '../../language/config/config-json-schema.js';
import { diagnosticRules } from '../../language/diagnostics/codes.js';
import { parseConfig } from '../../language/config/config-parse.js';
import { initialConfigText } from '../../language/config/config-template.js';
import { configCandidates } from '../../language/config/plan-config.js';

const root = resolve(import.meta.dirname, '../..');

const problemsOf = (text: string) => {
    const result = parseConfig(text);
    return result.ok ? [] : result.problems;
};

describe('parsing cop.config.json', () => {
    test('a valid config: catalogs and rules as written; absent keys are empty', () => {
        const result = parseConfig(JSON.stringify({ $schema: 'x.json', catalogs: ['team.json'], rules: { unmeasured: 'off', 'indicator-unused': 'error' } }));
        expect(result).toEqual({ ok: true, config: { catalogs: ['team.json'], rules: { unmeasured: 'off', 'indicator-unused': 'error' } } });
        expect(parseConfig('{}')).toEqual({ ok: true, config: { catalogs: [], rules: {} } });
        expect(parseConfig('\uFEFF{}').ok).toBe(true);
        expect(parseConfig(initialConfigText()).ok).toBe(true);
    });

    test('a JSON syntax error names its line and column', () => {
        const problems = problemsOf('{\n  "rules": {\n    "unmeasured": "off",\n  }\n}');
        expect(problems).toHaveLength(1);
        expect(problems[0]).toContain('not valid JSON at line 4, column 3');
        expect(problemsOf('   ')[0]).toContain('the file is empty');
    });

    test('an unknown top-level key is named, with the nearest key', () => {
        expect(problemsOf('{ "rule": {} }')).toEqual([
            'key `rule`: not a key of the config; did you mean "rules"? (the keys are "$schema", "catalogs", "rules")'
        ]);
        expect(problemsOf('{ "severity": {} }')[0]).not.toContain('did you mean');
    });

    test('an unknown code in rules is named, with the nearest code', () => {
        expect(problemsOf('{ "rules": { "unmesured": "off" } }')[0]).toBe(
            'key `rules.unmesured`: "unmesured" is not a diagnostic code; did you mean "unmeasured"? (the codes and their default severities are listed in docs/config.md)'
        );
        expect(problemsOf('{ "rules": { "Matrix-Gap": "off" } }')[0]).toContain('did you mean "matrix-gap"?');
    });

    test('an unknown severity is named, with the nearest severity', () => {
        expect(problemsOf('{ "rules": { "unmeasured": "warn" } }')[0]).toBe(
            'key `rules.unmeasured`: "warn" is not a severity; did you mean "warning"? (use one of "off", "hint", "information", "warning", "error")'
        );
        expect(problemsOf('{ "rules": { "unmeasured": "info" } }')[0]).toContain('did you mean "information"?');
        expect(problemsOf('{ "rules": { "unmeasured": 0 } }')[0]).toContain('key `rules.unmeasured`: 0 is not a severity (use one of');
        expect(problemsOf('{ "rules": ["unmeasured"] }')[0]).toContain('key `rules`: must be an object');
    });

    test('catalogs must be a list of non-empty strings', () => {
        expect(problemsOf('{ "catalogs": "team.json" }')).toEqual(['key `catalogs`: must be a list of file paths, like `["catalogs/team.json"]`']);
        expect(problemsOf('{ "catalogs": ["a.json", 3, " "] }')).toEqual([
            'key `catalogs`, entry 2, is not a file path (a string in quotes)',
            'key `catalogs`, entry 3, is empty; write a file path'
        ]);
    });

    test('not an object at all; every problem is listed, top-level ones first', () => {
        expect(problemsOf('[]')[0]).toContain('must hold a JSON object');
        const problems = problemsOf('{ "rules": { "unmeasured": "warn" }, "catalog": [] }');
        expect(problems[0]).toContain('key `catalog`');
        expect(problems[1]).toContain('key `rules.unmeasured`');
    });
});

describe('where a config is looked for', () => {
    test('the plan folder, then every folder above it, to the root', () => {
        expect(configCandidates(URI.file('/home/ana/plans/team/plan.cop')).map(uri => uri.path)).toEqual([
            '/home/ana/plans/team/cop.config.json',
            '/home/ana/plans/cop.config.json',
            '/home/ana/cop.config.json',
            '/home/cop.config.json',
            '/cop.config.json'
        ]);
        expect(configCandidates(URI.parse('untitled:Untitled-1'))).toEqual([]);
    });
});

describe('the published schema', () => {
    test('schemas/config.schema.json is what the zod schema generates (run `npm run schemas` if not)', () => {
        expect(readFileSync(resolve(root, 'schemas/config.schema.json'), 'utf8')).toBe(configJsonSchemaText());
    });

    test('is named in contributes.jsonValidation for cop.config.json, and lists every code with its default', () => {
        const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
        const entries = pkg.contributes.jsonValidation as Array<{ fileMatch: string[]; url: string }>;
        expect(entries.find(entry => entry.url === './schemas/config.schema.json')?.fileMatch).toEqual(['cop.config.json']);
        const schema = JSON.parse(configJsonSchemaText());
        expect(schema.additionalProperties).toBe(false);
        expect(schema.properties.rules.properties.unmeasured.description).toContain('Default: warning.');
        expect(schema.properties.rules.properties.unmeasured.enum).toEqual(['off', 'hint', 'information', 'warning', 'error']);
    });
});

describe('docs/config.md', () => {
    test('lists every code with its default severity, for people writing rules', () => {
        const docs = readFileSync(resolve(root, 'docs/config.md'), 'utf8');
        for (const [code, rule] of Object.entries(diagnosticRules)) {
            expect(docs, code).toContain(`| \`${code}\` | ${rule.severity} |`);
        }
    });
});
