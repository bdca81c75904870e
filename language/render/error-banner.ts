import type { PlanDiagnostic } from '../diagnostics/plan-diagnostic.js';

/** How many errors a page lists at its top; `cop check` lists them all. */
export const BANNER_ERRORS_SHOWN = 5;

/**
 * What a page made from a plan with errors says first (html, md and the impact report
 * alike): a page of a broken plan may be incomplete or wrong, and a sponsor reading it must
 * know before anything else.
 */
export interface ErrorBanner {
    /** The plan's file as the reader knows it. */
    readonly file: string;
    readonly errors: number;
    /** The first errors, in source order. */
    readonly first: readonly { readonly line: number; readonly message: string }[];
}

export function errorBannerOf(file: string, diagnostics: readonly PlanDiagnostic[]): ErrorBanner | undefined {
    const errors = diagnostics.filter(d => d.severity === 'error');
    if (errors.length === 0) return undefined;
    return {
        file,
        errors: errors.length,
        first: errors.slice(0, BANNER_ERRORS_SHOWN).map(d => ({ line: d.line, message: d.message }))
    };
}

/** The banner's first sentence, in plain words. */
export function bannerHeadline(banner: ErrorBanner): string {
    const errors = `${banner.errors} error${banner.errors === 1 ? '' : 's'}`;
    return `This plan has ${errors}: what this page shows may be incomplete or wrong.`;
}

/** What follows the list when it does not show every error. */
export function bannerMore(banner: ErrorBanner): string | undefined {
    const more = banner.errors - banner.first.length;
    return more > 0 ? `…and ${more} more; \`cop check ${banner.file}\` lists them all.` : undefined;
}

/** The last segment of a document URI, decoded: the file name a banner shows by default. */
export function fileNameOfUri(uri: string): string {
    const last = uri.split(/[/\\]/).pop() ?? uri;
    try {
        return decodeURIComponent(last);
    } catch {
        return last;
    }
}
