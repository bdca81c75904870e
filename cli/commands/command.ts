import type { CopCoreServices } from '../../language/cop-core-module.js';

/** What a command may use: where to print, the terminal, the environment, and the tool's version. */
export interface CommandContext {
    readonly version: string;
    out(text: string): void;
    err(text: string): void;
    /** Whether stdout is a terminal (colour is on exactly then, see colour.ts). */
    readonly stdoutIsTerminal: boolean;
    readonly env: NodeJS.ProcessEnv;
    /** All of standard input, as text (`cop check --stdin`). */
    readStdin(): Promise<Buffer>;
    /** Where the language services come from; by default Node's (a test may add a failing check). */
    readonly createServices?: () => CopCoreServices;
}

export type Command = (args: string[], context: CommandContext) => Promise<number>;
