import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { DocumentState } from 'langium';
import type { Connection } from 'vscode-languageserver';

/**
 * Publishes the diagnostics of each validated plan, as Langium's own handler does, with two
 * differences: they carry the version of the text they were computed for, so a client can
 * tell them from an earlier version's; and diagnostics of a text the editor has since
 * replaced are not published at all (a build overtaken by an edit could finish its last
 * document before it sees the cancellation): the newer version's build publishes instead.
 */
export function addVersionedDiagnosticsHandler(connection: Connection, shared: LangiumSharedCoreServices): void {
    const builder = shared.workspace.DocumentBuilder;
    builder.onUpdate((_, deleted) => {
        for (const uri of deleted) connection.sendDiagnostics({ uri: uri.toString(), diagnostics: [] });
    });
    builder.onDocumentPhase(DocumentState.Validated, document => {
        if (!document.diagnostics) return;
        const version = currentVersion(document);
        if (version === 'superseded') return;
        connection.sendDiagnostics({ uri: document.uri.toString(), version, diagnostics: document.diagnostics });
    });
}

/** The editor's version of the text that was validated; undefined for a file not open. */
function currentVersion(document: LangiumDocument): number | undefined | 'superseded' {
    const open = document.textDocument;
    const parsed = document.parseResult.value.$cstNode?.root.fullText;
    if (parsed !== undefined && parsed !== open.getText()) return 'superseded';
    return open.uri && typeof open.version === 'number' && open.version > 0 ? open.version : undefined;
}
