import type { FileSystemProvider } from 'langium';
import { URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, FileSystemWatcher, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CopSharedServices } from '../cop-module.js';
import type { AnnouncedChanges } from '../workspace/announced-changes.js';
import { DocumentPhaseError } from '../workspace/document-phase-error.js';

/**
 * Watches plan files only, not the whole workspace (Langium's default is `**\/*`, which
 * would send every build artifact and `node_modules` change to the server). Catalog and
 * actuals files are watched too: when one changes, the plans that name it are rebuilt.
 */
export class CopDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;
    private readonly openDocuments: CopSharedServices['workspace']['TextDocuments'];
    private readonly announced: AnnouncedChanges;
    private readonly connection: CopSharedServices['lsp']['Connection'];

    constructor(services: CopSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.openDocuments = services.workspace.TextDocuments;
        this.announced = services.workspace.DocumentBuilder.announced;
        this.connection = services.lsp.Connection;
    }

    /**
     * Requests on these documents wait from now on for the update, not only once the
     * workspace lock runs it (announced-changes.ts).
     */
    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        const uris = [...changed, ...deleted];
        this.announced.announce(uris);
        // Langium's update, step for step, with its failure handled (updateFailed).
        this.workspaceManager.ready.then(
            () => this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token)).catch(error => this.updateFailed(uris, error)),
            // An update that never runs (the workspace failed to start) must not hold requests.
            error => this.updateFailed(uris, error)
        );
    }

    /**
     * Langium leaves a failed update's rejection unhandled, which ends Node's process: one
     * bug of cop on one plan took the editor's checks of every plan with it. The failure is
     * logged as an error to the editor's output (a bug to report, with the plan it was
     * building) and the server goes on; the next change builds the plan again.
     */
    private updateFailed(uris: readonly URI[], error: unknown): void {
        this.announced.started(uris);
        const message = error instanceof Error ? error.message : String(error);
        const where = error instanceof DocumentPhaseError ? error.uri : uris.map(uri => uri.toString()).join(', ');
        this.connection?.console.error(`cop could not update ${where}: ${message}`);
    }

    /**
     * A closed plan is read again from its file: Langium kept the editor's last text, so a
     * closed plan with unsaved changes (a new plan name, say) went on counting for the plans
     * that refer to it or share its name. A plan never saved is gone once closed. The check
     * of the disk is asynchronous: a plan opened again meanwhile is the editor's again, and
     * is left alone (removing it would leave its requests waiting for a document for ever).
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        void this.fileSystem.exists(uri).then(
            exists => {
                if (this.openDocuments.get(event.document.uri)) return;
                if (exists) this.fireDocumentUpdate([uri], []);
                else this.fireDocumentUpdate([], [uri]);
            },
            () => undefined
        );
    }

    protected override getWatchers(): FileSystemWatcher[] {
        return [{ globPattern: '**/*.cop' }, { globPattern: '**/*.json' }, { globPattern: '**/*.csv' }];
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const plans = params.changes.filter(change => change.uri.endsWith('.cop'));
        const others = params.changes.filter(change => !change.uri.endsWith('.cop'));
        // Listeners (catalog and actuals loaders) see every change; only plans are documents.
        if (others.length > 0) this.onWatchedFilesChangeEmitter.fire({ changes: others });
        if (plans.length > 0) super.didChangeWatchedFiles({ changes: plans });
    }
}
