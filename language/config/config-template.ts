/**
 * The `cop.config.json` that `cop init` writes beside a new plan when no config applies yet:
 * nothing changed, both keys there to fill. JSON has no comments, so what the keys mean is
 * said by `cop init` and docs/config.md (the editor also completes and checks the file from
 * schemas/config.schema.json). The built-in catalog is always used: `catalogs` only adds.
 */
export function initialConfigText(): string {
    return JSON.stringify({ catalogs: [], rules: {} }, null, 2) + '\n';
}
