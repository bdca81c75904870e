import type { DidChangeWatchedFilesParams } from 'vscode-languageserver';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { FileSystemWatcher } from 'vscode-languageserver';

/**
 * Watches plan files only, not the whole workspace (Langium's default is `**\/*`, which
 * would send every build artifact and `node_modules` change to the server). Catalog and
 * actuals files are watched too: when one changes, the plans that name it are rebuilt.
 */
export class CopDocumentUpdateHandler extends DefaultDocumentUpdateHandler {

    protected override getWatchers(): FileSystemWatcher[] {
        return [
            { globPattern: '**/*.cop' },
            { globPattern: '**/*.json' },
            { globPattern: '**/*.csv' }
        ];
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const plans = params.changes.filter(change => change.uri.endsWith('.cop'));
        const others = params.changes.filter(change => !change.uri.endsWith('.cop'));
        // Listeners (catalog and actuals loaders) see every change; only plans are documents.
        if (others.length > 0) this.onWatchedFilesChangeEmitter.fire({ changes: others });
        if (plans.length > 0) super.didChangeWatchedFiles({ changes: plans });
    }
}
