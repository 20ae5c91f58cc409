/**
 * The extension's main over Node (desktop VS Code, and remote hosts that run Node): the language
 * server in a child process over stdio. browser.ts is the main in VS Code for the Web.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../common/runtime';
import { startClient } from './client';

export { deactivate } from './client';

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
  await startClient(context, (options) => new LanguageClient('filingLint', 'Filing Lint', serverOptions, options));
}
