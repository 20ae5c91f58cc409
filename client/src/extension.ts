/**
 * The extension's client side: starts the language server, switches plain-text files that look
 * like SEC filings to the `sec-filing` language, and offers the command to do so by hand.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { DETECT_BYTES, looksLikeFiling } from './detect';
import { addToSidecar, sidecarPath } from '../../common/sidecar';
import {
  EXPORT_TABLE,
  STATUS,
  SUPPRESS_COMMAND,
  SUPPRESSIONS_CHANGED,
  type StatusParams,
  type SuppressArgs,
} from '../../common/messages';
import { SERVER_EXEC_ARGV } from '../../common/runtime';
import { RestartPolicy } from './restart';
import { StatusBoard } from './status';

const LANGUAGE = 'sec-filing';
let client: LanguageClient | undefined;
const restarts = new RestartPolicy();

function detectionEnabled(doc: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('filingLint', doc.uri).get<boolean>('detectPlainTextFilings', true);
}

async function maybeSwitch(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || !detectionEnabled(doc)) return;
  if (!/\.txt$/i.test(doc.fileName) && doc.uri.scheme !== 'untitled') return;
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 400), 0)).slice(0, DETECT_BYTES);
  if (looksLikeFiling(head)) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  // Over stdio, as other editors run it: the server's own writer sends each message at once and
  // reuses the bytes of results asked for again and again (server/src/protocol/connection.ts), which
  // Node's IPC channel would not let it do.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: {
      module: serverModule,
      transport: TransportKind.stdio,
      options: { execArgv: ['--nolazy', '--inspect=6009', ...SERVER_EXEC_ARGV] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE },
      { scheme: 'untitled', language: LANGUAGE },
    ],
    synchronize: { configurationSection: 'filingLint' },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const decision = restarts.onClosed(Date.now());
        if (decision === 'give-up') {
          void vscode.window.showErrorMessage(
            'Filing Lint: the language server stopped five times in three minutes and will not be restarted. ' +
              'Reload the window to try again.',
          );
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        if (decision === 'restart-and-tell') {
          void vscode.window.showWarningMessage('Filing Lint: the language server stopped and was restarted.');
        }
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = new LanguageClient('filingLint', 'Filing Lint', serverOptions, clientOptions);

  // Lint-time figures for the filing in front, in the language status area (the item shows only for
  // sec-filing editors); each filing's last status is kept, so switching editors shows its own.
  const status = vscode.languages.createLanguageStatusItem('filingLint.status', { language: LANGUAGE });
  status.name = 'Filing Lint';
  context.subscriptions.push(status);
  const board = new StatusBoard();
  const SEVERITY = {
    information: vscode.LanguageStatusSeverity.Information,
    warning: vscode.LanguageStatusSeverity.Warning,
    error: vscode.LanguageStatusSeverity.Error,
  };
  const render = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    if (uri === undefined) return;
    const view = board.view(uri);
    status.text = view.text;
    status.detail = view.detail;
    status.busy = view.busy;
    status.severity = SEVERITY[view.severity];
  };
  render();
  client.onNotification(STATUS, (s: StatusParams) => {
    board.update(s);
    if (vscode.window.activeTextEditor?.document.uri.toString() === s.uri) render();
  });
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(render),
    vscode.workspace.onDidCloseTextDocument((doc) => board.forget(doc.uri.toString())),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('filingLint.treatAsFiling', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE);
    }),
    vscode.commands.registerCommand('filingLint.copyTableAsCsv', () => copyTable('csv')),
    vscode.commands.registerCommand('filingLint.copyTableAsTsv', () => copyTable('tsv')),
    vscode.commands.registerCommand('filingLint.realignTable', () =>
      vscode.commands.executeCommand('editor.action.formatDocument'),
    ),
    vscode.commands.registerCommand(SUPPRESS_COMMAND, (args: SuppressArgs) => suppress(args)),
    vscode.workspace.onDidOpenTextDocument((doc) => void maybeSwitch(doc)),
  );
  for (const doc of vscode.workspace.textDocuments) void maybeSwitch(doc);
  await client.start();
}

/** Copies the table at the cursor to the clipboard as CSV or TSV (numbers as plain numbers). */
async function copyTable(format: 'csv' | 'tsv'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const result = await client.sendRequest<{ title: string; text: string } | null>(EXPORT_TABLE, {
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

/**
 * Records a silenced finding outside the filing: table and file scopes in `NAME.filinglint.json`
 * beside it, workspace scope in the `filingLint.suppress` setting. Only this user action writes.
 */
async function suppress(args: SuppressArgs): Promise<void> {
  const entry = args.table ? { code: args.code, table: args.table } : { code: args.code };
  if (args.scope === 'workspace') {
    const config = vscode.workspace.getConfiguration('filingLint');
    const list = config.get<{ code: string; table?: string }[]>('suppress', []);
    if (!list.some((s) => s.code === entry.code && s.table === undefined)) {
      await config.update('suppress', [...list, { code: args.code }], vscode.ConfigurationTarget.Workspace);
    }
  } else {
    const filing = vscode.Uri.parse(args.uri);
    if (filing.scheme !== 'file') {
      void vscode.window.showWarningMessage(
        'Filing Lint: only files on disk can have a suppression file; use the workspace setting instead.',
      );
      return;
    }
    const sidecar = vscode.Uri.file(sidecarPath(filing.fsPath));
    let existing: string | undefined;
    try {
      existing = Buffer.from(await vscode.workspace.fs.readFile(sidecar)).toString('utf8');
    } catch {
      existing = undefined;
    }
    try {
      await vscode.workspace.fs.writeFile(sidecar, Buffer.from(addToSidecar(existing, entry), 'utf8'));
    } catch (error) {
      // A read-only folder, say: the finding stays, and the user learns why and what else to do.
      void vscode.window.showErrorMessage(
        `Filing Lint: could not write ${path.basename(sidecar.fsPath)} (${(error as Error).message}); ` +
          'the finding was not silenced. The workspace setting can silence it instead.',
      );
      return;
    }
  }
  await client?.sendNotification(SUPPRESSIONS_CHANGED);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
