/**
 * The language server: an adapter from LSP onto the core. It keeps one analysis per document
 * version, publishes diagnostics, and answers hovers and code actions from the same analysis.
 * Nothing here understands filings; that is the core's job.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  TextDocumentSyncKind,
  type CodeActionParams,
  type DocumentRangeFormattingParams,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import {
  analyzeLines,
  applySuppressions,
  createParseCache,
  firstLook,
  type FirstLook,
  type Analysis,
  type Finding,
  type FilingModel,
  type ParseCache,
  type Suppression,
} from './core';
import { toDiagnostic } from './protocol/diagnostics';
import { codeActions } from './protocol/codeActions';
import { hover } from './protocol/hover';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './protocol/settings';
import { guarded, guardedWithCancel } from './protocol/guard';
import { serverConnection } from './protocol/connection';
import { applyChanges, openDocument, takeChange, type LineDocument } from './protocol/documents';
import {
  documentSymbols,
  exportTable,
  folding,
  formatting,
  lenses,
  type ExportTableParams,
} from './protocol/navigation';
import { readSidecar } from '../../common/readSidecar';
import { EXPORT_TABLE, HEAP, STATUS, SUPPRESSIONS_CHANGED, type StatusParams } from '../../common/messages';

const connection = serverConnection();
/** Open documents as line arrays (see protocol/documents.ts). */
const documents = new Map<string, LineDocument>();

/** Docs pages ship beside the bundle: server/out/server.js -> docs/rules/CODE.md. */
const docsRoot = path.join(__dirname, '..', '..', 'docs', 'rules');
/** Each code's page, made once: every publication links every finding to its page. */
const docsUris = new Map<string, string>();
const docsUri = (code: string): string => {
  let uri = docsUris.get(code);
  if (uri === undefined) docsUris.set(code, (uri = pathToFileURL(path.join(docsRoot, `${code}.md`)).toString()));
  return uri;
};

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
      codeActionProvider: {
        codeActionKinds: [
          CodeActionKind.QuickFix,
          CodeActionKind.RefactorRewrite,
          CodeActionKind.SourceFixAll,
          `${CodeActionKind.SourceFixAll}.filingLint`,
        ],
      },
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
    if (!pullConfiguration) {
      globalSettings = readSettings((change.settings as { filingLint?: unknown } | undefined)?.filingLint);
    }
    analyses.clear();
    for (const doc of documents.values()) void validate(doc);
  }),
);

/** The analysis of the document's current version, computed once per version and settings. */
/** Analyses under way, so a request and the validation of the same version share one. */
const inFlight = new Map<string, { version: number; promise: Promise<Cached | null> }>();

function analysisOf(doc: LineDocument): Promise<Cached | null> {
  const running = inFlight.get(doc.uri);
  if (running && running.version === doc.version) return running.promise;
  const promise = computeAnalysis(doc).finally(() => {
    if (inFlight.get(doc.uri)?.promise === promise) inFlight.delete(doc.uri);
  });
  inFlight.set(doc.uri, { version: doc.version, promise });
  return promise;
}

async function computeAnalysis(doc: LineDocument): Promise<Cached | null> {
  const version = doc.version;
  const settings = await settingsFor(doc.uri);
  const current = documents.get(doc.uri);
  if (current !== doc || doc.version !== version) return null; // a newer version is on its way
  const cached = analyses.get(doc.uri);
  if (cached && cached.version === version && cached.settings === settings) return cached;
  const size = doc.chars;
  if (size > settings.maxAnalysisMB * 1024 * 1024) {
    const entry = { version, settings, analysis: skipped(doc, size, settings.maxAnalysisMB) };
    analyses.set(doc.uri, entry);
    return entry;
  }
  // A document's parse cache exists once it has been analysed. Only the time of re-analysing an
  // edit predicts the next edit's: the first analysis parses the document whole.
  let cache = parseCaches.get(doc.uri);
  const incremental = cache !== undefined;
  if (!cache) parseCaches.set(doc.uri, (cache = createParseCache()));
  // A large document analysed for the first time gets the findings of its first pages published first.
  if (!incremental && (await publishFirstLook(doc, settings, cache))) {
    if (documents.get(doc.uri) !== doc || doc.version !== version) return null; // edited meanwhile: the new version follows
  }
  const started = performance.now();
  // The model keeps the store's line array: edits change it in place, and a model is only read
  // for the version it was made for (every request waits for the current version's analysis).
  // What changed since the cache's parse is taken now; should the analysis fail, the cache goes too,
  // so the next one starts from a whole parse rather than from a change it never saw.
  let analysis: Analysis;
  try {
    analysis = analyzeLines(doc.lines, { severities: settings.rules, cache, change: takeChange(doc) });
  } catch (error) {
    parseCaches.delete(doc.uri);
    throw error;
  }
  if (incremental) lastMs.set(doc.uri, performance.now() - started);
  analysis.findings = unsilenced(doc, settings, analysis.model, analysis.findings);
  for (const failure of analysis.failures) {
    connection.console.error(
      `check ${failure.code} failed on ${doc.uri}: ${String((failure.error as Error)?.stack ?? failure.error)}`,
    );
  }
  const entry = { version, settings, analysis };
  analyses.set(doc.uri, entry);
  return entry;
}

