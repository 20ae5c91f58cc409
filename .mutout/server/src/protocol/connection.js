"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ImmediateMessageWriter = void 0;
exports.encodeMessage = encodeMessage;
exports.consoleToLog = consoleToLog;
exports.serverConnection = serverConnection;
/**
 * The connection to the editor, and the bytes of results it sends again and again.
 *
 * An editor asks for a document's symbols several times per version (the outline, breadcrumbs,
 * sticky scroll, Go to Symbol), and on a large filing the answer is large: 674 tables of the bench's
 * 10 MB filing make 164 KB of JSON, which took the server 1.2 to 2 ms to write each time, a third of
 * the request's round trip. A result marked with `sendsUnchanged` is serialised once, on its first
 * sending; later responses wrap those bytes in their own envelope. Diagnostics are marked one by
 * one: a document's diagnostics sent again are spliced from the bytes of those sent before.
 *
 * Messages go out the moment they are sent (see ImmediateMessageWriter).
 *
 * For `--stdio` the library builds its own message writer, which does neither. Over stdio (VS Code
 * through this extension's client, and other editors) the connection is therefore built here, with
 * this writer, and does what the library does for `--stdio`: console output goes to the editor's log
 * (stdout carries the protocol), and the server exits when its input ends. Other transports
 * (`--node-ipc`, `--socket`, `--pipe`) are left to the library.
 */
const node_util_1 = require("node:util");
const node_1 = require("vscode-languageserver/node");
const unchanged_1 = require("./unchanged");
/** The JSON of a marked result, made on its first sending. */
function resultBytes(result) {
    return (0, unchanged_1.bytesOf)(result, (r) => Buffer.from(JSON.stringify(r), 'utf8'));
}
/** A response whose result is marked (an error response, or one with another result, is not). */
function markedResult(message) {
    const response = message;
    const result = response.result;
    return response.error === undefined && typeof result === 'object' && result !== null && (0, unchanged_1.isMarked)(result)
        ? result
        : undefined;
}
const CLOSE = Buffer.from('}', 'utf8');
const COMMA = Buffer.from(',', 'utf8');
/** Stands for the diagnostics in a notification's JSON, to be replaced by their bytes. */
const SLOT = '\u0000diagnostics\u0000';
const SLOT_JSON = JSON.stringify(SLOT);
/**
 * A diagnostics notification's bytes, with the bytes of its marked diagnostics reused: after a
 * keystroke in a filing of thousands of tables, the document's diagnostics are sent again, most of
 * them the very objects sent before (see diagnostics.ts). Undefined for any other message, and for
 * one with no marked diagnostic.
 */
function diagnosticsBytes(message) {
    const notification = message;
    const diagnostics = notification.params?.diagnostics;
    if (notification.method !== 'textDocument/publishDiagnostics' ||
        !Array.isArray(diagnostics) ||
        !diagnostics.some((d) => typeof d === 'object' && d !== null && (0, unchanged_1.isMarked)(d))) {
        return undefined;
    }
    // The envelope as JSON.stringify writes it, the diagnostics standing in a slot (a string no URI
    // holds: URIs escape control characters), then the diagnostics' bytes in their place.
    const json = JSON.stringify(message, (_key, value) => (value === diagnostics ? SLOT : value));
    const at = json.lastIndexOf(SLOT_JSON);
    const chunks = [Buffer.from(`${json.slice(0, at)}[`, 'utf8')];
    diagnostics.forEach((d, i) => {
        if (i > 0)
            chunks.push(COMMA);
        chunks.push((0, unchanged_1.isMarked)(d) ? resultBytes(d) : Buffer.from(JSON.stringify(d) ?? 'null', 'utf8'));
    });
    chunks.push(Buffer.from(`]${json.slice(at + SLOT_JSON.length)}`, 'utf8'));
    return Buffer.concat(chunks);
}
/** A message's bytes: its JSON, as the library writes it, with marked results' bytes reused. */
function encodeMessage(message) {
    const result = markedResult(message);
    if (result === undefined)
        return diagnosticsBytes(message) ?? Buffer.from(JSON.stringify(message), 'utf8');
    const { id, jsonrpc } = message;
    const head = Buffer.from(`{"jsonrpc":${JSON.stringify(jsonrpc)},"id":${JSON.stringify(id)},"result":`, 'utf8');
    return Buffer.concat([head, resultBytes(result), CLOSE]);
}
/**
 * Writes each message to the stream the moment it is sent, framed as the library frames it. The
 * library's stream writer waits for the event loop's next turn, behind the collections V8 runs when
 * idle (after a large first analysis, 94 to 130 ms before the diagnostics went out; now 6 ms). The
 * encoding is synchronous, and the stream keeps the messages in the order they were sent.
 * Engine note: see docs/performance.md#messages-written-at-once
 */
class ImmediateMessageWriter extends node_1.AbstractMessageWriter {
    stream;
    errorCount = 0;
    constructor(stream) {
        super();
        this.stream = stream;
        stream.on('error', (error) => this.fireError(error));
        stream.on('close', () => this.fireClose());
    }
    write(message) {
        let body;
        try {
            body = encodeMessage(message);
        }
        catch (error) {
            this.fireError(error);
            return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
        return new Promise((resolve, reject) => {
            // Corked, the header and the body leave in one system call.
            this.stream.cork();
            this.stream.write(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii');
            this.stream.write(body, (error) => {
                if (!error)
                    return resolve();
                this.fireError(error, message, ++this.errorCount);
                reject(error);
            });
            this.stream.uncork();
        });
    }
    end() {
        this.stream.end();
    }
}
exports.ImmediateMessageWriter = ImmediateMessageWriter;
/** Sends console output to the editor's log: over stdio, stdout is the protocol's. */
function consoleToLog(connection) {
    const log = connection.console;
    console.log = (...args) => log.log((0, node_util_1.format)(...args));
    console.info = (...args) => log.info((0, node_util_1.format)(...args));
    console.debug = (...args) => log.log((0, node_util_1.format)(...args));
    console.warn = (...args) => log.warn((0, node_util_1.format)(...args));
    console.error = (...args) => log.error((0, node_util_1.format)(...args));
    console.trace = (...args) => log.log(`Trace: ${(0, node_util_1.format)(...args)}\n${new Error().stack?.split('\n').slice(2).join('\n') ?? ''}`);
}
/** The server's connection, over the transport its command line names. */
function serverConnection(argv = process.argv) {
    if (!argv.slice(2).includes('--stdio'))
        return (0, node_1.createConnection)(node_1.ProposedFeatures.all);
    const connection = (0, node_1.createConnection)(node_1.ProposedFeatures.all, new node_1.StreamMessageReader(process.stdin), new ImmediateMessageWriter(process.stdout));
    consoleToLog(connection);
    // The editor closing the server's input ends the server: cleanly after a shutdown request, as
    // the protocol asks, or with 1 when the editor went away without one.
    let shutdown = false;
    connection.onShutdown(() => {
        shutdown = true;
    });
    const end = () => process.exit(shutdown ? 0 : 1);
    process.stdin.on('end', end);
    process.stdin.on('close', end);
    return connection;
}
//# sourceMappingURL=connection.js.map