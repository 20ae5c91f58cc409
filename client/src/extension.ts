/**
 * The extension's client side: starts the language server, switches plain-text files that look
 * like SEC filings to the `sec-filing` language, and offers the command to do so by hand.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DETECT_BYTES, looksLikeFiling } from './detect';

const LANGUAGE = 'sec-filing';
let client: LanguageClient | undefined;

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
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE },
      { scheme: 'untitled', language: LANGUAGE },
    ],
    synchronize: { configurationSection: 'filingLint' },
  };
  client = new LanguageClient('filingLint', 'Filing Lint', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('filingLint.treatAsFiling', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => void maybeSwitch(doc)),
  );
  for (const doc of vscode.workspace.textDocuments) void maybeSwitch(doc);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
