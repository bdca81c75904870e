import { CliError } from './cli-error.js';
import { displayPath } from './display-path.js';
import { realPathOrSelf } from './plan-files.js';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * `-o FILE` must never name a file the command read (the plan, a plan linked with it, a
 * catalog): writing the page over it would lose what the user wrote. Paths are compared as
 * real paths, so `./plan.cop`, `../x/plan.cop` and a symbolic link to the plan are caught; an
 * output that does not exist yet is compared through its folder's real path.
 */
export function refuseOutputOntoInput(output: string, inputs: readonly string[], command: string): void {
    const target = realOutputPath(output);
    for (const input of inputs) {
        if (realPathOrSelf(input) === target) {
            throw new CliError(
                `cop ${command}: -o ${output} is ${displayPath(input)}, a file this command reads; nothing was written. Choose another output file.`
            );
        }
    }
}

function realOutputPath(output: string): string {
    const absolute = resolve(output);
    const real = realPathOrSelf(absolute);
    if (real !== absolute) return real;
    // A dangling symbolic link, or a file not there yet: its folder may still be a link.
    return join(realPathOrSelf(dirname(absolute)), basename(absolute));
}
