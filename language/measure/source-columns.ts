import type { FileSystemProvider, LangiumDocument } from 'langium';
import { UriUtils, WorkspaceCache } from 'langium';
import type { CopCoreServices } from '../cop-core-module.js';
import type { Source } from '../generated/ast.js';

/**
 * The columns of a source, read from the header of its first file (CSV: the first line;
 * JSON lines: the keys of the first object), for completion. Read through Langium's file
 * system (Node's in the server; a browser worker has none, and gets no columns), once per
 * source and file until the workspace changes. Parquet headers are binary: not read here.
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
        const text = await this.fileSystem.readFile(first);
        const line = text.slice(0, Math.min(text.length, 65_536)).split(/\r?\n/)[0] ?? '';
        if (/\.(jsonl|ndjson|json)$/i.test(first.path)) {
            const row = JSON.parse(line) as unknown;
            return row && typeof row === 'object' ? Object.keys(row) : [];
        }
        if (/\.csv$/i.test(first.path)) return csvHeader(line.replace(/^\uFEFF/, ''));
        return [];
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
