"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startServer = startServer;
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
const vscode_languageserver_1 = require("vscode-languageserver");
const analyses_1 = require("./protocol/analyses");
const codeActions_1 = require("./protocol/codeActions");
const hover_1 = require("./protocol/hover");
const settings_1 = require("./protocol/settings");
const guard_1 = require("./protocol/guard");
const documents_1 = require("./protocol/documents");
const navigation_1 = require("./protocol/navigation");
const messages_1 = require("../../common/messages");
const warmUp_1 = require("./protocol/warmUp");
function startServer(connection, host) {
    let docsRoot = host.docsRoot;
    /** Each code's page, made once: every publication links every finding to its page. */
    const docsUris = new Map();
    const docsUri = (code) => {
        let uri = docsUris.get(code);
        if (uri === undefined)
            docsUris.set(code, (uri = `${docsRoot}${code}.md`));
        return uri;
    };
    let pullConfiguration = false;
    let globalSettings = settings_1.DEFAULT_SETTINGS;
    /** A document's settings: asked of the client when it can answer, else the last ones it pushed. */
    const loadSettings = (uri) => pullConfiguration
        ? connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'filingLint' })
            .then(settings_1.readSettings, () => settings_1.DEFAULT_SETTINGS)
        : Promise.resolve(globalSettings);
    const analyses = new analyses_1.Analyses(connection, loadSettings, docsUri, host);
    connection.onInitialize((params) => {
        pullConfiguration = params.capabilities.workspace?.configuration === true;
        const named = params.initializationOptions?.docsRoot;
        if (typeof named === 'string' && named.endsWith('/'))
            docsRoot = named;
        return {
            capabilities: {
                textDocumentSync: { openClose: true, change: vscode_languageserver_1.TextDocumentSyncKind.Incremental },
                hoverProvider: true,
                codeActionProvider: {
                    codeActionKinds: [
                        vscode_languageserver_1.CodeActionKind.QuickFix,
                        vscode_languageserver_1.CodeActionKind.RefactorRewrite,
                        vscode_languageserver_1.CodeActionKind.SourceFixAll,
                        `${vscode_languageserver_1.CodeActionKind.SourceFixAll}.filingLint`,
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
    const warmUp = new warmUp_1.WarmUp(() => host.warmUpFilings?.() ?? [], ({ slices, ms, stopped }) => connection.console.info(stopped
        ? `Filing Lint warm-up stopped after ${slices} analyses (${ms.toFixed(0)} ms): a document opened`
        : `Filing Lint warmed up: ${slices} analyses in ${ms.toFixed(0)} ms`));
    connection.onInitialized(() => {
        connection.console.info(`Filing Lint server started (server: ${host.runtime})`);
        warmUp.start();
    });
    connection.onDidChangeConfiguration((0, guard_1.guarded)(connection, 'didChangeConfiguration', undefined, (change) => {
        if (!pullConfiguration) {
            globalSettings = (0, settings_1.readSettings)(change.settings?.filingLint);
        }
        analyses.revalidateAll(true);
    }));
    connection.onDidOpenTextDocument((params) => {
        warmUp.stop();
        const { uri, languageId, version, text } = params.textDocument;
        void analyses.validate(analyses.open((0, documents_1.openDocument)(uri, languageId, version, text)));
    });
    connection.onDidChangeTextDocument((params) => {
        const state = analyses.get(params.textDocument.uri);
        if (!state)
            return;
        (0, documents_1.applyChanges)(state.doc, params.contentChanges, params.textDocument.version);
        analyses.scheduleValidation(state);
    });
    connection.onDidCloseTextDocument((params) => {
        const uri = params.textDocument.uri;
        analyses.close(uri);
        void connection.sendDiagnostics({ uri, diagnostics: [] });
    });
    /** A handler that needs the current analysis of a document. */
    function withAnalysis(name, fallback, handler) {
        return (0, guard_1.guardedWithCancel)(connection, name, fallback, async (params, token) => {
            const state = analyses.get(params.textDocument.uri);
            if (!state)
                return fallback;
            const entry = await analyses.analysisOf(state);
            if (token.isCancellationRequested)
                throw new vscode_languageserver_1.ResponseError(vscode_languageserver_1.LSPErrorCodes.RequestCancelled, 'cancelled');
            return entry ? handler(entry, state.doc, params) : fallback;
        });
    }
    connection.onHover(withAnalysis('hover', null, (entry, _doc, params) => entry.settings.hoverEnabled ? (0, hover_1.hover)(entry.analysis, params.position) : null));
    connection.onCodeAction(withAnalysis('codeAction', [], (entry, doc, params) => (0, codeActions_1.codeActions)(entry.analysis, doc, params, docsUri)));
    connection.onDocumentSymbol(withAnalysis('documentSymbol', [], (entry) => (0, navigation_1.documentSymbols)(entry.analysis)));
    connection.onFoldingRanges(withAnalysis('foldingRange', [], (entry) => (0, navigation_1.folding)(entry.analysis)));
    connection.onCodeLens(withAnalysis('codeLens', [], (entry) => (0, navigation_1.lenses)(entry.analysis)));
    connection.onDocumentFormatting(withAnalysis('formatting', [], (entry) => (0, navigation_1.formatting)(entry.analysis)));
    connection.onDocumentRangeFormatting(withAnalysis('rangeFormatting', [], (entry, _doc, params) => (0, navigation_1.formatting)(entry.analysis, params.range.start.line, params.range.end.line)));
    connection.onRequest(messages_1.EXPORT_TABLE, (0, guard_1.guarded)(connection, messages_1.EXPORT_TABLE, null, async (params) => {
        const state = analyses.get(params.uri);
        if (!state)
            return null;
        const entry = await analyses.analysisOf(state);
        return entry ? (0, navigation_1.exportTable)(entry.analysis, params) : null;
    }));
    // Heap in use after a collection (when the process runs with --expose-gc): for `npm run bench`.
    connection.onRequest(messages_1.HEAP, () => {
        globalThis.gc?.();
        return host.heapUsed?.() ?? null;
    });
    connection.onNotification(messages_1.SUPPRESSIONS_CHANGED, () => analyses.revalidateAll(false));
    connection.listen();
}
//# sourceMappingURL=server.js.map