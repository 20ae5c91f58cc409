/**
 * The language server: an adapter from LSP onto the core. It keeps one analysis per document
 * version, publishes diagnostics, and answers hovers and code actions from the same analysis.
 * Nothing here understands filings; that is the core's job.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  type DocumentRangeFormattingParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { analyzeLines, applySuppressions, createParseCache, parseSidecar, sidecarPath, type Analysis, type ParseCache, type Suppression } from './core';
import { toDiagnostic } from './protocol/diagnostics';
import { codeActions } from './protocol/codeActions';
import { hover } from './protocol/hover';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './protocol/settings';
import { guarded } from './protocol/guard';
import { applyChanges, openDocument, type LineDocument } from './protocol/documents';
import { documentSymbols, exportTable, folding, formatting, lenses, type ExportTableParams } from './protocol/navigation';
import { EXPORT_TABLE, HEAP, SUPPRESSIONS_CHANGED } from '../../common/messages';

const connection = createConnection(ProposedFeatures.all);
/** Open documents as line arrays (see protocol/documents.ts). */
const documents = new Map<string, LineDocument>();

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
/** Parsed pages per document, so an edit re-parses only the page it touched. */
const parseCaches = new Map<string, ParseCache>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.SourceFixAll, `${CodeActionKind.SourceFixAll}.filingLint`] },
      documentSymbolProvider: { label: 'Filing tables' },
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
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
    for (const doc of documents.values()) void validate(doc);
  }),
);

/** The analysis of the document's current version, computed once per version and settings. */
async function analysisOf(doc: LineDocument): Promise<Cached | null> {
  const version = doc.version;
  const settings = await settingsFor(doc.uri);
  const current = documents.get(doc.uri);
  if (current !== doc || doc.version !== version) return null; // a newer version is on its way
  const cached = analyses.get(doc.uri);
  if (cached && cached.version === version && cached.settings === settings) return cached;
  let cache = parseCaches.get(doc.uri);
  if (!cache) parseCaches.set(doc.uri, (cache = createParseCache()));
  // A snapshot of the line array (the strings are shared): later edits must not change this version's model.
  const analysis = analyzeLines(doc.lines.slice(), { severities: settings.rules, cache });
  // Silenced findings: the workspace setting and the sidecar file next to the filing.
  analysis.findings = applySuppressions(analysis.model, analysis.findings, [...settings.suppress, ...readSidecar(doc.uri)]);
  for (const failure of analysis.failures) {
    connection.console.error(`check ${failure.code} failed on ${doc.uri}: ${String((failure.error as Error)?.stack ?? failure.error)}`);
  }
  const entry = { version, settings, analysis };
  analyses.set(doc.uri, entry);
  return entry;
}

/** Suppressions from `NAME.filinglint.json` beside a file on disk (read only; the client writes it). */
function readSidecar(uri: string): Suppression[] {
  if (!uri.startsWith('file:')) return [];
  try {
    return parseSidecar(fs.readFileSync(sidecarPath(fileURLToPath(uri)), 'utf8'));
  } catch {
    return [];
  }
}

async function validate(doc: LineDocument): Promise<void> {
  try {
    const entry = await analysisOf(doc);
    if (!entry || entry.version !== doc.version) return; // stale: never publish an older version over a newer one
    const diagnostics = entry.analysis.findings.map((f) => toDiagnostic(f, doc.uri, docsUri));
    await connection.sendDiagnostics({ uri: doc.uri, version: entry.version, diagnostics });
  } catch (error) {
    connection.console.error(`validation of ${doc.uri} failed: ${String((error as Error)?.stack ?? error)}`);
  }
}

connection.onDidOpenTextDocument((params) => {
  const { uri, languageId, version, text } = params.textDocument;
  const doc = openDocument(uri, languageId, version, text);
  documents.set(uri, doc);
  void validate(doc);
});
connection.onDidChangeTextDocument((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return;
  applyChanges(doc, params.contentChanges, params.textDocument.version);
  void validate(doc);
});
connection.onDidCloseTextDocument((params) => {
  const uri = params.textDocument.uri;
  documents.delete(uri);
  analyses.delete(uri);
  parseCaches.delete(uri);
  settingsCache.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
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

/** A handler that needs the current analysis of a document. */
function withAnalysis<P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, handler: (entry: Cached, doc: LineDocument, params: P) => R) {
  return guarded(connection, name, fallback, async (params: P) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return fallback;
    const entry = await analysisOf(doc);
    return entry ? handler(entry, doc, params) : fallback;
  });
}

connection.onDocumentSymbol(withAnalysis('documentSymbol', [], (entry) => documentSymbols(entry.analysis)));
connection.onFoldingRanges(withAnalysis('foldingRange', [], (entry) => folding(entry.analysis)));
connection.onCodeLens(withAnalysis('codeLens', [], (entry) => lenses(entry.analysis)));
connection.onDocumentFormatting(withAnalysis('formatting', [], (entry) => formatting(entry.analysis)));
connection.onDocumentRangeFormatting(
  withAnalysis('rangeFormatting', [], (entry, _doc, params: DocumentRangeFormattingParams) => formatting(entry.analysis, params.range.start.line, params.range.end.line)),
);
connection.onRequest(
  EXPORT_TABLE,
  guarded(connection, EXPORT_TABLE, null, async (params: ExportTableParams) => {
    const doc = documents.get(params.uri);
    if (!doc) return null;
    const entry = await analysisOf(doc);
    return entry ? exportTable(entry.analysis, params) : null;
  }),
);

// Heap in use after a collection (when the process runs with --expose-gc): for `npm run bench`.
connection.onRequest(HEAP, () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
});

connection.onNotification(SUPPRESSIONS_CHANGED, () => {
  analyses.clear();
  for (const doc of documents.values()) void validate(doc);
});

connection.listen();
