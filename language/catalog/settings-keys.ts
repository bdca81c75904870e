// Kept free of imports: the VS Code client bundles this file too, and must not pull in Langium.

/** The settings section of the language (`cop.*` in VS Code); the client syncs it to the server. */
export const SETTINGS_SECTION = 'cop';
/** The key under the section that lists extra catalog files (`cop.catalogs`). */
export const CATALOGS_KEY = 'catalogs';
