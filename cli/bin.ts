// The `cop` command (out/cli.js, the package's `bin`): a small loader that runs the CLI
// bundle (out/cli-main.js, built from cli/main.ts) through a V8 code cache, so that a run
// does not spend its first 45 ms compiling JavaScript it compiled the time before.
import { join } from 'node:path';
import { runWithCodeCache } from './code-cache.js';
import { tuneTieringForShortRuns } from './tiering.js';

/** Commands get a cache each (they run different code); anything else shares one. */
const commands = new Set(['check', 'fmt', 'export', 'report', 'init', 'mcp']);
const name = process.argv[2] ?? '';

tuneTieringForShortRuns();
runWithCodeCache(join(__dirname, 'cli-main.js'), commands.has(name) ? name : 'other');
