import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCopCoreServices } from '../../language/cop-core-module.js';
import { createCopServices } from '../../language/cop-module.js';
import { CopLexer } from '../../language/parser/cop-lexer.js';
import { CopCompletionProvider } from '../../language/lsp/completion/cop-completion-provider.js';
import { CopSelectionRangeProvider } from '../../language/lsp/selection/cop-selection-range-provider.js';
import { CopDocumentUpdateHandler } from '../../language/lsp/cop-document-update-handler.js';
import { CopDocumentBuilder } from '../../language/workspace/cop-document-builder.js';
import { CopIndexManager } from '../../language/workspace/cop-index-manager.js';

/** The DI modules compose without casts; this checks that the composition still gives our services. */
describe('the dependency injection modules', () => {
    it('give the language server the core services and the editor features', () => {
        const { shared, Cop } = createCopServices(EmptyFileSystem);
        expect(Cop.parser.Lexer).toBeInstanceOf(CopLexer);
        expect(Cop.lsp.CompletionProvider).toBeInstanceOf(CopCompletionProvider);
        expect(Cop.lsp.SelectionRangeProvider).toBeInstanceOf(CopSelectionRangeProvider);
        expect(shared.workspace.IndexManager).toBeInstanceOf(CopIndexManager);
        expect(shared.workspace.DocumentBuilder).toBeInstanceOf(CopDocumentBuilder);
        expect(shared.lsp.DocumentUpdateHandler).toBeInstanceOf(CopDocumentUpdateHandler);
        expect(Cop.shared).toBe(shared);
        expect(shared.ServiceRegistry.all).toContain(Cop);
    });

    it('give the command line the core services without the editor features', () => {
        const { shared, Cop } = createCopCoreServices(EmptyFileSystem);
        expect(Cop.parser.Lexer).toBeInstanceOf(CopLexer);
        expect(shared.workspace.IndexManager).toBeInstanceOf(CopIndexManager);
        expect(shared.workspace.DocumentBuilder).toBeInstanceOf(CopDocumentBuilder);
        expect('lsp' in Cop).toBe(false);
    });
});
