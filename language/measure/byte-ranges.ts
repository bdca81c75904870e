import type { FileSystemProvider, URI } from 'langium';

/**
 * Part of a file, for what must never read a whole one: a CSV header or a Parquet footer
 * of a file that may hold gigabytes. Langium's file system reads whole files only, so a
 * shell adds this to its own: the language server's Node file system reads the range
 * (server/node-file-system.ts); the browser worker's answers `undefined`, not available.
 */
export type ByteRange = { readonly start: number; readonly length: number } | { readonly last: number };

export interface ByteRangeReader {
    /** The bytes of the range (fewer where the file is shorter); undefined where ranges cannot be read. */
    readBytes(uri: URI, range: ByteRange): Promise<Uint8Array | undefined>;
}

/** Whether a file system can read parts of files. */
export function readsByteRanges(fileSystem: FileSystemProvider): fileSystem is FileSystemProvider & ByteRangeReader {
    return 'readBytes' in fileSystem && typeof fileSystem.readBytes === 'function';
}
