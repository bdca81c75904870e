import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { SourceSpec } from '../../language/measure/measure-plan.js';

/** One file of a source, as the lineage records it. */
export interface SourceFile {
    /** Absolute path, as DuckDB reads it. */
    readonly path: string;
    /** The path relative to the plan's folder, as the lineage and messages show it. */
    readonly shown: string;
    readonly sha256: string;
}

export type Reader = 'csv' | 'json' | 'parquet';

export interface ResolvedSource {
    readonly spec: SourceSpec;
    readonly files: readonly SourceFile[];
    readonly reader: Reader;
}

/** The files a source's `file` glob names, relative to the plan; a problem in plain words otherwise. */
export function resolveSource(planPath: string, spec: SourceSpec): ResolvedSource | string {
    const folder = dirname(resolve(planPath));
    const pattern = spec.file;
    const paths = isAbsolute(pattern)
        ? globSync([pattern], { absolute: true, onlyFiles: true, expandDirectories: false })
        : globSync([pattern], { cwd: folder, absolute: true, onlyFiles: true, expandDirectories: false });
    paths.sort();
    if (paths.length === 0) return `\`file "${pattern}"\` matches no file (relative to ${folder})`;
    const readers = new Set(paths.map(readerOf));
    if (readers.has(undefined)) {
        const odd = paths.find(path => readerOf(path) === undefined)!;
        return `${relative(folder, odd)} is neither CSV (.csv), JSON lines (.jsonl, .ndjson) nor Parquet (.parquet)`;
    }
    if (readers.size > 1) return `\`file "${pattern}"\` matches files of different kinds (${[...readers].join(', ')}): one source reads one kind`;
    const files: SourceFile[] = [];
    for (const path of paths) {
        let bytes: Buffer;
        try {
            bytes = readFileSync(path);
        } catch (error) {
            return `${relative(folder, path)} cannot be read (${(error as Error).message})`;
        }
        files.push({ path, shown: relative(folder, path).split('\\').join('/'), sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    return { spec, files, reader: [...readers][0]! };
}

function readerOf(path: string): Reader | undefined {
    const lower = path.toLowerCase();
    if (lower.endsWith('.csv')) return 'csv';
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) return 'json';
    if (lower.endsWith('.parquet')) return 'parquet';
    return undefined;
}
