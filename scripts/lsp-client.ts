/**
 * A minimal LSP client for tests and benchmarks: starts a server over stdio, as an editor would,
 * and collects what it publishes. The workspace configuration it answers with can be changed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './repo';
import { SERVER_EXEC_ARGV } from '../common/runtime';
import { STATUS, type StatusParams } from '../common/messages';

export const SERVER = path.join(ROOT, 'server', 'out', 'server.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** The next diagnostics published for `uri` (optionally for a version), within `ms`. */
  diagnostics(uri: string, version?: number, ms?: number): Promise<PublishDiagnosticsParams>;
  /**
   * The diagnostics of the whole analysis of `uri` at `version`, within `ms`: the last published for
   * it once the server's status says that analysis is done (a large document's first look is
   * published before it). The publications before it are taken too.
   */
  analysed(uri: string, version: number, ms?: number): Promise<PublishDiagnosticsParams>;
  /** Every status notification the server sent, in order. */
  statuses: StatusParams[];
  /** A message the server logs (`window/logMessage`) matching `pattern`, logged already or within `ms`. */
  logged(pattern: RegExp, ms?: number): Promise<string>;
  /** The messages the server logged as errors (`window/logMessage` of type Error), in order. */
  errorsLogged: string[];
  /** Drops the publications and statuses kept for `uri` (a closed document), so a long run does not keep them. */
  forget(uri: string): void;
  configuration: Record<string, unknown>;
  stderr(): string;
  close(): Promise<void>;
}

/** Starts a server (or the bench's null server) with the V8 flags the client gives it, plus `execArgv`. */
export async function startServer(options: { module?: string; execArgv?: string[] } = {}): Promise<TestClient> {
  const child = spawn(
    process.execPath,
    [...SERVER_EXEC_ARGV, ...(options.execArgv ?? []), options.module ?? SERVER, '--stdio'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (d) => (errors += String(d)));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  /** Listeners for status notifications; each returns true once it has what it waited for. */
  const statusWaiters: ((s: StatusParams) => boolean)[] = [];
  const logs: string[] = [];
  const logWaiters: ((message: string) => boolean)[] = [];
  const client: TestClient = {
    connection,
    process: child,
    configuration: {},
    diagnostics(uri, version, ms = 10_000) {
      const found = published.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
      if (found >= 0) return Promise.resolve(published.splice(found, 1)[0]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no diagnostics for ${uri} v${version} within ${ms} ms; stderr: ${errors}`)),
          ms,
        );
        waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    async analysed(uri, version, ms = 10_000) {
      const done = (s: StatusParams) => s.uri === uri && s.version === version && s.through === undefined;
      if (!client.statuses.some(done)) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`no complete analysis of ${uri} v${version} within ${ms} ms; stderr: ${errors}`)),
            ms,
          );
          statusWaiters.push((s) => done(s) && (clearTimeout(timer), resolve(), true));
        });
      }
      // The server publishes before it sends the status: every publication for the version is here.
      let last: PublishDiagnosticsParams | undefined;
      for (let i; (i = published.findIndex((p) => p.uri === uri && p.version === version)) >= 0;) {
        last = published.splice(i, 1)[0];
      }
      if (!last) throw new Error(`the analysis of ${uri} v${version} is done, but its diagnostics were taken before`);
      return last;
    },
    statuses: [],
    logged(pattern, ms = 10_000) {
      const found = logs.find((m) => pattern.test(m));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the server logged nothing like ${pattern} within ${ms} ms`)),
          ms,
        );
        logWaiters.push((m) => pattern.test(m) && (clearTimeout(timer), resolve(m), true));
      });
    },
    errorsLogged: [],
    forget(uri) {
      for (let i; (i = published.findIndex((p) => p.uri === uri)) >= 0;) published.splice(i, 1);
      client.statuses = client.statuses.filter((s) => s.uri !== uri);
    },
    stderr: () => errors,
    async close() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // the server may already be gone
      }
      connection.dispose();
      if (child.exitCode === null) {
        await new Promise((resolve) => {
          const timer = setTimeout(() => (child.kill(), resolve(undefined)), 2000);
          child.once('exit', () => (clearTimeout(timer), resolve(undefined)));
        });
      }
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const w = waiters.findIndex((x) => x.uri === p.uri && (x.version === undefined || x.version === p.version));
    if (w >= 0) waiters.splice(w, 1)[0].resolve(p);
    else published.push(p);
  });
  connection.onNotification(STATUS, (s: StatusParams) => {
    client.statuses.push(s);
    for (let k = statusWaiters.length - 1; k >= 0; k--) if (statusWaiters[k](s)) statusWaiters.splice(k, 1);
  });
  connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
    if (m.type === 1) client.errorsLogged.push(m.message);
    logs.push(m.message);
    for (let k = logWaiters.length - 1; k >= 0; k--) if (logWaiters[k](m.message)) logWaiters.splice(k, 1);
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'filingLint' ? client.configuration : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ROOT).toString(),
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
    },
  });
  await connection.sendNotification('initialized', {});
  return client;
}

export function open(client: TestClient, uri: string, text: string, version = 1): Promise<void> {
  return client.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'sec-filing', version, text },
  });
}

export function replaceAll(client: TestClient, uri: string, text: string, version: number): Promise<void> {
  return client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ text }],
  });
}
