import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
 * Builds the `.vsix` a person would install, with the project's own packaging
 * (`npm run package`), and copies it into `outFolder`. Returns the copy's path.
 */
export function packageExtension(outFolder: string): string {
    mkdirSync(outFolder, { recursive: true });
    if (!readManifest().scripts?.package) throw new Error('package.json has no "package" script to build the .vsix with.');
    const run = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stdout}\n${run.stderr}`);
    const packaged = /Packaged:\s*(\S+\.vsix)/.exec(run.stdout + run.stderr)?.[1];
    if (!packaged) throw new Error(`npm run package did not say where it wrote the .vsix:\n${run.stdout}`);
    const vsix = join(outFolder, 'cop.vsix');
    cpSync(resolve(repoRoot, packaged), vsix);
    return vsix;
}
