import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, test } from 'vitest';

const out = resolve(import.meta.dirname, '../../out');
const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'));
const builtins = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));

/** Every module a bundle loads at run time: `require("x")` (not `obj.require`), `import … from "x"`, `import("x")`. */
function loadedModules(code: string): string[] {
    const found: string[] = [];
    for (const pattern of [
        /(?<![.\w$])require\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
        /^\s*(?:import|export)\b[^;\n]*?\bfrom\s*["']([^"']+)["']/gm,
        /(?<![.\w$])import\(\s*["'`]([^"'`]+)["'`]\s*\)/g
    ]) {
        for (const match of code.matchAll(pattern)) found.push(match[1]!);
    }
    return found;
}

function webBundles(): string[] {
    return ['web', 'playground'].flatMap(folder => {
        const dir = join(out, folder);
        return existsSync(dir)
            ? readdirSync(dir)
                  .filter(name => name.endsWith('.js'))
                  .map(name => join(dir, name))
            : [];
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
            expect(
                loaded.filter(name => builtins.has(name) || name.startsWith('node:')),
                bundle
            ).toEqual([]);
            expect(
                loaded.filter(name => name !== 'vscode'),
                bundle
            ).toEqual([]);
        }
    });

    test("the web extension loads with a browser's globals only (no process, Buffer or require but `vscode`) and exports activate", () => {
        // Any property of `vscode` is another stub: loading only reads the API, it calls nothing.
        // A function, not an arrow: the client's classes extend `vscode` classes when loaded.
        function stubTarget(): void {
            /* stub */
        }
        const stub: object = new Proxy(stubTarget, { get: (_target, key) => (key === 'then' ? undefined : stub) });
        const module = { exports: {} as Record<string, unknown> };
        const browserGlobals = {
            console,
            setTimeout,
            clearTimeout,
            setInterval,
            clearInterval,
            queueMicrotask,
            TextEncoder,
            TextDecoder,
            URL,
            crypto,
            navigator: { userAgent: 'test' }
        };
        const context = createContext({
            ...browserGlobals,
            module,
            exports: module.exports,
            require: (name: string) => {
                if (name === 'vscode') return stub;
                throw new Error(`the web extension required "${name}"`);
            }
        });
        runInContext(readFileSync(join(out, 'web/extension.js'), 'utf8'), context);
        expect(typeof module.exports.activate).toBe('function');
        expect(typeof module.exports.deactivate).toBe('function');
    });

    test('the check finds a Node built-in where there is one', () => {
        expect(loadedModules('const fs = require("fs"); x.require("util");')).toEqual(['fs']);
        expect(loadedModules('import { readFile } from "node:fs/promises";\nawait import("path"); t = ` from "x"`;')).toEqual(['node:fs/promises', 'path']);
    });
});
