import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const out = resolve(import.meta.dirname, '../../out');
const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'));
const builtins = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));

/** Every module a bundle loads at run time: `require("x")` (not `obj.require`), `import … from "x"`, `import("x")`. */
export function loadedModules(code: string): string[] {
    const found: string[] = [];
    for (const pattern of [/(?<![.\w$])require\(\s*["'`]([^"'`]+)["'`]\s*\)/g, /^\s*(?:import|export)\b[^;\n]*?\bfrom\s*["']([^"']+)["']/gm, /(?<![.\w$])import\(\s*["'`]([^"'`]+)["'`]\s*\)/g]) {
        for (const match of code.matchAll(pattern)) found.push(match[1]!);
    }
    return found;
}

function webBundles(): string[] {
    return ['web', 'playground'].flatMap(folder => {
        const dir = join(out, folder);
        return existsSync(dir) ? readdirSync(dir).filter(name => name.endsWith('.js')).map(name => join(dir, name)) : [];
    });
}

describe('the browser bundles', () => {
    test('the manifest names the web extension, and the build made it and its worker', () => {
        expect(manifest.browser).toBe('./out/web/extension.js');
        expect(existsSync(join(out, 'web/extension.js'))).toBe(true);
        expect(existsSync(join(out, 'web/server.js'))).toBe(true);
    });

    test('load no Node built-in, and nothing but `vscode` (which VS Code for the Web provides)', () => {
        const bundles = webBundles();
        expect(bundles.length).toBeGreaterThanOrEqual(2);
        for (const bundle of bundles) {
            const loaded = loadedModules(readFileSync(bundle, 'utf8'));
            expect(loaded.filter(name => builtins.has(name) || name.startsWith('node:')), bundle).toEqual([]);
            expect(loaded.filter(name => name !== 'vscode'), bundle).toEqual([]);
        }
    });

    test('the check finds a Node built-in where there is one', () => {
        expect(loadedModules('const fs = require("fs"); x.require("util");')).toEqual(['fs']);
        expect(loadedModules('import { readFile } from "node:fs/promises";\nawait import("path"); t = ` from "x"`;')).toEqual(['node:fs/promises', 'path']);
    });
});
