import type { WorkspaceManager } from 'langium';

/**
 * The workspace folder a document belongs to, as a URI prefix ending in `/`: plans see the
 * plans of their own folder only (in a multi-root workspace two folders may well both have a
 * plan called `Org`). With fewer than two folders every document shares one: '' (the CLI's
 * plans, loaded together, and a single-folder workspace).
 */
export function workspaceFolderOf(workspaceManager: WorkspaceManager, uri: string): string {
    const folders = (workspaceManager.workspaceFolders ?? []).map(folder => folder.uri.replace(/\/?$/, '/'));
    if (folders.length < 2) return '';
    return folders.find(prefix => uri.startsWith(prefix)) ?? '';
}
