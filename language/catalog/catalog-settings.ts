import type { ConfigurationProvider, LangiumDocument, LangiumSharedCoreServices, WorkspaceManager } from 'langium';
import { URI, UriUtils } from 'langium';
import { isAbsolutePath } from '../config/plan-config.js';
import type { PlanResources } from '../workspace/plan-resources.js';
import { CATALOGS_KEY, SETTINGS_SECTION } from './settings-keys.js';

/**
 * A catalog file for every plan, named by the settings or by a `cop.config.json`, for one
 * plan: the path as written and where it leads; `config` is the config file's path as the
 * plan's messages show it, for a catalog of the config.
 */
export type SettingsCatalog =
    | { readonly path: string; readonly uri: URI; readonly problem?: undefined; readonly config?: string }
    | { readonly path: string; readonly uri?: undefined; readonly problem: string; readonly config?: undefined };

/**
 * The catalogs every plan draws on besides the built-in one and its own `catalog` lines:
 * the `cop.catalogs` setting of the editor (fetched and kept up to date by Langium's
 * ConfigurationProvider) or `--catalog` of the CLI (which sets the same value). Relative
 * paths are resolved against the workspace folder that holds the plan (the CLI gives its
 * working folder instead). When the list changes, every plan is built again, so its
 * diagnostics and completion follow the setting.
 */
export class CatalogSettings {
    private readonly configuration: ConfigurationProvider;
    private readonly workspaceManager: WorkspaceManager;
    private defaultFolder: URI | undefined;
    /** The list plans were built with, to rebuild only when it really changes (clients send it twice at start). */
    private seen: string | undefined;

    constructor(
        private readonly shared: LangiumSharedCoreServices,
        private readonly resources: PlanResources
    ) {
        this.configuration = shared.workspace.ConfigurationProvider;
        this.workspaceManager = shared.workspace.WorkspaceManager;
        this.configuration.onConfigurationSectionUpdate(update => {
            if (update.section !== SETTINGS_SECTION) return;
            const next = JSON.stringify(toPaths((update.configuration as Record<string, unknown> | undefined)?.[CATALOGS_KEY]));
            const previous = this.seen;
            this.seen = next;
            // Nothing built has read the setting yet (the client sends it right at start, while
            // the first build runs): the plans will read the new value, no second build needed.
            if (previous === undefined || previous === next) return;
            void this.rebuildAll();
        });
    }

    /** The folder relative paths start from when no workspace folder is open (the CLI's working folder). */
    useFolder(folder: URI): void {
        this.defaultFolder = folder;
    }

    /** The paths of the setting, as written (entries that are not strings or are blank are ignored). */
    async paths(): Promise<string[]> {
        const paths = toPaths(await this.configuration.getConfiguration(SETTINGS_SECTION, CATALOGS_KEY));
        this.seen ??= JSON.stringify(paths);
        return paths;
    }

    /** The setting's catalogs for this plan, resolved. */
    async catalogsFor(document: LangiumDocument): Promise<SettingsCatalog[]> {
        const paths = await this.paths();
        if (paths.length === 0) return [];
        const folder = this.folderOf(document.uri);
        return paths.map(path => {
            if (isAbsolutePath(path)) return { path, uri: URI.file(path) };
            if (!folder)
                return { path, problem: 'a relative path needs a workspace folder to start from; open the folder of your plans, or give an absolute path' };
            return { path, uri: UriUtils.resolvePath(folder, path) };
        });
    }

    /** The workspace folder holding the plan (the innermost), else the first one, else the CLI's folder. */
    private folderOf(plan: URI): URI | undefined {
        const folders = (this.workspaceManager.workspaceFolders ?? []).map(folder => URI.parse(folder.uri));
        const planText = plan.toString();
        const holding = folders
            .filter(folder => planText.startsWith(folder.toString().replace(/\/?$/, '/')))
            .sort((a, b) => b.toString().length - a.toString().length);
        return holding[0] ?? folders[0] ?? this.defaultFolder;
    }

    /**
     * Builds every plan again, under the workspace lock like Langium's own updates. Files are
     * read afresh: a catalog outside the workspace folders is not watched, so changing the
     * setting is also how its edits are picked up.
     */
    private async rebuildAll(): Promise<void> {
        this.resources.forgetAll();
        const workspace = this.shared.workspace;
        const plans = workspace.LangiumDocuments.all.map(document => document.uri).toArray();
        if (plans.length === 0) return;
        await workspace.WorkspaceLock.write(token => workspace.DocumentBuilder.update(plans, [], token));
    }
}

function toPaths(value: unknown): string[] {
    if (!Array.isArray(value)) return [];
    return value.filter((path): path is string => typeof path === 'string' && path.trim() !== '').map(path => path.trim());
}
