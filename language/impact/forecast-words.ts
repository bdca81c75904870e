import { formatNumber } from './amounts.js';
import { formatPlanDate } from './dates.js';
import type { Forecast } from './forecast.js';

/** A forecast in a hover: `Forecast **698** by 2027-06 (trend of the actuals), short of the target by 302`. */
export function forecastSentence(forecast: Forecast, percent = false): string {
    const where = `Forecast **${formatNumber(forecast.projected, percent)}** by ${formatPlanDate(forecast.by)} (least-squares trend)`;
    return forecast.shortfall > 0 ? `${where}, short of the target by ${formatNumber(forecast.shortfall, percent)}` : `${where}, reaching the target`;
}

/** A forecast in an inlay hint, kept short: `forecast 698, short 302`. */
export function forecastHint(forecast: Forecast, percent = false): string {
    const projected = `forecast ${formatNumber(forecast.projected, percent)}`;
    return forecast.shortfall > 0 ? `${projected}, short ${formatNumber(forecast.shortfall, percent)}` : projected;
}
