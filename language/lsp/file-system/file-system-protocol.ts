/**
 * Requests the language server sends its client when it cannot read files itself (in a
 * browser worker: vscode.dev, github.dev, the playground). The client answers from its own
 * file system (`vscode.workspace.fs`, or the playground's bundled examples). URIs are strings.
 */
export const READ_FILE_REQUEST = 'cop/fs/readFile';
export const STAT_REQUEST = 'cop/fs/stat';
export const READ_DIRECTORY_REQUEST = 'cop/fs/readDirectory';

export interface FileUriParams {
    readonly uri: string;
}

/** The file's text, or that there is no such file, or why it cannot be read. */
export type ReadFileResult =
    | { readonly text: string; readonly missing?: undefined; readonly error?: undefined }
    | { readonly missing: true; readonly text?: undefined; readonly error?: undefined }
    | { readonly error: string; readonly text?: undefined; readonly missing?: undefined };

export interface FileStat {
    readonly uri: string;
    readonly isFile: boolean;
    readonly isDirectory: boolean;
}

/** `null`: no such file or folder. */
export type StatResult = FileStat | null;

export type ReadDirectoryResult = readonly FileStat[];
