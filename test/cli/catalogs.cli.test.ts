import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliInProcess } from '../helpers/cli.js';

const plan = `plan Cop "A community" {
    purpose "Help"
    catalog "catalogs/team.json"
}
indicator Reviews "Models peer reviewed" {
    data "Review log"
}
`;

function folderWith(catalog: string | undefined): string {
    const folder = mkdtempSync(join(tmpdir(), 'cop-cli-catalog-'));
    writeFileSync(join(folder, 'plan.cop'), plan);
    if (catalog !== undefined) {
        mkdirSync(join(folder, 'catalogs'));
        writeFileSync(join(folder, 'catalogs', 'team.json'), catalog);
    }
    return folder;
}

describe('cop check with plan catalogs', () => {
    test('a missing catalog is an error (exit 1) on the catalog line, not a crash', async () => {
        const result = await runCliInProcess(['check', '--format', 'json', 'plan.cop'], { cwd: folderWith(undefined) });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        const json = JSON.stringify(JSON.parse(result.stdout));
        expect(json).toContain('catalog-invalid');
        expect(json).toContain('"line":3');
        expect(json).toContain('catalogs/team.json');
    });

    test('a good catalog is read from disk relative to the plan: its indicator is known', async () => {
        const catalog = JSON.stringify({
            version: 1,
            indicators: [{ id: 'reviews', title: 'Models peer reviewed', kind: 'quantitative', description: 'Peer reviews of models.', source: 'Team' }]
        });
        const result = await runCliInProcess(['check', join(folderWith(catalog), 'plan.cop')]);
        expect(result.code).toBe(0);
        expect(result.stdout).not.toContain('catalog-invalid');
        expect(result.stdout).not.toContain('unknown-catalog-entry');
    });
});
