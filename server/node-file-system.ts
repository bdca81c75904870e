import { open } from 'node:fs/promises';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { ByteRange, ByteRangeReader } from '../language/measure/byte-ranges.js';

/**
 * Node's file system for the language server, with reads of part of a file: the columns of
 * a source come from a CSV file's first line or a Parquet file's footer, and the file may
 * hold gigabytes (language/measure/byte-ranges.ts).
 */
export class NodeRangeFileSystemProvider extends NodeFileSystemProvider implements ByteRangeReader {
    async readBytes(uri: URI, range: ByteRange): Promise<Uint8Array> {
        const handle = await open(uri.fsPath, 'r');
        try {
            const size = (await handle.stat()).size;
            const start = 'last' in range ? Math.max(0, size - range.last) : Math.min(range.start, size);
            const length = Math.max(0, Math.min('last' in range ? range.last : range.length, size - start));
            const bytes = new Uint8Array(length);
            let read = 0;
            while (read < length) {
                const { bytesRead } = await handle.read(bytes, read, length - read, start + read);
                if (bytesRead === 0) break;
                read += bytesRead;
            }
            return bytes.subarray(0, read);
        } finally {
            await handle.close();
        }
    }
}

export const NodeRangeFileSystem = { fileSystemProvider: () => new NodeRangeFileSystemProvider() };
