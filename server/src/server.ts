/**
 * The language server: an adapter from LSP onto the core. It keeps one analysis per document
 * version, publishes diagnostics, and answers hovers and code actions from the same analysis.
 * Nothing here understands filings; that is the core's job.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './core';
import { toDiagnostic } from './protocol/diagnostics';
import { codeActions } from './protocol/codeActions';
import { hover } from './protocol/hover';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './protocol/settings';
import { guarded } from './protocol/guard';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

/** Docs pages ship beside the bundle: server/out/server.js -> docs/rules/CODE.md. */
const docsRoot = path.join(__dirname, '..', '..', 'docs', 'rules');
const docsUri = (code: string) => pathToFileURL(path.join(docsRoot, `${code}.md`)).toString();

let pullConfiguration = false;
const settingsCache = new Map<string, Promise<Settings>>();

interface Cached {
  version: number;
  settings: Settings;
  analysis: Analysis;
}
const analyses = new Map<string, Cached>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
    },
    serverInfo: { name: 'filing-lint', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  connection.console.info('Filing Lint server started');
});

function settingsFor(uri: string): Promise<Settings> {
  if (!pullConfiguration) return Promise.resolve(globalSettings);
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'filingLint' })
      .then(readSettings, () => DEFAULT_SETTINGS);
    settingsCache.set(uri, s);
  }
  return s;
}

let globalSettings: Settings = DEFAULT_SETTINGS;

connection.onDidChangeConfiguration(
  guarded(connection, 'didChangeConfiguration', undefined, (change) => {
    settingsCache.clear();
    if (!pullConfiguration) globalSettings = readSettings(change.settings?.filingLint);
    analyses.clear();
    for (const doc of documents.all()) void validate(doc);
  }),
);

/** The analysis of the document's current version, computed once per version and settings. */
async function analysisOf(doc: TextDocument): Promise<Cached | null> {
  const settings = await settingsFor(doc.uri);
  const current = documents.get(doc.uri);
  if (!current || current.version !== doc.version) return null; // a newer version is on its way
  const cached = analyses.get(doc.uri);
  if (cached && cached.version === doc.version && cached.settings === settings) return cached;
  const analysis = analyze(doc.getText(), { severities: settings.rules });
  for (const failure of analysis.failures) {
    connection.console.error(`check ${failure.code} failed on ${doc.uri}: ${String((failure.error as Error)?.stack ?? failure.error)}`);
  }
  const entry = { version: doc.version, settings, analysis };
  analyses.set(doc.uri, entry);
  return entry;
}

async function validate(doc: TextDocument): Promise<void> {
  try {
    const entry = await analysisOf(doc);
    if (!entry) return; // stale: never publish an older version over a newer one
    const diagnostics = entry.analysis.findings.map((f) => toDiagnostic(f, doc.uri, docsUri));
    await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  } catch (error) {
    connection.console.error(`validation of ${doc.uri} failed: ${String((error as Error)?.stack ?? error)}`);
  }
}

// Fires on open and on every change.
documents.onDidChangeContent((e) => void validate(e.document));
documents.onDidClose((e) => {
  analyses.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover(
  guarded(connection, 'hover', null, async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const entry = await analysisOf(doc);
    if (!entry || !entry.settings.hoverEnabled) return null;
    return hover(entry.analysis, params.position);
  }),
);

connection.onCodeAction(
  guarded(connection, 'codeAction', [], async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const entry = await analysisOf(doc);
    if (!entry) return [];
    return codeActions(entry.analysis, doc, params, docsUri);
  }),
);

documents.listen(connection);
connection.listen();
