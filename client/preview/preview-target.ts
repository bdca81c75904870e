/** The plan a preview command is about: the file it was invoked on, else the active editor's plan. */
export function previewTarget(
    argument: { toString(): string; path?: string } | undefined,
    active: { uri: string; languageId: string } | undefined
): { uri: string } | { problem: string } {
    if (argument && typeof argument.path === 'string') {
        return argument.path.endsWith('.cop') ? { uri: argument.toString() } : { problem: 'The Value Matrix preview is for .cop plan files.' };
    }
    if (active && (active.languageId === 'cop' || active.uri.endsWith('.cop'))) return { uri: active.uri };
    return { problem: 'Open a .cop plan in the editor first, then run the preview command.' };
}
