import type { Diagnostic } from 'vscode-languageserver-protocol';

/** The status line under the toolbar: how many problems of each kind, in words. */
export function problemSummary(diagnostics: readonly Diagnostic[]): string {
    if (diagnostics.length === 0) return 'No problems: the plan checks clean.';
    const count = (severity: number) => diagnostics.filter(d => (d.severity ?? 1) === severity).length;
    const parts = [
        [count(1), 'error'],
        [count(2), 'warning'],
        [count(3) + count(4), 'hint']
    ] as const;
    return (
        parts
            .filter(([n]) => n > 0)
            .map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`)
            .join(', ') + '. Hover a squiggle for what to write; the light bulb offers a fix where there is one.'
    );
}