/** Silenced findings left out: the workspace setting and the sidecar file next to the filing. */
function unsilenced(doc: LineDocument, settings: Settings, model: FilingModel, findings: Finding[]): Finding[] {
  return applySuppressions(model, findings, [...settings.suppress, ...sidecarOf(doc.uri)]);
}

/**
 * On opening a large document, publishes the findings of its first pages before the whole analysis
 * (see core/firstLook.ts): the pages it parses stay in `cache` for the whole analysis. Returns whether
 * it published, after which the caller checks the document is still the version it was.
 */
async function publishFirstLook(doc: LineDocument, settings: Settings, cache: ParseCache): Promise<boolean> {
  const version = doc.version;
  let look: FirstLook | undefined;
  try {
    look = firstLook(doc.lines, cache, { severities: settings.rules });
  } catch (error) {
    // The parse fills the cache only once it has finished, so the whole analysis goes ahead as if
    // there had been no look, and reports what fails again.
    connection.console.error(`first look at ${doc.uri} failed: ${String((error as Error)?.stack ?? error)}`);
    return false;
  }
  if (!look) return false;
  await publish(
    doc.uri,
    version,
    unsilenced(doc, settings, look.model, look.findings),
    look.tables,
    look.ms,
    look.through,
  );
  return true;
}

/**
 * Publishes a version's findings, then the figures the status item shows (`through` for a first
 * look: the findings cover lines above it only).
 */
async function publish(
  uri: string,
  version: number,
  findings: Finding[],
  tables: number,
  ms: number,
  through?: number,
): Promise<void> {
  await connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(f, uri, docsUri)) });
  const status: StatusParams = {
    uri,
    version,
    tables,
    findings: findings.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    ms,
    skipped: findings.some((f) => f.code === 'FL000'),
    through,
  };
  lastStatus.set(uri, status);
  await connection.sendNotification(STATUS, status);
}

/** The last status sent for each open document. */
const lastStatus = new Map<string, StatusParams>();

/**
 * After an analysis failed, the status says so: the diagnostics already published for the version
 * (a first look's) stay, and the status item stops saying the rest is under way.
 */
async function publishFailure(doc: LineDocument): Promise<void> {
  const last = lastStatus.get(doc.uri);
  const shown =
    last?.version === doc.version
      ? last
      : { uri: doc.uri, version: doc.version, tables: 0, findings: 0, errors: 0, ms: 0, skipped: false };
  await connection.sendNotification(STATUS, { ...shown, failed: true } satisfies StatusParams);
}

/** Analyses slower than this (ms) make the next edits wait for a pause in typing. */
const TIME_BUDGET_MS = 250;

/** An analysis that did not run: the document is over the size limit; one note says so. */
function skipped(doc: LineDocument, size: number, limitMB: number): Analysis {
  const mb = (size / 1024 / 1024).toFixed(1);
  return {
    model: { lines: [], tables: [], pages: [], regions: [], flags: new Uint8Array(0) },
    findings: [
      {
        code: 'FL000',
        rule: 'skipped',
        severity: 'information',
        message: `Filing Lint did not analyse this ${mb} MB document: it is over filingLint.maxAnalysisMB (${limitMB}). Raise the setting, or lint it with the command line.`,
        span: { line: 0, start: 0, end: Math.min(doc.lines[0]?.length ?? 0, 200) },
        related: [],
      },
    ],
    failures: [],
    ms: 0,
  };
}

