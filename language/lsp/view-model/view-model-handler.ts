import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { CopServices } from '../../cop-module.js';
import type { PlanFile } from '../../generated/ast.js';
import { buildViewModel } from '../../view-model/build-view-model.js';
import { withImpact } from '../../impact/impact-view-model.js';
import type { ViewModelChangedParams, ViewModelParams, ViewModelResult } from './view-model-protocol.js';
import { VIEW_MODEL_CHANGED_NOTIFICATION, VIEW_MODEL_DEBOUNCE_MS, VIEW_MODEL_REQUEST } from './view-model-protocol.js';

/**
 * Serves `cop/viewModel` and sends `cop/viewModelChanged` for the plans a client has asked
 * about, once they are validated again: every validated document marks its URI, and one
 * notification per URI goes out when validations have paused for the debounce time.
 */
export class ViewModelHandler {
    /** Plans some preview has asked for: only these are worth a notification. */
    private readonly watched = new Set<string>();
    private readonly pending = new Set<string>();
    private timer: ReturnType<typeof setTimeout> | undefined;

    private readonly shared: LangiumSharedServices;

    /** `cop`: the one language the server serves, so no look-up (and no cast) per request. */
    constructor(
        private readonly cop: CopServices,
        private readonly connection: Connection,
        private readonly debounceMs = VIEW_MODEL_DEBOUNCE_MS
    ) {
        this.shared = cop.shared;
    }

    register(): void {
        this.connection.onRequest(VIEW_MODEL_REQUEST, (params: ViewModelParams, token: CancellationToken) => this.viewModel(params, token));
        this.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => this.validated(document));
    }

    async viewModel(params: ViewModelParams, token?: CancellationToken): Promise<ViewModelResult> {
        const uri = URI.parse(params.uri);
        const key = uri.toString();
        this.watched.add(key);
        await this.shared.workspace.WorkspaceManager.ready;
        const document = this.shared.workspace.LangiumDocuments.getDocument(uri);
        // Not (yet) known to the server: the notification will follow once it is validated.
        if (!document) return null;
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        return withImpact(buildViewModel(document as LangiumDocument<PlanFile>, this.cop), document, this.cop);
    }

    private validated(document: LangiumDocument): void {
        const key = document.uri.toString();
        if (!this.watched.has(key)) return;
        this.pending.add(key);
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => this.flush(), this.debounceMs);
    }

    private flush(): void {
        this.timer = undefined;
        const uris = [...this.pending];
        this.pending.clear();
        for (const uri of uris) {
            const params: ViewModelChangedParams = { uri };
            void this.connection.sendNotification(VIEW_MODEL_CHANGED_NOTIFICATION, params);
        }
    }
}
