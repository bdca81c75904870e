import type { FileSystemProvider, LangiumDocument, URI } from 'langium';
import { UriUtils, WorkspaceCache } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { Source } from '../generated/ast.js';
import { readsByteRanges } from './byte-ranges.js';
import { isParquetMagic, parquetColumns, parquetFooterLength } from './parquet-schema.js';

/** A header line is looked for in this much of a file's start. */
const HEAD_BYTES = 65_536;

/**
 * The columns of a source, read from the header of its first file (CSV: the first line;
 * JSON lines: the keys of the first object; Parquet: the schema in its footer), for
 * completion. Read through Langium's file system, once per source and file until the
 * workspace changes, and only the part that holds the header where the file system reads
 * parts (byte-ranges.ts): the first 64 KiB, or a Parquet file's last bytes. Without ranges
 * (a browser worker) a CSV or JSON file is read whole and a Parquet file not at all.
 */
export class SourceColumns {
    private readonly fileSystem: FileSystemProvider;
    private readonly cache: WorkspaceCache<string, Promise<string[]>>;

    constructor(services: CopCoreServices) {
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.cache = new WorkspaceCache(services.shared);
    }

    columnsOf(document: LangiumDocument, source: Source): Promise<string[]> {
        const pattern = source.file;
        if (!pattern) return Promise.resolve([]);
        return this.cache.get(`${document.uri.toString()}|${pattern}`, () => this.read(document, pattern).catch(() => []));
    }

    private async read(document: LangiumDocument, pattern: string): Promise<string[]> {
        const slash = pattern.lastIndexOf('/');
        const folder = slash < 0 ? '.' : pattern.slice(0, slash);
        const name = pattern.slice(slash + 1);
        if (/[*?[]/.test(folder)) return [];
        const directory = UriUtils.resolvePath(UriUtils.dirname(document.uri), folder);
        const matcher = new RegExp(
            `^${name
                .replace(/[.+^${}()|\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]')}$`
        );
        const entries = await this.fileSystem.readDirectory(directory);
        const first = entries
            .filter(entry => entry.isFile && matcher.test(UriUtils.basename(entry.uri)))
            .map(entry => entry.uri)
            .sort((a, b) => a.path.localeCompare(b.path))[0];
        if (!first) return [];
        if (/\.parquet$/i.test(first.path)) return this.parquetColumns(first);
        const text = await this.head(first);
        const line = text.slice(0, Math.min(text.length, HEAD_BYTES)).split(/\r?\n/)[0] ?? '';
        if (/\.(jsonl|ndjson|json)$/i.test(first.path)) {
            const row = JSON.parse(line) as unknown;
            return row && typeof row === 'object' ? Object.keys(row) : [];
        }
        if (/\.csv$/i.test(first.path)) return csvHeader(line.replace(/^\uFEFF/, ''));
        return [];
    }

    /** The start of a text file: 64 KiB of it where ranges can be read, else all of it. */
    private async head(file: URI): Promise<string> {
        const bytes = readsByteRanges(this.fileSystem) ? await this.fileSystem.readBytes(file, { start: 0, length: HEAD_BYTES }) : undefined;
        return bytes ? new TextDecoder().decode(bytes) : this.fileSystem.readFile(file);
    }

    /** The columns in a Parquet file's footer: three small reads (start, end, footer); none if it is not Parquet. */
    private async parquetColumns(file: URI): Promise<string[]> {
        const fileSystem = this.fileSystem;
        if (!readsByteRanges(fileSystem)) return [];
        const start = await fileSystem.readBytes(file, { start: 0, length: 4 });
        const length = parquetFooterLength((await fileSystem.readBytes(file, { last: 8 })) ?? new Uint8Array());
        if (!start || !isParquetMagic(start) || length === undefined) return [];
        // The footer with the 4 bytes before it: a file shorter than that (its leading magic,
        // the footer, length and magic) is damaged.
        const tail = await fileSystem.readBytes(file, { last: length + 12 });
        if (!tail || tail.length !== length + 12) return [];
        return parquetColumns(tail.subarray(4, 4 + length)) ?? [];
    }
}

/** The cells of a CSV header line, with `"…"` quoting and `""` inside quotes. */
export function csvHeader(line: string): string[] {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                cell += '"';
                i++;
            } else if (c === '"') quoted = false;
            else cell += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') {
            cells.push(cell.trim());
            cell = '';
        } else cell += c;
    }
    cells.push(cell.trim());
    return cells.filter(name => name !== '');
}
