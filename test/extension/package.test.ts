import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot as root, readManifest, vscePackageFlags } from '../helpers/package-scripts.js';

const manifest = readManifest();
const filesUnder = (folder: string) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile())
        .map(entry =>
            join(entry.parentPath, entry.name)
                .slice(root.length + 1)
                .split('\\')
                .join('/')
        );

function npm(args: string[], cwd: string) {
    return spawnSync('npm', args, {
        cwd,
        encoding: 'utf8',
        timeout: 180_000,
        env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }
    });
}

/** The package as `npm pack` writes it, packed once for the tests that read its list and install it. */
let packed: { destination: string; listing: { filename: string; files: { path: string }[] } } | undefined;
function pack() {
    if (!packed) {
        const destination = mkdtempSync(join(tmpdir(), 'cop-pack-'));
        // --ignore-scripts: prepack would rebuild out/ under the other tests' feet.
        const run = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', destination], root);
        expect(run.status, run.stderr).toBe(0);
        packed = { destination, listing: JSON.parse(run.stdout)[0] };
    }
    return packed;
}

describe('the npm package', () => {
    test('holds the bundles of cop and the server, the schemas, the docs and the examples, and nothing else', () => {
        const files: string[] = pack()
            .listing.files.map(file => file.path)
            .sort();
        const intended = [
            'package.json',
            'README.md',
            'LICENSE',
            'CHANGELOG.md',
            'out/cli.js',
            'out/cli-main.js',
            'out/cli-mcp.js',
            'out/package.json',
            'out/server.js',
            ...filesUnder('out/playground'),
            ...readdirSync(join(root, 'schemas'))
                .filter(name => name.endsWith('.json'))
                .map(name => `schemas/${name}`),
            ...filesUnder('docs'),
            ...filesUnder('examples')
        ].sort();
        expect(files).toEqual(intended);
    });

    test("has one runtime dependency, DuckDB (native, for cop measure): the bundles require only Node's own modules (and vscode, for the extension)", () => {
        expect(Object.keys(manifest.dependencies ?? {})).toEqual(['@duckdb/node-api']);
        const builtins = new Set([...builtinModules, ...builtinModules.map(name => `node:${name}`)]);
        for (const bundle of ['out/cli.js', 'out/cli-main.js', 'out/cli-mcp.js', 'out/server.js', 'out/extension.js']) {
            const text = readFileSync(join(root, bundle), 'utf8');
            // Not inside a string: ajv (bundled with the MCP SDK) names its runtime helpers as
            // code text, `equal.code = 'require("ajv/dist/runtime/equal").default'`, never run.
            const required = [...text.matchAll(/(?<!['"`])\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(match => match[1]);
            expect(
                required.filter(name => !builtins.has(name) && name !== 'vscode' && !name.startsWith('.')),
                bundle
            ).toEqual([]);
        }
    });

    test('installs from its tarball without engine warnings, and its `cop` runs', () => {
        const { destination, listing } = pack();
        const tarball = listing.filename;
        expect(readdirSync(destination)).toEqual([tarball]);
        const project = mkdtempSync(join(tmpdir(), 'cop-user-'));
        writeFileSync(join(project, 'package.json'), '{ "name": "user", "private": true }\n');
        // --prefer-offline, not --offline: a fresh CI machine's npm cache holds the tarballs
        // `npm ci` fetched but not always the registry metadata this install resolves from.
        const install = npm(['install', '--prefer-offline', join(destination, tarball)], project);
        expect(install.status, install.stderr).toBe(0);
        expect(install.stderr + install.stdout).not.toMatch(/EBADENGINE|engine/i);
        const cop = spawnSync(join(project, 'node_modules/.bin/cop'), ['check', 'node_modules/cop-lang/examples/support-community', '--as-of', '2026-11-01'], {
            cwd: project,
            encoding: 'utf8',
            timeout: 60_000
        });
        expect(cop.stderr).toBe('');
        expect(cop.status).toBe(0);
        expect(cop.stdout).toContain('in 1 plan file');
        // `cop mcp` loads its own bundle (out/cli-mcp.js): shipped, it answers a ping.
        const ping = [
            {
                jsonrpc: '2.0',
                id: 1,
                method: 'initialize',
                params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'test', version: '1' } }
            },
            { jsonrpc: '2.0', id: 2, method: 'ping' }
        ]
            .map(message => JSON.stringify(message) + '\n')
            .join('');
        const mcp = spawnSync(join(project, 'node_modules/.bin/cop'), ['mcp'], { cwd: project, input: ping, encoding: 'utf8', timeout: 60_000 });
        expect(mcp.stderr).toBe('');
        expect(mcp.status).toBe(0);
        expect(mcp.stdout).toContain('{"result":{},"jsonrpc":"2.0","id":2}');
    });

    test('states its license, repository, bugs, homepage, icon and the Node it is tested on', () => {
        expect(manifest.license).toBe('MIT');
        expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} cop contributors\n/);
        expect(manifest.repository).toEqual({ type: 'git', url: 'https://github.com/cop-tools/cop-lang.git' });
        expect(manifest.bugs).toEqual({ url: 'https://github.com/cop-tools/cop-lang/issues' });
        expect(manifest.homepage).toBe('https://github.com/cop-tools/cop-lang#readme');
        // CI (.ci/run) runs the tests on the machine's Node 20.20.
        expect(manifest.engines.node).toBe('>=20.20');
        expect(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')).toContain(`## ${manifest.version}`);
        const icon = readFileSync(join(root, manifest.icon));
        expect(icon.subarray(1, 4).toString()).toBe('PNG');
        expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
    });
});

describe('the VS Code package', () => {
    test('npm run package hides no missing metadata', () => {
        const flags = vscePackageFlags();
        for (const hiding of ['--skip-license', '--allow-missing-repository', '--allow-star-activation', '--allow-unused-files-pattern']) {
            expect(flags).not.toContain(hiding);
        }
        expect(flags).toEqual(expect.arrayContaining(['--readme-path', 'media/marketplace/README.md']));
    });

    test('vsce ls lists what VS Code reads at run time, with the marketplace page as readme', () => {
        const run = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', ...vscePackageFlags()], {
            cwd: root,
            encoding: 'utf8',
            timeout: 120_000
        });
        expect(run.status, run.stderr).toBe(0);
        const listed = run.stdout.trim().split('\n').sort();
        expect(listed).toEqual(
            [
                'CHANGELOG.md',
                'LICENSE',
                'language-configuration.json',
                'media/icon.png',
                'media/marketplace/README.md',
                'media/preview.js',
                ...filesUnder('media/walkthrough'),
                'out/cli-main.js',
                'out/cli-mcp.js',
                'out/cli.js',
                'out/extension.js',
                'out/package.json',
                'out/server.js',
                'out/web/extension.js',
                'out/web/server.js',
                'package.json',
                ...readdirSync(join(root, 'schemas')).map(name => `schemas/${name}`),
                ...filesUnder('snippets'),
                'syntaxes/cop.tmLanguage.json'
            ].sort()
        );
    });

    test('the marketplace page shows screenshots that exist in the repository, by absolute URL', () => {
        const page = readFileSync(join(root, 'media/marketplace/README.md'), 'utf8');
        const images = [...page.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map(match => match[1]);
        expect(images.length).toBeGreaterThanOrEqual(3);
        for (const url of images) {
            const path = url.replace('https://raw.githubusercontent.com/cop-tools/cop-lang/main/', '');
            expect(path, url).not.toBe(url);
            expect(readFileSync(join(root, path)).subarray(1, 4).toString(), path).toBe('PNG');
        }
        for (const setting of Object.keys(manifest.contributes.configuration.properties)) expect(page).toContain(`\`${setting}\``);
        // The plan it shows checks clean.
        const plan = /```cop\n([\s\S]*?)```/.exec(page)![1];
        const folder = mkdtempSync(join(tmpdir(), 'cop-marketplace-'));
        writeFileSync(join(folder, 'plan.cop'), plan);
        const check = spawnSync(process.execPath, [join(root, 'out/cli.js'), 'check', '--format', 'json', 'plan.cop'], { cwd: folder, encoding: 'utf8' });
        expect(JSON.parse(check.stdout).diagnostics).toEqual([]);
        for (const command of manifest.contributes.commands) expect(page).toContain(`${command.category}: ${command.title}`);
    });
});
