import { keepHeapTight } from './heap-growth.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCopServices } from '../language/cop-module.js';
import { startCopLanguageServer } from '../language/lsp/protocol/start-cop-language-server.js';
import { CompareHandler } from '../language/lsp/diff/compare-handler.js';
import { ViewModelHandler } from '../language/lsp/view-model/view-model-handler.js';
import { NodeRangeFileSystem } from './node-file-system.js';

// The language server over stdio (or node IPC when VS Code starts it): a thin shell that
// wires Node's file system (with reads of part of a file) and an LSP connection to the .cop
// language services.
keepHeapTight();
const connection = createConnection(ProposedFeatures.all);
const { shared, Cop } = createCopServices({ connection, ...NodeRangeFileSystem });
// Langium's handlers behind cop's protocol guard (see start-cop-language-server.ts).
const guarded = startCopLanguageServer(shared, Cop);
// The preview's view model: request `cop/viewModel`, notification `cop/viewModelChanged`.
new ViewModelHandler(Cop, guarded).register();
// "CoP: Compare Plan with HEAD": request `cop/compareWithText`.
new CompareHandler(Cop, guarded).register();
