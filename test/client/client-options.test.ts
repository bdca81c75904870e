import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copClientOptions } from '../../client/client-options.js';
import { CATALOGS_KEY, SETTINGS_SECTION } from '../../language/catalog/settings-keys.js';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'));

describe('the cop.catalogs setting from manifest to server', () => {
    test('the manifest declares the key the server reads, as a list of paths', () => {
        const setting = manifest.contributes.configuration.properties[`${SETTINGS_SECTION}.${CATALOGS_KEY}`];
        expect(setting).toMatchObject({ type: 'array', items: { type: 'string' }, default: [] });
        expect(setting.markdownDescription).toContain('every plan of this workspace');
    });

    test('the client syncs the section the server reads, so a change reaches it', () => {
        const options = copClientOptions();
        expect(options.synchronize?.configurationSection).toBe(SETTINGS_SECTION);
        expect(options.documentSelector).toContainEqual({ scheme: 'file', language: 'cop' });
    });
});
