import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { DefaultLanguageServer } from 'langium/lsp';
import { copVersion } from '../../version.js';

/** Langium's server, announcing itself (`serverInfo`) and the requests cop adds (expand selection). */
export class CopLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        return {
            ...result,
            capabilities: { ...result.capabilities, selectionRangeProvider: true },
            serverInfo: { name: 'cop-language-server', version: copVersion }
        };
    }
}
