import type { z } from 'zod';
import { diagnosticRules } from '../diagnostics/codes.js';
import { readJson } from '../catalog/json-error-position.js';
import { editDistance } from '../catalog/title-matching.js';
import type { CopConfig } from './config-schema.js';
import { configKeys, configSchema, ruleLevels } from './config-schema.js';

export type ConfigParseResult = { readonly ok: true; readonly config: CopConfig } | { readonly ok: false; readonly problems: string[] };

const codes = Object.keys(diagnosticRules);

/**
 * Parses the text of a `cop.config.json`. Each problem names the key that is wrong (or the
 * line and column of a JSON syntax error) and what to write instead, with the nearest code,
 * key or severity when the one written looks like a typo.
 */
export function parseConfig(raw: string): ConfigParseResult {
    const read = readJson(raw, 'write `{}` for a config that changes nothing');
    if (!read.ok) return { ok: false, problems: [read.problem] };
    const json = read.json;
    const result = configSchema.safeParse(json);
    if (!result.success) {
        // Top-level problems first (an unknown key often explains the rest), then in file order.
        const issues = [...result.error.issues].sort((a, b) => a.path.length - b.path.length);
        return { ok: false, problems: issues.flatMap(issue => issueProblems(json, issue)) };
    }
    return {
        ok: true,
        config: {
            catalogs: result.data.catalogs ?? [],
            rules: result.data.rules ?? {}
        }
    };
}

function issueProblems(json: unknown, issue: z.core.$ZodIssue): string[] {
    const [top, second] = issue.path;
    if (issue.code === 'unrecognized_keys') {
        if (top === 'rules') {
            return issue.keys.map(
                key =>
                    `key \`rules.${key}\`: "${key}" is not a diagnostic code${suggest(key, codes)} (the codes and their default severities are listed in docs/config.md)`
            );
        }
        return issue.keys.map(
            key => `key \`${key}\`: not a key of the config${suggest(key, configKeys)} (the keys are ${configKeys.map(name => `"${name}"`).join(', ')})`
        );
    }
    if (top === undefined) return ['the file must hold a JSON object, like `{ "catalogs": [], "rules": {} }`'];
    if (top === 'catalogs') {
        if (typeof second === 'number') {
            const which = `key \`catalogs\`, entry ${second + 1},`;
            return [issue.code === 'too_small' ? `${which} is empty; write a file path` : `${which} is not a file path (a string in quotes)`];
        }
        return ['key `catalogs`: must be a list of file paths, like `["catalogs/team.json"]`'];
    }
    if (top === 'rules') {
        if (typeof second === 'string') {
            const written = isObject(json) && isObject(json.rules) ? json.rules[second] : undefined;
            return [
                `key \`rules.${second}\`: ${JSON.stringify(written)} is not a severity${typeof written === 'string' ? suggest(written, ruleLevels) : ''} (use one of ${ruleLevels.map(level => `"${level}"`).join(', ')})`
            ];
        }
        return ['key `rules`: must be an object from code to severity, like `{ "unmeasured": "off" }`'];
    }
    if (top === '$schema') return ['key `$schema`: must be a string, the path or address of the schema'];
    return [`key \`${issue.path.map(String).join('.')}\`: ${issue.message}`];
}

/** "; did you mean `unmeasured`?" when one candidate is a typo away, else nothing. */
function suggest(written: string, candidates: readonly string[]): string {
    const lower = written.toLowerCase();
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(2, Math.floor(written.length / 3));
    // A prefix counts too: "warn" for "warning", "info" for "information".
    const prefix = candidates.find(candidate => lower.length >= 3 && candidate.startsWith(lower));
    const near = bestDistance <= allowed ? best : prefix;
    return near ? `; did you mean "${near}"?` : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
