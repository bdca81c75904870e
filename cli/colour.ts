import picocolors from 'picocolors';
import type { Colors } from 'picocolors/types.js';

/**
 * Colour exactly when stdout is a terminal, whatever `TERM`, `CI` or `FORCE_COLOR` say
 * (a CI log is not a terminal; a terminal with TERM=dumb still shows plain text fine),
 * unless `NO_COLOR` is set to a non-empty value (no-color.org) or `--no-color` is given;
 * `--color` forces it. Of `--color` and `--no-color`, the last one given wins.
 */
export function colourWanted(flag: 'color' | 'no-color' | undefined, stdoutIsTerminal: boolean, env: NodeJS.ProcessEnv): boolean {
    if (flag === 'color') return true;
    if (flag === 'no-color') return false;
    if (env.NO_COLOR) return false;
    return stdoutIsTerminal;
}

/** The last of `--color` / `--no-color` on the command line, if any. */
export function colourFlag(args: readonly string[]): 'color' | 'no-color' | undefined {
    let flag: 'color' | 'no-color' | undefined;
    for (const arg of args) {
        if (arg === '--') break;
        if (arg === '--color') flag = 'color';
        else if (arg === '--no-color') flag = 'no-color';
    }
    return flag;
}

export function colours(enabled: boolean): Colors {
    return picocolors.createColors(enabled);
}
