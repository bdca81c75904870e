import { relative, sep } from 'node:path';

/** A path as the user should read it: relative to the working folder, with `/` separators. */
export function displayPath(path: string): string {
    const shown = relative(process.cwd(), path) || path;
    return shown.split(sep).join('/');
}
