import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { canOpenBrowser } from '../../cli/commands/playground.js';
import { launchChromium } from '../helpers/chromium.js';
import { cliPath, runCli } from '../helpers/cli.js';

const example = resolve(import.meta.dirname, '../../examples/learning-community.cop');
let child: ChildProcess | undefined;
afterEach(() => {
    child?.kill('SIGTERM');
    child = undefined;
});

/** Starts `cop playground ARGS` and waits for the address it prints. */
async function start(args: string[], env: Record<string, string> = {}): Promise<{ url: URL; process: ChildProcess }> {
    const started = spawn(process.execPath, [cliPath, 'playground', ...args], { env: { ...process.env, CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    let output = '';
    const url = await new Promise<URL>((resolvePromise, reject) => {
        started.stdout!.on('data', chunk => {
            output += chunk;
            const match = /The playground is at (\S+)/.exec(output);
            if (match) resolvePromise(new URL(match[1]!));
        });
        started.on('exit', code => reject(new Error(`cop playground exited (${code}): ${output}`)));
    });
    return { url, process: started };
}

/** A GET with the Host header given (fetch does not let one set it). */
function get(url: URL, path: string, host = url.host): Promise<{ status: number; type: string | undefined; body: string }> {
    return new Promise((resolvePromise, reject) => {
        request({ host: url.hostname, port: url.port, path, headers: { host } }, response => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', chunk => {
                body += chunk;
            });
            response.on('end', () => resolvePromise({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
        })
            .on('error', reject)
            .end();
    });
}

describe('cop playground', () => {
    test('serves the page on 127.0.0.1 with the plan in the address, and stops on SIGTERM', async () => {
        const { url, process: server } = await start([example]);
        expect(url.hostname).toBe('127.0.0.1');
        const params = new URLSearchParams(url.hash.slice(1));
        expect(params.get('file')).toBe('learning-community.cop');
        expect(inflateRawSync(Buffer.from(params.get('plan')!, 'base64url')).toString('utf8')).toBe(readFileSync(example, 'utf8'));

        const page = await get(url, '/');
        expect(page.status).toBe(200);
        expect(page.type).toMatch(/^text\/html/);
        expect(page.body).toContain('Content-Security-Policy');
        expect(page.body).toContain("script-src 'self'");
        expect((await get(url, '/playground.js')).type).toMatch(/^text\/javascript/);
        expect((await get(url, '/playground.css')).status).toBe(200);
        // Only the page's own files, and only to its own address.
        expect((await get(url, '/../package.json')).status).toBe(404);
        expect((await get(url, '/cli.js')).status).toBe(404);
        expect((await get(url, '/', 'evil.example:80')).status).toBe(403);

        const exit = new Promise<number | null>(resolvePromise => server.on('exit', code => resolvePromise(code)));
        server.kill('SIGTERM');
        expect(await exit).toBe(0);
    });

    test('the served page shows PLAN, checked and previewed, in a browser', async () => {
        const { url } = await start([example]);
        const browser = await launchChromium();
        try {
            const page = await browser.newPage();
            const errors: string[] = [];
            page.on('pageerror', error => errors.push(error.message));
            page.on('console', message => {
                if (/Refused to|Content Security Policy/.test(message.text())) errors.push(message.text());
            });
            await page.goto(url.href);
            await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
            const frame = () => page.frames().find(f => f !== page.mainFrame());
            await expect.poll(async () => (await frame()?.textContent('body')) ?? '', { timeout: 20_000 }).toContain('Value matrix');
            expect(await page.$eval('#example', select => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(
                'learning-community.cop (from the link)'
            );
            await expect.poll(() => page.textContent('#status'), { timeout: 20_000 }).not.toContain('Starting');
            expect(errors).toEqual([]);
        } finally {
            await browser.close();
        }
    });

    test('refuses a plan that cannot be read, one over the size limit, and a bad port, with one clear line', () => {
        const folder = mkdtempSync(join(tmpdir(), 'cop-playground-'));
        const missing = runCli(['playground', join(folder, 'nope.cop')]);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toMatch(/nope\.cop: no such file/);
        writeFileSync(join(folder, 'big.cop'), `plan Big "Big" { purpose "x" }\n${'// a long pasted log line\n'.repeat(30_000)}`);
        const big = runCli(['playground', join(folder, 'big.cop')]);
        expect(big.code).toBe(2);
        expect(big.stderr).toMatch(/big\.cop: This plan is \d+ KB; the playground takes plans up to 512 KB/);
        const port = runCli(['playground', '--port', '99999']);
        expect(port.code).toBe(2);
        expect(port.stderr).toContain('--port must be a number from 0 to 65535');
        expect(runCli(['playground', '--help']).stdout).toContain('Usage: cop playground');
    });

    test('opens a browser only outside CI and, on Linux, with a display', () => {
        expect(canOpenBrowser({ CI: 'true', DISPLAY: ':0' }, 'linux')).toBe(false);
        expect(canOpenBrowser({}, 'linux')).toBe(false);
        expect(canOpenBrowser({ DISPLAY: ':0' }, 'linux')).toBe(true);
        expect(canOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
        expect(canOpenBrowser({}, 'darwin')).toBe(true);
        expect(canOpenBrowser({ CI: '1' }, 'win32')).toBe(false);
    });
});
