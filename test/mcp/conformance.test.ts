import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HttpServer } from './mcp-http.js';
import { startHttp } from './mcp-http.js';

const repo = resolve(import.meta.dirname, '../..');

/**
 * The official MCP conformance suite (@modelcontextprotocol/conformance) against
 * `cop mcp --http`, for the scenarios that apply to any server. The suite needs Node 22 or
 * later; scripts/mcp-conformance-setup.sh installs Node 24 and the suite from npm into
 * ~/.cache/cop-e2e (once). Without them (no registry), the test is skipped, saying why.
 */
const setup = spawnSync('bash', [resolve(repo, 'scripts/mcp-conformance-setup.sh')], { encoding: 'utf8', timeout: 300_000 });
const [node, suite] = setup.status === 0 ? setup.stdout.trim().split('\n') : [];
const skipReason =
    setup.status === 0
        ? ''
        : ` (skipped: Node 24 or the conformance suite could not be installed from npm: ${(setup.stderr || setup.error?.message || '').trim().split('\n').pop()})`;

const scenarios = ['server-initialize', 'ping', 'tools-list', 'resources-list', 'prompts-list', 'dns-rebinding-protection'];

let server: HttpServer;
beforeAll(async () => {
    if (!skipReason) server = await startHttp(repo);
}, 60_000);
afterAll(() => server?.stop());

describe(`the MCP conformance suite against cop mcp --http${skipReason}`, () => {
    test.skipIf(skipReason !== '').each(scenarios)(
        '%s passes',
        scenario => {
            const run = spawnSync(node, [suite, 'server', '--url', server.url, '--scenario', scenario], {
                encoding: 'utf8',
                timeout: 120_000,
                env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
            });
            const output = `${run.stdout}\n${run.stderr}`;
            const summary = /Passed: (\d+)\/(\d+), (\d+) failed/.exec(output);
            expect(summary, output).not.toBeNull();
            expect(summary?.[3], output).toBe('0');
            expect(Number(summary?.[1]), output).toBeGreaterThan(0);
            expect(summary?.[1], output).toBe(summary?.[2]);
            expect(run.status, output).toBe(0);
        },
        180_000
    );
});
