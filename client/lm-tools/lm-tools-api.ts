import type * as vscode from 'vscode';

/** What a language model tool gets when the assistant calls it (VS Code ≥ 1.95). */
export interface LmToolInvocation {
    readonly input: unknown;
}

export interface LmTool {
    invoke(options: LmToolInvocation, token: vscode.CancellationToken): Promise<unknown>;
    /** The message VS Code shows while the tool runs. */
    prepareInvocation?(options: LmToolInvocation): { invocationMessage: string };
}

/** The part of VS Code's language model API the tools use. */
export interface LmToolsApi {
    registerTool(name: string, tool: LmTool): vscode.Disposable;
    /** A tool result of one text part: `new LanguageModelToolResult([new LanguageModelTextPart(text)])`. */
    textResult(text: string): unknown;
}

/**
 * VS Code's `vscode.lm.registerTool` and the result classes, when this VS Code has them:
 * they came in 1.95, after the 1.91 this extension supports (and whose @types/vscode it
 * compiles against), so they are looked up at run time; an older VS Code gets no tools.
 */
export function lmToolsApiOf(module: object): LmToolsApi | undefined {
    if (!('lm' in module) || !('LanguageModelToolResult' in module) || !('LanguageModelTextPart' in module)) return undefined;
    const { lm, LanguageModelToolResult: ToolResult, LanguageModelTextPart: TextPart } = module;
    if (typeof lm !== 'object' || lm === null || !('registerTool' in lm)) return undefined;
    const register = lm.registerTool;
    if (typeof register !== 'function' || typeof ToolResult !== 'function' || typeof TextPart !== 'function') return undefined;
    return {
        registerTool: (name, tool) => Reflect.apply(register, lm, [name, tool]),
        textResult: text => Reflect.construct(ToolResult, [[Reflect.construct(TextPart, [text])]])
    };
}
