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
exports.SERVER = void 0;
exports.startServer = startServer;
exports.open = open;
exports.replaceAll = replaceAll;
/**
 * A minimal LSP client for tests and benchmarks: starts a server over stdio, as an editor would,
 * and collects what it publishes. The workspace configuration it answers with can be changed.
 */
const node_child_process_1 = require("node:child_process");
const path = __importStar(require("node:path"));
const node_url_1 = require("node:url");
const node_1 = require("vscode-languageserver-protocol/node");
const repo_1 = require("./repo");
const runtime_1 = require("../common/runtime");
const messages_1 = require("../common/messages");
exports.SERVER = path.join(repo_1.ROOT, 'server', 'out', 'server.js');
/** Starts a server (or the bench's null server) with the V8 flags the client gives it, plus `execArgv`. */
async function startServer(options = {}) {
    const child = (0, node_child_process_1.spawn)(process.execPath, [...runtime_1.SERVER_EXEC_ARGV, ...(options.execArgv ?? []), options.module ?? exports.SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d) => (errors += String(d)));
    const connection = (0, node_1.createProtocolConnection)(new node_1.StreamMessageReader(child.stdout), new node_1.StreamMessageWriter(child.stdin));
    const published = [];
    const waiters = [];
    /** Listeners for status notifications; each returns true once it has what it waited for. */
    const statusWaiters = [];
    const logs = [];
    const logWaiters = [];
    const client = {
        connection,
        process: child,
        configuration: {},
        diagnostics(uri, version, ms = 10_000) {
            const found = published.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
            if (found >= 0)
                return Promise.resolve(published.splice(found, 1)[0]);
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${ms} ms; stderr: ${errors}`)), ms);
                waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
            });
        },
        async analysed(uri, version, ms = 10_000) {
            const done = (s) => s.uri === uri && s.version === version && s.through === undefined;
            if (!client.statuses.some(done)) {
                await new Promise((resolve, reject) => {
                    const timer = setTimeout(() => reject(new Error(`no complete analysis of ${uri} v${version} within ${ms} ms; stderr: ${errors}`)), ms);
                    statusWaiters.push((s) => done(s) && (clearTimeout(timer), resolve(), true));
                });
            }
            // The server publishes before it sends the status: every publication for the version is here.
            let last;
            for (let i; (i = published.findIndex((p) => p.uri === uri && p.version === version)) >= 0;) {
                last = published.splice(i, 1)[0];
            }
            if (!last)
                throw new Error(`the analysis of ${uri} v${version} is done, but its diagnostics were taken before`);
            return last;
        },
        statuses: [],
        logged(pattern, ms = 10_000) {
            const found = logs.find((m) => pattern.test(m));
            if (found !== undefined)
                return Promise.resolve(found);
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`the server logged nothing like ${pattern} within ${ms} ms`)), ms);
                logWaiters.push((m) => pattern.test(m) && (clearTimeout(timer), resolve(m), true));
            });
        },
        errorsLogged: [],
        forget(uri) {
            for (let i; (i = published.findIndex((p) => p.uri === uri)) >= 0;)
                published.splice(i, 1);
            client.statuses = client.statuses.filter((s) => s.uri !== uri);
        },
        stderr: () => errors,
        async close() {
            try {
                await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
                await connection.sendNotification('exit');
            }
            catch {
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
    connection.onNotification('textDocument/publishDiagnostics', (p) => {
        const w = waiters.findIndex((x) => x.uri === p.uri && (x.version === undefined || x.version === p.version));
        if (w >= 0)
            waiters.splice(w, 1)[0].resolve(p);
        else
            published.push(p);
    });
    connection.onNotification(messages_1.STATUS, (s) => {
        client.statuses.push(s);
        for (let k = statusWaiters.length - 1; k >= 0; k--)
            if (statusWaiters[k](s))
                statusWaiters.splice(k, 1);
    });
    connection.onNotification('window/logMessage', (m) => {
        if (m.type === 1)
            client.errorsLogged.push(m.message);
        logs.push(m.message);
        for (let k = logWaiters.length - 1; k >= 0; k--)
            if (logWaiters[k](m.message))
                logWaiters.splice(k, 1);
    });
    connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (item.section === 'filingLint' ? client.configuration : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: (0, node_url_1.pathToFileURL)(repo_1.ROOT).toString(),
        capabilities: {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
            textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
        },
    });
    await connection.sendNotification('initialized', {});
    return client;
}
function open(client, uri, text, version = 1) {
    return client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'sec-filing', version, text },
    });
}
function replaceAll(client, uri, text, version) {
    return client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
    });
}
//# sourceMappingURL=lsp-client.js.map