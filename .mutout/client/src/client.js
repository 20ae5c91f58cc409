"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.startClient = startClient;
exports.deactivate = deactivate;
/**
 * The extension's client side, whichever runtime hosts it: starts the language server, switches
 * plain-text files that look like SEC filings to the `sec-filing` language, offers the commands, and
 * records silenced findings. Its mains build the language client for their runtime and call
 * `startClient`: extension.ts over Node (the server in a child process), browser.ts in VS Code for
 * the Web (the server in a web worker). Nothing here imports Node.
 */
const vscode = __importStar(require("vscode"));
const vscode_languageclient_1 = require("vscode-languageclient");
const detect_1 = require("./detect");
const sidecar_1 = require("../../common/sidecar");
const messages_1 = require("../../common/messages");
const restart_1 = require("./restart");
const status_1 = require("./status");
const LANGUAGE = 'sec-filing';
let client;
const restarts = new restart_1.RestartPolicy();
function detectionEnabled(doc) {
    return vscode.workspace.getConfiguration('filingLint', doc.uri).get('detectPlainTextFilings', true);
}
async function maybeSwitch(doc) {
    if (doc.languageId !== 'plaintext' || !detectionEnabled(doc))
        return;
    if (!/\.txt$/i.test(doc.fileName) && doc.uri.scheme !== 'untitled')
        return;
    const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 400), 0)).slice(0, detect_1.DETECT_BYTES);
    if ((0, detect_1.looksLikeFiling)(head))
        await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
}
/**
 * HTML documents keep their language (and its highlighting); those that are filings are sent to
 * the server, the others (web pages) never are. Decided when a document opens, by its first KB
 * (`filingLint.detectHtmlFilings`), or by the Treat as SEC Filing command.
 */
const htmlFilings = new Set();
function isHtmlFiling(doc) {
    const uri = doc.uri.toString();
    if (htmlFilings.has(uri))
        return true;
    if (!vscode.workspace.getConfiguration('filingLint', doc.uri).get('detectHtmlFilings', true))
        return false;
    const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 2000), 0)).slice(0, detect_1.DETECT_BYTES * 4);
    if (!(0, detect_1.looksLikeHtmlFiling)(head))
        return false;
    htmlFilings.add(uri);
    return true;
}
/** Whether the server is to hear of a document: all of the filing language, HTML ones that are filings. */
const sent = (doc) => doc.languageId !== 'html' || htmlFilings.has(doc.uri.toString());
/**
 * The documents the server analyses: filings on disk and untitled ones, and those in the file
 * systems `schemes` names (a browser's workspace is rarely on `file:`). Not a `git:` diff side.
 */
function documentSelector(schemes) {
    return [...new Set(['file', 'untitled', ...schemes])].flatMap((scheme) => [
        { scheme, language: LANGUAGE },
        { scheme, language: 'html' },
    ]);
}
/**
 * Starts the extension with a language client that `create` makes for the runtime, on the options
 * given. `schemes` are file systems other than `file:` whose filings the server analyses.
 */
