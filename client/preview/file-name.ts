/** The last path segment of a URI, decoded: what a tab title shows before the plan's title is known. */
export function fileName(uri: string): string {
    const last = uri.slice(uri.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(last);
    } catch {
        return last;
    }
}
