// Runs the steps of `npm test` that do not depend on each other at the same time (the
// bundles, the typecheck, the linter, the formatter's check): on two idle cores that takes
// about as long as the slowest, not the sum. The arguments are names of package.json
// scripts, run as npm runs them (through a shell, node_modules/.bin on the PATH npm gives
// this script) but without starting npm for each. Each one's output is printed whole when
// it ends, under its name; the exit code is 1 when any failed.
//   node scripts/run-parallel.mjs bundle typecheck lint format:check
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const commands = process.argv.slice(2).map(name => {
    if (!scripts[name]) {
        console.error(`run-parallel: package.json has no script "${name}"`);
        process.exit(2);
    }
    return scripts[name];
});
const started = Date.now();
const results = await Promise.all(
    commands.map(
        command =>
            new Promise(resolve => {
                const began = Date.now();
                // Through a shell, as npm runs scripts (node_modules/.bin is on npm's PATH).
                const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
                let output = '';
                child.stdout.on('data', chunk => {
                    output += chunk;
                });
                child.stderr.on('data', chunk => {
                    output += chunk;
                });
                child.on('error', error => resolve({ command, code: 1, output: `${output}${error.message}\n`, ms: Date.now() - began }));
                child.on('close', code => resolve({ command, code: code ?? 1, output, ms: Date.now() - began }));
            })
    )
);
for (const { command, code, output, ms } of results) {
    console.log(`> ${command} (${(ms / 1000).toFixed(1)} s${code === 0 ? '' : `, exit ${code}`})`);
    if (output.trim()) console.log(output.trimEnd());
}
console.log(`${commands.length} commands in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = results.some(result => result.code !== 0) ? 1 : 0;
