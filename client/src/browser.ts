/**
 * The extension's main in VS Code for the Web (vscode.dev, github.dev, code-server's web worker
 * extension host): the language server in a web worker of its own, started from the extension's
 * server/out/worker.js. Filings are analysed in the workspace's folders whatever their file system.
 */
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { startClient } from './client';

export { deactivate } from './client';

/** The browser's Worker (the project compiles without the DOM's types). */
declare const Worker: new (url: string) => {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
};

/**
 * The server in a worker running `script`, and the messages to and from it. A web worker extension
 * host cannot start a worker from an extension on a remote host (code-server's `vscode-remote:`
 * URIs), but its `fetch` reads them, as it reads `https:` and `file:` ones: the script is fetched and
 * started from a blob. The host wraps `Worker`, so the library would not know the worker for one:
 * the transports are made here.
 */
async function startWorker(script: vscode.Uri): Promise<MessageTransports> {
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`could not load ${script.toString(true)}: ${response.status}`);
  const blob = new Blob([await response.text()], { type: 'application/javascript' });
  const worker = new Worker(URL.createObjectURL(blob));
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'server', 'out', 'worker.js');
  const schemes = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme);
  // A new worker each time the client starts the server, so a restart gets a fresh one.
  await startClient(
    context,
    (options) => new LanguageClient('filingLint', 'Filing Lint', () => startWorker(main), options),
    schemes,
  );
}
