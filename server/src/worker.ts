/**
 * The server's main in a browser's web worker (bundled as server/out/worker.js), as VS Code for the
 * Web runs it: messages over the worker's own postMessage, and the same `startServer` as over Node.
 * A worker reads no files: the client reads the sidecar files through the editor's file system.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { READ_SIDECAR } from '../../common/messages';
import type { Suppression } from '../../common/sidecar';

/** The worker's global scope, as the server uses it (the project compiles without the DOM's types). */
declare const self: {
  location: { href: string };
  close(): void;
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
};

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
// The client's exit notification ends the worker, as the end of its input ends the Node server.
connection.onExit(() => self.close());

startServer(connection, {
  runtime: 'web worker',
  // Beside the script, for a worker loaded from server/out/worker.js; this extension's client, which
  // starts it from a blob, names the folder.
  docsRoot: besideScript('../../docs/rules/'),
  sidecar: (uri) =>
    connection.sendRequest<Suppression[]>(READ_SIDECAR, { uri }).then(
      (list) => (Array.isArray(list) ? list : []),
      () => [],
    ),
  largeDocumentAdvice:
    'the command line (`npx filing-lint`, which needs Node.js and does not run in VS Code for the Web)',
});

/** A path relative to the worker's script, as a URI; as given when the script has no such URI. */
function besideScript(relative: string): string {
  try {
    return new URL(relative, self.location.href).toString();
  } catch {
    return relative;
  }
}
