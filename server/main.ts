import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCopServices } from '../language/cop-module.js';

// The language server over stdio (or node IPC when VS Code starts it): a thin shell that
// wires Node's file system and an LSP connection to the .cop language services.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createCopServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
