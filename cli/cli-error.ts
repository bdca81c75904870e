/** A problem with how cop was called or with a file it was given: exit code 2, one line. */
export class CliError extends Error {
    constructor(
        message: string,
        readonly exitCode = 2
    ) {
        super(message);
    }
}

/** Node's file errors in plain words, naming the path. */
export function describeFileError(path: string, error: unknown): CliError {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason =
        code === 'ENOENT'
            ? 'no such file or folder'
            : code === 'EACCES' || code === 'EPERM'
              ? 'permission denied'
              : code === 'EISDIR'
                ? 'is a folder, not a file'
                : code === 'ELOOP'
                  ? 'too many levels of symbolic links'
                  : code === 'ENOTDIR'
                    ? 'a part of the path is not a folder'
                    : ((error as Error | undefined)?.message ?? String(error));
    return new CliError(`${path}: ${reason}`);
}