/** Suppressions from `NAME.filinglint.json` beside a file on disk (read only; the client writes it). */
function sidecarOf(uri: string): Suppression[] {
  if (!uri.startsWith('file:')) return [];
  try {
    return readSidecar(fileURLToPath(uri));
  } catch {
    return []; // not a path on this system
  }
}

async function validate(doc: LineDocument): Promise<void> {
  const version = doc.version;
  try {
    const entry = await analysisOf(doc);
    if (!entry || entry.version !== doc.version) return; // stale: never publish an older version over a newer one
    const a = entry.analysis;
    await publish(doc.uri, entry.version, a.findings, a.model.tables.length, a.ms);
  } catch (error) {
    connection.console.error(`validation of ${doc.uri} failed: ${String((error as Error)?.stack ?? error)}`);
    if (documents.get(doc.uri) === doc && doc.version === version) await publishFailure(doc).catch(() => undefined);
  }
}

connection.onDidOpenTextDocument((params) => {
  const { uri, languageId, version, text } = params.textDocument;
  const doc = openDocument(uri, languageId, version, text);
  documents.set(uri, doc);
  void validate(doc);
});
/**
 * Edits are analysed at once while analysis is fast. When a document's last analysis took longer
 * than the time budget, edits arriving in a burst are coalesced: the document is analysed once the
 * burst pauses, so typing never queues up analyses of versions nobody will see.
 */
const pending = new Map<string, NodeJS.Timeout>();
const lastMs = new Map<string, number>();

function scheduleValidation(doc: LineDocument): void {
  const previous = pending.get(doc.uri);
  if (previous) clearTimeout(previous);
  const ms = lastMs.get(doc.uri) ?? 0;
  if (ms <= TIME_BUDGET_MS) {
    pending.delete(doc.uri);
    void validate(doc);
    return;
  }
  pending.set(
    doc.uri,
    setTimeout(
      () => {
        pending.delete(doc.uri);
        void validate(doc);
      },
      Math.min(ms, 2000),
    ),
  );
}

connection.onDidChangeTextDocument((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return;
  applyChanges(doc, params.contentChanges, params.textDocument.version);
  scheduleValidation(doc);
});
connection.onDidCloseTextDocument((params) => {
  const uri = params.textDocument.uri;
  documents.delete(uri);
  analyses.delete(uri);
  parseCaches.delete(uri);
  lastMs.delete(uri);
  lastStatus.delete(uri);
  const timer = pending.get(uri);
  if (timer) clearTimeout(timer);
  pending.delete(uri);
  settingsCache.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
});

/** A handler that needs the current analysis of a document. */
function withAnalysis<P extends { textDocument: { uri: string } }, R>(
  name: string,
  fallback: R,
  handler: (entry: Cached, doc: LineDocument, params: P) => R,
) {
  return guardedWithCancel(connection, name, fallback, async (params: P, token: CancellationToken) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return fallback;
    const entry = await analysisOf(doc);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return entry ? handler(entry, doc, params) : fallback;
  });
}

connection.onHover(
  withAnalysis('hover', null, (entry, _doc, params: HoverParams) =>
    entry.settings.hoverEnabled ? hover(entry.analysis, params.position) : null,
  ),
);
connection.onCodeAction(
  withAnalysis('codeAction', [], (entry, doc, params: CodeActionParams) =>
    codeActions(entry.analysis, doc, params, docsUri),
  ),
);
connection.onDocumentSymbol(withAnalysis('documentSymbol', [], (entry) => documentSymbols(entry.analysis)));
connection.onFoldingRanges(withAnalysis('foldingRange', [], (entry) => folding(entry.analysis)));
connection.onCodeLens(withAnalysis('codeLens', [], (entry) => lenses(entry.analysis)));
connection.onDocumentFormatting(withAnalysis('formatting', [], (entry) => formatting(entry.analysis)));
connection.onDocumentRangeFormatting(
  withAnalysis('rangeFormatting', [], (entry, _doc, params: DocumentRangeFormattingParams) =>
    formatting(entry.analysis, params.range.start.line, params.range.end.line),
  ),
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
