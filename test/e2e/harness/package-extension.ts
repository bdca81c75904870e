import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './toolchain.js';

export interface ExtensionManifest {
    name: string;
    publisher: string;
    scripts?: Record<string, string>;
    activationEvents?: string[];
    contributes?: {
        languages?: Array<{ id: string; aliases?: string[]; extensions?: string[]; configuration?: string }>;
        grammars?: Array<{ language?: string; scopeName: string; path: string }>;
        commands?: Array<{ command: string; title: string; category?: string }>;
    };
}

export function readManifest(): ExtensionManifest {
    return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as ExtensionManifest;
}

/**
 * Builds the `.vsix` a person would install, from the already built `out/` bundles.
 * With `npm run package` (the project's packaging) when package.json has it; before that
 * landed, with vsce on a staged copy of what the package needs, so no `.vscodeignore`
 * is required. Returns the path of the `.vsix`, written into `outFolder`.
 */
export function packageExtension(outFolder: string): string {
    mkdirSync(outFolder, { recursive: true });
    const manifest = readManifest();
    if (manifest.scripts?.package) {
        const run = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stdout}\n${run.stderr}`);
        const packaged = /Packaged:\s*(\S+\.vsix)/.exec(run.stdout + run.stderr)?.[1];
        if (!packaged || !existsSync(packaged)) {
            throw new Error(`npm run package did not say where it wrote the .vsix:\n${run.stdout}`);
        }
        const vsix = join(outFolder, 'cop.vsix');
        cpSync(packaged, vsix);
        return vsix;
    }
    return packageStaged(manifest, outFolder);
}

function packageStaged(manifest: ExtensionManifest, outFolder: string): string {
    const stage = mkdtempSync(join(tmpdir(), 'cop-e2e-vsix-'));
    try {
        const wanted = new Set(['package.json', 'README.md', 'LICENSE', 'out/package.json', 'out/extension.js', 'out/server.js', 'out/cli.js',
            'language-configuration.json', 'syntaxes', 'media', 'schemas', 'snippets']);
        for (const grammar of manifest.contributes?.grammars ?? []) wanted.add(grammar.path.replace(/^\.\//, ''));
        for (const path of wanted) {
            const from = join(repoRoot, path);
            if (!existsSync(from)) continue;
            mkdirSync(dirname(join(stage, path)), { recursive: true });
            cpSync(from, join(stage, path), { recursive: true });
        }
        const vsix = join(outFolder, 'cop.vsix');
        const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
        const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix],
            { cwd: stage, encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`vsce package failed:\n${run.stdout}\n${run.stderr}`);
        return vsix;
    } finally {
        rmSync(stage, { recursive: true, force: true });
    }
}
