/** What a command may use: where to print, and the tool's version. */
export interface CommandContext {
    readonly version: string;
    out(text: string): void;
    err(text: string): void;
}

export type Command = (args: string[], context: CommandContext) => Promise<number>;
