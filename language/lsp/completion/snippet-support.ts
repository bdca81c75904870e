import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Whether the client takes snippets (`${1:placeholder}`) in completion: only when its
 * `initialize` says `completionItem.snippetSupport`. Other clients (plain editors, some LSP
 * clients) would insert the dollar signs and braces literally. Without an `initialize`
 * (services used directly, as the tests and the CLI do) snippets are on.
 */
export class SnippetSupport {
    private supported = true;

    constructor(shared: LangiumSharedServices) {
        shared.lsp.LanguageServer.onInitialize(params => {
            this.supported = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
        });
    }

    get enabled(): boolean {
        return this.supported;
    }
}
