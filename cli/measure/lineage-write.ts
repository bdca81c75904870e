import { existsSync, readFileSync } from 'node:fs';
import { exportNumber } from '../../language/impact/amounts.js';
import type { Lineage, LineageFigure, LineageMeasure } from '../../language/measure/lineage.js';
import { parseLineage } from '../../language/measure/lineage.js';
import type { MeasureRun } from './duckdb-engine.js';

/**
 * The lineage file's new text: this run's measures replace their earlier entries (others
 * stay); a figure whose value did not change keeps the time of the run that last changed
 * it, so a second run over the same data writes the same bytes.
 */
export function nextLineage(path: string, actuals: string, duckdb: string, runs: readonly MeasureRun[], now: string): { text: string; before?: string } {
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const previous = before === undefined ? undefined : parseLineage(before);
    const measures = new Map<string, LineageMeasure>((previous?.measures ?? []).map(measure => [measure.name, measure]));
    for (const run of runs) {
        const earlier = new Map((measures.get(run.measure.name)?.figures ?? []).map(figure => [figure.period, figure]));
        const figures: LineageFigure[] = run.figures.map(figure => {
            const value = exportNumber(figure.value) ?? 0;
            const old = earlier.get(figure.period);
            return { period: figure.period, value, rows: figure.rows, excluded: figure.excluded, changed: old && old.value === value ? old.changed : now };
        });
        measures.set(run.measure.name, {
            name: run.measure.name,
            form: run.measure.kind.form,
            source: run.measure.source?.name ?? null,
            prepare: run.prepare,
            query: run.query,
            parameters: run.parameters,
            files: run.sources.flatMap(source =>
                source.files.map(file => ({ file: file.shown, sha256: file.sha256, rows: run.rowsPerFile.get(file.path) ?? 0 }))
            ),
            figures
        });
    }
    const lineage: Lineage = { actuals, duckdb, measures: [...measures.values()] };
    return { text: JSON.stringify(lineage, null, 2) + '\n', before };
}
