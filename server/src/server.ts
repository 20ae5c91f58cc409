/**
 * The language server: an adapter from LSP onto the core. It keeps one analysis per document
 * version (protocol/analyses.ts), publishes diagnostics, and answers hovers and code actions from the
 * same analysis. Nothing here understands filings; that is the core's job.
 *
 * `startServer` wires a connection: capabilities, settings, the request handlers and the custom
 * messages. A main builds the connection for its runtime and what the runtime gives (a `ServerHost`),
 * and calls it: main.ts over Node's stdio, worker.ts in a browser's web worker. Nothing here imports
 * Node, so both bundles share it.
 */
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeActionParams,
  type Connection,
  type DocumentRangeFormattingParams,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { Analyses, type Analyzed } from './protocol/analyses';
import { codeActions } from './protocol/codeActions';
import { hover } from './protocol/hover';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './protocol/settings';
import { guarded, guardedWithCancel } from './protocol/guard';
import { applyChanges, openDocument, type LineDocument } from './protocol/documents';
import {
  documentSymbols,
  exportTable,
  folding,
  formatting,
  lenses,
  type ExportTableParams,
} from './protocol/navigation';
import { EXPORT_TABLE, HEAP, SUPPRESSIONS_CHANGED, type ServerRuntime } from '../../common/messages';
import type { Suppression } from '../../common/sidecar';
import { WarmUp } from './protocol/warmUp';

/** What differs between the runtimes a server runs in; each main gives its own. */
export interface ServerHost {
  /** Where the server runs: the output and the language status say so. */
  readonly runtime: ServerRuntime;
  /**
   * The folder of the rule pages, a URI ending in `/`, where the client names none (this extension's
   * client does, as the initialization option `docsRoot`): each finding links to `CODE.md` in it.
   */
  readonly docsRoot: string;
  /** The findings silenced in the sidecar file beside a document (sidecar.ts); none without one. */
  sidecar(uri: string): Suppression[] | Promise<Suppression[]>;
  /** Where a document too large for the editor can be linted, for the note that says so. */
  readonly largeDocumentAdvice: string;
  /** The heap in use after a collection, for `npm run bench`; absent where the runtime cannot tell. */
  heapUsed?(): number;
  /** The real filings to warm up on (protocol/warmUp.ts); absent where the runtime has none to read. */
  warmUpFilings?(): readonly string[];
}

export function startServer(connection: Connection, host: ServerHost): void {
  let docsRoot = host.docsRoot;
  /** Each code's page, made once: every publication links every finding to its page. */
  const docsUris = new Map<string, string>();
  const docsUri = (code: string): string => {
    let uri = docsUris.get(code);
    if (uri === undefined) docsUris.set(code, (uri = `${docsRoot}${code}.md`));
    return uri;
  };
  let pullConfiguration = false;
  let globalSettings: Settings = DEFAULT_SETTINGS;

  /** A document's settings: asked of the client when it can answer, else the last ones it pushed. */
  const loadSettings = (uri: string): Promise<Settings> =>
    pullConfiguration
      ? connection.workspace
          .getConfiguration({ scopeUri: uri, section: 'filingLint' })
          .then(readSettings, () => DEFAULT_SETTINGS)
      : Promise.resolve(globalSettings);

  const analyses = new Analyses(connection, loadSettings, docsUri, host);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    const named = (params.initializationOptions as { docsRoot?: unknown } | undefined)?.docsRoot;
    if (typeof named === 'string' && named.endsWith('/')) docsRoot = named;
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
      runtime: host.runtime,
    };
  });

  // Until the first document opens, the server warms its compiled code up (protocol/warmUp.ts).
  const warmUp = new WarmUp(
    () => host.warmUpFilings?.() ?? [],
    ({ slices, ms, stopped }) =>
      connection.console.info(
        stopped
          ? `Filing Lint warm-up stopped after ${slices} analyses (${ms.toFixed(0)} ms): a document opened`
          : `Filing Lint warmed up: ${slices} analyses in ${ms.toFixed(0)} ms`,
      ),
  );

  connection.onInitialized(() => {
    connection.console.info(`Filing Lint server started (server: ${host.runtime})`);
    warmUp.start();
  });

  connection.onDidChangeConfiguration(
    guarded(connection, 'didChangeConfiguration', undefined, (change) => {
      if (!pullConfiguration) {
        globalSettings = readSettings((change.settings as { filingLint?: unknown } | undefined)?.filingLint);
      }
      analyses.revalidateAll(true);
    }),
  );

  connection.onDidOpenTextDocument((params) => {
    warmUp.stop();
    const { uri, languageId, version, text } = params.textDocument;
    void analyses.validate(analyses.open(openDocument(uri, languageId, version, text)));
  });
  connection.onDidChangeTextDocument((params) => {
    const state = analyses.get(params.textDocument.uri);
    if (!state) return;
    applyChanges(state.doc, params.contentChanges, params.textDocument.version);
    analyses.scheduleValidation(state);
  });
  connection.onDidCloseTextDocument((params) => {
    const uri = params.textDocument.uri;
    analyses.close(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /** A handler that needs the current analysis of a document. */
  function withAnalysis<P extends { textDocument: { uri: string } }, R>(
    name: string,
    fallback: R,
    handler: (entry: Analyzed, doc: LineDocument, params: P) => R,
  ) {
    return guardedWithCancel(connection, name, fallback, async (params: P, token: CancellationToken) => {
      const state = analyses.get(params.textDocument.uri);
      if (!state) return fallback;
      const entry = await analyses.analysisOf(state);
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      return entry ? handler(entry, state.doc, params) : fallback;
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
      const state = analyses.get(params.uri);
      if (!state) return null;
      const entry = await analyses.analysisOf(state);
      return entry ? exportTable(entry.analysis, params) : null;
    }),
  );

  // Heap in use after a collection (when the process runs with --expose-gc): for `npm run bench`.
  connection.onRequest(HEAP, () => {
    (globalThis as { gc?: () => void }).gc?.();
    return host.heapUsed?.() ?? null;
  });

  connection.onNotification(SUPPRESSIONS_CHANGED, () => analyses.revalidateAll(false));

  connection.listen();
}
