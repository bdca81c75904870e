/**
 * What a command that needs Node (the `cop` CLI, DuckDB, git, local processes) says when it
 * is run in VS Code for the Web, instead of failing with "command not found".
 */
export function nodeOnlyMessage(title: string): string {
    return (
        `"${title}" needs the desktop VS Code (it runs the cop command line, which a browser cannot run). ` +
        'Checks, completion, hover, quick fixes and the preview work here; to run the command, open this folder in VS Code on your computer or run `cop` in a terminal.'
    );
}