async function startClient(context, create, schemes = []) {
    const clientOptions = {
        documentSelector: documentSelector(schemes),
        // The rule pages each finding links to: the extension's own, wherever the runtime keeps it.
        initializationOptions: { docsRoot: `${vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString()}/` },
        synchronize: { configurationSection: 'filingLint' },
        middleware: {
            didOpen: (doc, next) => (doc.languageId !== 'html' || isHtmlFiling(doc) ? next(doc) : Promise.resolve()),
            didChange: (event, next) => (sent(event.document) ? next(event) : Promise.resolve()),
            didSave: (doc, next) => (sent(doc) ? next(doc) : Promise.resolve()),
            didClose: (doc, next) => {
                if (!sent(doc))
                    return Promise.resolve();
                htmlFilings.delete(doc.uri.toString());
                return next(doc);
            },
        },
        errorHandler: {
            // A write to a server that has just died fails (EPIPE) before its close is seen: logged to the
            // output channel, not shown, since the close that follows tells the user once (below).
            error: () => ({ action: vscode_languageclient_1.ErrorAction.Continue, handled: true }),
            closed: () => {
                const decision = restarts.onClosed(Date.now());
                if (decision === 'give-up') {
                    void vscode.window.showErrorMessage('Filing Lint: the language server stopped five times in three minutes and will not be restarted. ' +
                        'Reload the window to try again.');
                    return { action: vscode_languageclient_1.CloseAction.DoNotRestart, handled: true };
                }
                if (decision === 'restart-and-tell') {
                    void vscode.window.showWarningMessage('Filing Lint: the language server stopped and was restarted.');
                }
                return { action: vscode_languageclient_1.CloseAction.Restart, handled: true };
            },
        },
    };
    client = create(clientOptions);
    // Lint-time figures for the filing in front, in the language status area (the item shows only for
    // sec-filing editors); each filing's last status is kept, so switching editors shows its own.
    const status = vscode.languages.createLanguageStatusItem('filingLint.status', { language: LANGUAGE });
    status.name = 'Filing Lint';
    context.subscriptions.push(status);
    const board = new status_1.StatusBoard();
    const SEVERITY = {
        information: vscode.LanguageStatusSeverity.Information,
        warning: vscode.LanguageStatusSeverity.Warning,
        error: vscode.LanguageStatusSeverity.Error,
    };
    const render = () => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (uri === undefined)
            return;
        const view = board.view(uri);
        status.text = view.text;
        // Where the server runs, as its initialize result says (`node`, `web worker`).
        const runtime = client?.initializeResult?.runtime;
        status.detail = runtime ? `${view.detail} · server: ${runtime}` : view.detail;
        status.busy = view.busy;
        status.severity = SEVERITY[view.severity];
    };
    render();
    client.onNotification(messages_1.STATUS, (s) => {
        board.update(s);
        if (vscode.window.activeTextEditor?.document.uri.toString() === s.uri)
            render();
    });
    client.onRequest(messages_1.READ_SIDECAR, async ({ uri }) => (0, sidecar_1.parseSidecar)((await readText(sidecarOf(vscode.Uri.parse(uri)))) ?? ''));
    context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(render), vscode.workspace.onDidCloseTextDocument((doc) => board.forget(doc.uri.toString())));
    // The server keeps each filing's sidecar file until told it changed: edited by hand, or by git.
    const sidecars = vscode.workspace.createFileSystemWatcher('**/*.filinglint.json');
    const changed = () => void client?.sendNotification(messages_1.SUPPRESSIONS_CHANGED);
    context.subscriptions.push(sidecars, sidecars.onDidCreate(changed), sidecars.onDidChange(changed), sidecars.onDidDelete(changed));
    context.subscriptions.push(vscode.commands.registerCommand('filingLint.treatAsFiling', async () => {
        const editor = vscode.window.activeTextEditor;
        if (!editor)
            return;
        const doc = editor.document;
        if (doc.languageId !== 'html') {
            await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
            return;
        }
        // An HTML document keeps its language: the server is told of it as it would have been at its opening.
        const uri = doc.uri.toString();
        if (htmlFilings.has(uri))
            return;
        htmlFilings.add(uri);
        await client?.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'html', version: doc.version, text: doc.getText() },
        });
    }), vscode.commands.registerCommand('filingLint.copyTableAsCsv', () => copyTable('csv')), vscode.commands.registerCommand('filingLint.copyTableAsTsv', () => copyTable('tsv')), vscode.commands.registerCommand('filingLint.realignTable', () => vscode.commands.executeCommand('editor.action.formatDocument')), vscode.commands.registerCommand(messages_1.SUPPRESS_COMMAND, (args) => suppress(args)), vscode.workspace.onDidOpenTextDocument((doc) => void maybeSwitch(doc)));
    for (const doc of vscode.workspace.textDocuments)
        void maybeSwitch(doc);
    await client.start();
    render();
}
/** Copies the table at the cursor to the clipboard as CSV or TSV (numbers as plain numbers). */
async function copyTable(format) {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !client)
        return;
    const result = await client.sendRequest(messages_1.EXPORT_TABLE, {
        uri: editor.document.uri.toString(),
        line: editor.selection.active.line,
        format,
    });
    if (!result) {
        void vscode.window.showInformationMessage('Filing Lint: the cursor is not in a table.');
        return;
    }
    await vscode.env.clipboard.writeText(result.text);
    void vscode.window.showInformationMessage(`Filing Lint: copied "${result.title}" as ${format.toUpperCase()}.`);
}
/** `NAME.filinglint.json` beside a filing, in the filing's own file system. */
function sidecarOf(filing) {
    return filing.with({ path: (0, sidecar_1.sidecarPath)(filing.path) });
}
/** A file's text through the editor's file system (any scheme it knows); undefined if unreadable. */
async function readText(uri) {
    try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    }
    catch {
        return undefined;
    }
}
/**
 * Records a silenced finding outside the filing: table and file scopes in `NAME.filinglint.json`
 * beside it, workspace scope in the `filingLint.suppress` setting. Only this user action writes.
 * The sidecar goes through the editor's file system, so it is written wherever the filing's folder
 * can be: on disk, and in VS Code for the Web's remote and virtual folders.
 */
async function suppress(args) {
    const entry = args.table ? { code: args.code, table: args.table } : { code: args.code };
    if (args.scope === 'workspace') {
        const config = vscode.workspace.getConfiguration('filingLint');
        const list = config.get('suppress', []);
        if (!list.some((s) => s.code === entry.code && s.table === undefined)) {
            await config.update('suppress', [...list, { code: args.code }], vscode.ConfigurationTarget.Workspace);
        }
    }
    else {
        const filing = vscode.Uri.parse(args.uri);
        if (vscode.workspace.fs.isWritableFileSystem(filing.scheme) !== true) {
            void vscode.window.showWarningMessage('Filing Lint: only files in a folder that can be written can have a suppression file; ' +
                'use the workspace setting instead.');
            return;
        }
        const sidecar = sidecarOf(filing);
        try {
            const text = (0, sidecar_1.addToSidecar)(await readText(sidecar), entry);
            await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(text));
        }
        catch (error) {
            // A read-only folder, say: the finding stays, and the user learns why and what else to do.
            const name = sidecar.path.slice(sidecar.path.lastIndexOf('/') + 1);
            void vscode.window.showErrorMessage(`Filing Lint: could not write ${name} (${error.message}); ` +
                'the finding was not silenced. The workspace setting can silence it instead.');
            return;
        }
    }
    await client?.sendNotification(messages_1.SUPPRESSIONS_CHANGED);
}
async function deactivate() {
    await client?.stop();
}
//# sourceMappingURL=client.js.map