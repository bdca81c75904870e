import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { vscePackageFlags } from '../helpers/package-scripts.js';
import { zipEntries } from '../helpers/zip-listing.js';

const root = resolve(import.meta.dirname, '../..');
let entries: string[] = [];

// Packages the bundles already in out/ (from `npm run build`) into a temporary .vsix, with the
// same vsce options as `npm run package`, without rebuilding out/ under other tests' feet.
beforeAll(() => {
    const vsix = join(mkdtempSync(join(tmpdir(), 'cop-vsix-')), 'cop.vsix');
    const result = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', ...vscePackageFlags(), '--out', vsix], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000
    });
    if (result.status !== 0) throw new Error(`vsce failed: ${result.stderr}${result.stdout}`);
    entries = zipEntries(vsix)
        .filter(name => name.startsWith('extension/'))
        .map(name => name.slice('extension/'.length));
});

describe('the .vsix', () => {
    test('holds the three bundles (the CLI as loader and bundle), the grammar, the language configuration, the webview script and the schemas', () => {
        for (const file of [
            'package.json',
            'LICENSE.txt',
            'changelog.md',
            'readme.md',
            'media/icon.png',
            'out/extension.js',
            'out/server.js',
            'out/cli.js',
            'out/cli-main.js',
            'out/cli-mcp.js',
            'out/package.json',
            'out/web/extension.js',
            'out/web/server.js',
            'syntaxes/cop.tmLanguage.json',
            'language-configuration.json',
            'media/preview.js',
            'schemas/export.schema.json'
        ]) {
            expect(entries, file).toContain(file);
        }
        for (const schema of readdirSync(join(root, 'schemas'))) expect(entries).toContain(`schemas/${schema}`);
        if (existsSync(join(root, 'snippets'))) {
            for (const snippet of readdirSync(join(root, 'snippets'))) expect(entries).toContain(`snippets/${snippet}`);
        }
    });

    test('holds nothing the bundles include already, and no sources, tests or source maps', () => {
        const unwanted = entries.filter(
            name =>
                /^(node_modules|language|client|server|cli|test|scripts|examples|docs)\//.test(name) ||
                /\.(ts|map|langium)$/.test(name) ||
                name.includes('generated')
        );
        expect(unwanted).toEqual([]);
        // Bundles, manifest, grammar, configuration, schemas, snippets, media: a few dozen files, not thousands.
        expect(entries.length).toBeLessThan(60);
    });

    test('every file the manifest points to is in the package', () => {
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        const paths = [
            manifest.main,
            ...manifest.contributes.languages.map((l: { configuration?: string }) => l.configuration),
            ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
            ...(manifest.contributes.snippets ?? []).map((s: { path: string }) => s.path),
            ...(manifest.contributes.jsonValidation ?? []).map((v: { url: string }) => v.url).filter((url: string) => url.startsWith('./')),
            ...(manifest.contributes.walkthroughs ?? []).flatMap((w: { steps: Array<{ media?: { markdown?: string; image?: string } }> }) =>
                w.steps.map(step => step.media?.markdown ?? step.media?.image)
            )
        ]
            .filter(Boolean)
            .map((p: string) => p.replace(/^\.\//, ''));
        for (const path of paths) expect(entries, path).toContain(path);
    });
});
