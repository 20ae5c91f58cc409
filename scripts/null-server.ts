/**
 * A language server that analyses nothing: the same protocol libraries and document store an
 * ordinary server uses, publishing empty diagnostics on every change. `npm run bench` measures the
 * real server against it, so the figures are ratios to what the libraries alone cost here.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
}));
documents.onDidChangeContent((e) => {
  void connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: [] });
});
connection.onRequest('filingLint/heap', () => heap());
documents.listen(connection);
connection.listen();

function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}
