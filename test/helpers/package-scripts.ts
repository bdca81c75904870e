import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const packageRoot = resolve(import.meta.dirname, '../..');

// biome-ignore lint/suspicious/noExplicitAny: the manifest is whatever JSON package.json holds; tests read deep fields of it.
export function readManifest(): Record<string, any> {
    return JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8'));
}

/**
 * The options `npm run package` gives `vsce package` (read from the script, so tests
 * package exactly as a release does), without `--out FILE`.
 */
export function vscePackageFlags(): string[] {
    const script: string = readManifest().scripts.package;
    const command = /vsce package (.*)$/.exec(script)?.[1];
    if (!command) throw new Error(`npm run package does not run vsce package: ${script}`);
    const flags = command.split(/\s+/);
    const out = flags.indexOf('--out');
    if (out >= 0) flags.splice(out, 2);
    return flags;
}
