"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * A language server that analyses nothing: the same protocol libraries and document store an
 * ordinary server uses, publishing empty diagnostics on every change. `npm run bench` measures the
 * real server against it, so the figures are ratios to what the libraries alone cost here.
 */
const node_1 = require("vscode-languageserver/node");
const vscode_languageserver_textdocument_1 = require("vscode-languageserver-textdocument");
const connection = (0, node_1.createConnection)(node_1.ProposedFeatures.all);
const documents = new node_1.TextDocuments(vscode_languageserver_textdocument_1.TextDocument);
connection.onInitialize(() => ({
    capabilities: { textDocumentSync: { openClose: true, change: node_1.TextDocumentSyncKind.Incremental } },
}));
documents.onDidChangeContent((e) => {
    void connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: [] });
});
connection.onRequest('filingLint/heap', () => heap());
documents.listen(connection);
connection.listen();
function heap() {
    globalThis.gc?.();
    return process.memoryUsage().heapUsed;
}
//# sourceMappingURL=null-server.js.map