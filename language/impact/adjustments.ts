import type { Kpi, Share } from '../generated/ast.js';
import { isPercent, parseAmount } from './amounts.js';
import type { Interval } from './interval.js';

/**
 * The adjustments a gross figure needs before finance believes it (SROI practice, contract
 * Part 3): deadweight (what would have happened anyway), displacement (what was only moved
 * from elsewhere), attribution (what others caused). Net = gross × (1 − d)(1 − disp)(1 − attr).
 */
export const ADJUSTMENT_KINDS = ['deadweight', 'displacement', 'attribution'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** One share as fractions: its point value (a range's midpoint) and its ends. */
export interface ShareFigures {
    readonly point: number;
    readonly low: number;
    readonly high: number;
    readonly ranged: boolean;
}

/**
 * A ranged share of one kpi, as a driver of that kpi and of every kpi that names it: the
 * driver's name is `KPI.deadweight` (what the export's `assumption` field carries).
 */
export interface AdjustmentShare {
    readonly $type: 'AdjustmentShare';
    readonly kpi: Kpi;
    readonly kind: AdjustmentKind;
    readonly name: string;
    readonly figures: ShareFigures;
}

/** Why a share cannot be used, in plain words; undefined for a good one. */
export function shareProblem(kind: AdjustmentKind, share: Share): string | undefined {
    const low = parseAmount(share.low);
    const high = share.high === undefined ? undefined : parseAmount(share.high);
    // An unreadable number is `number-invalid` (reported elsewhere).
    if (low === undefined || (share.high !== undefined && high === undefined)) return undefined;
    const written = share.high === undefined ? share.low : `${share.low}..${share.high}`;
    if (!isPercent(share.low) || (share.high !== undefined && !isPercent(share.high))) {
        return `The ${kind} \`${written}\` is not a percentage. Write the share with a \`%\`, like \`${kind} 10%\` or \`${kind} 5%..15%\`.`;
    }
    for (const value of [low, high]) {
        if (value !== undefined && (value < 0 || value > 1)) {
            return `The ${kind} \`${written}\` lies outside 0%..100%: a share is at least 0% and at most 100% of the gross value. Write a share within those bounds.`;
        }
    }
    if (high !== undefined && low > high) {
        return `The ${kind} range \`${written}\` is reversed. Write the low end first: \`${kind} ${share.high}..${share.low}\`.`;
    }
    return undefined;
}

/**
 * A share's figures; undefined when it is not written or has a problem (reported as
 * `adjustment-out-of-range`): such a share counts as 0 % until it is corrected.
 */
export function shareFigures(kind: AdjustmentKind, share: Share | undefined): ShareFigures | undefined {
    if (!share || shareProblem(kind, share) !== undefined) return undefined;
    const low = parseAmount(share.low);
    if (low === undefined) return undefined;
    if (share.high === undefined) return { point: low, low, high: low, ranged: false };
    const high = parseAmount(share.high);
    if (high === undefined) return undefined;
    return { point: (low + high) / 2, low, high, ranged: low !== high };
}

/** The kpi's three shares (undefined where not written or not usable). */
export type KpiShares = Readonly<Record<AdjustmentKind, ShareFigures | undefined>>;

export function kpiShares(kpi: Kpi): KpiShares {
    return {
        deadweight: shareFigures('deadweight', kpi.deadweight),
        displacement: shareFigures('displacement', kpi.displacement),
        attribution: shareFigures('attribution', kpi.attribution)
    };
}

/** Whether a kpi writes any of the three adjustments (usable or not). */
export function statesAdjustment(kpi: Kpi): boolean {
    return !!(kpi.deadweight || kpi.displacement || kpi.attribution);
}

/** (1 − d)(1 − disp)(1 − attr) at each share's point value, or at `pinned` for one of them. */
export function netFactor(shares: KpiShares, pinned?: { kind: AdjustmentKind; at: number }): number {
    let factor = 1;
    for (const kind of ADJUSTMENT_KINDS) {
        const share = pinned?.kind === kind ? pinned.at : (shares[kind]?.point ?? 0);
        factor *= 1 - share;
    }
    return factor;
}

/** The factor's interval with every ranged share anywhere in its range. */
export function netFactorInterval(shares: KpiShares): Interval {
    let low = 1;
    let high = 1;
    for (const kind of ADJUSTMENT_KINDS) {
        const share = shares[kind];
        if (!share) continue;
        // Each factor lies in 0..1, so the product's ends are the products of the ends.
        low *= 1 - share.high;
        high *= 1 - share.low;
    }
    return { low, high };
}
