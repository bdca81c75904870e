import type { LangiumSharedServices } from 'langium/lsp';
import { DocumentState } from 'langium';
import type { Connection } from 'vscode-languageserver';

/**
 * Publishes the diagnostics of each validated plan, as Langium's own handler does, with two
 * differences: they carry the version of the text they were computed for, so a client can
 * tell them from an earlier version's; and diagnostics of a text the editor has since
 * replaced are not published at all (an update overtaken by an edit may finish a document
 * before it sees the cancellation): the newer version's update publishes instead.
 */
export function addVersionedDiagnosticsHandler(connection: Connection, shared: LangiumSharedServices): void {
    const builder = shared.workspace.DocumentBuilder;
    const openDocuments = shared.workspace.TextDocuments;
    /** The editor's version of each open plan's text when it was parsed. */
    const parsedVersions = new Map<string, number>();
    builder.onUpdate((_, deleted) => {
        for (const uri of deleted) {
            parsedVersions.delete(uri.toString());
            void connection.sendDiagnostics({ uri: uri.toString(), diagnostics: [] });
        }
    });
    // Parsing and this notification happen without a message in between, so the version is the parsed text's.
    builder.onDocumentPhase(DocumentState.Parsed, document => {
        const open = openDocuments.get(document.uri.toString());
        if (open) parsedVersions.set(document.uri.toString(), open.version);
        else parsedVersions.delete(document.uri.toString());
    });
    builder.onDocumentPhase(DocumentState.Validated, document => {
        if (!document.diagnostics) return;
        const uri = document.uri.toString();
        const version = parsedVersions.get(uri);
        const open = openDocuments.get(uri);
        if (version !== undefined && open && open.version !== version) return;
        void connection.sendDiagnostics({ uri, version, diagnostics: document.diagnostics });
    });
}
