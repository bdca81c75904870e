import type { CopServices } from '../../cop-module.js';
import type { CompletionContribution } from './completion-contribution.js';
import { CycleCompletion } from './cycle-completion.js';
import { IndicatorTitleCompletion } from './indicator-title-completion.js';
import { SnippetSupport } from './snippet-support.js';
import { UnitCadenceCompletion } from './unit-cadence-completion.js';
import { ValueTitleCompletion } from './value-title-completion.js';
import { ColumnCompletion } from './column-completion.js';

/** Every completion contribution, asked in this order before stock completion. */
export function createCompletionContributions(services: CopServices): CompletionContribution[] {
    const catalogs = services.catalog.Catalogs;
    return [
        new IndicatorTitleCompletion(catalogs, new SnippetSupport(services.shared)),
        new ValueTitleCompletion(catalogs),
        new CycleCompletion(catalogs),
        new UnitCadenceCompletion(catalogs),
        new ColumnCompletion(services.measure.SourceColumns)
    ];
}
