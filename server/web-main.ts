import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createCopServices } from '../language/cop-module.js';
import { ClientFileSystemProvider } from '../language/lsp/file-system/client-file-system-provider.js';
import { startCopLanguageServer } from '../language/lsp/protocol/start-cop-language-server.js';
import { ViewModelHandler } from '../language/lsp/view-model/view-model-handler.js';

// The language server in a web worker (vscode.dev, github.dev, the playground): the same
// services as server/main.ts, over the worker's messages. A worker has no file system, so
// catalogs, actuals and cop.config.json are read by asking the client (cop/fs/* requests).
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared, Cop } = createCopServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
const guarded = startCopLanguageServer(shared, Cop);
new ViewModelHandler(Cop, guarded).register();
