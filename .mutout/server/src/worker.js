"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The server's main in a browser's web worker (bundled as server/out/worker.js), as VS Code for the
 * Web runs it: messages over the worker's own postMessage, and the same `startServer` as over Node.
 * A worker reads no files: the client reads the sidecar files through the editor's file system.
 */
const browser_1 = require("vscode-languageserver/browser");
const server_1 = require("./server");
const messages_1 = require("../../common/messages");
const connection = (0, browser_1.createConnection)(new browser_1.BrowserMessageReader(self), new browser_1.BrowserMessageWriter(self));
// The client's exit notification ends the worker, as the end of its input ends the Node server.
connection.onExit(() => self.close());
(0, server_1.startServer)(connection, {
    runtime: 'web worker',
    // Beside the script, for a worker loaded from server/out/worker.js; this extension's client, which
    // starts it from a blob, names the folder.
    docsRoot: besideScript('../../docs/rules/'),
    sidecar: (uri) => connection.sendRequest(messages_1.READ_SIDECAR, { uri }).then((list) => (Array.isArray(list) ? list : []), () => []),
    largeDocumentAdvice: 'the command line (`npx filing-lint`, which needs Node.js and does not run in VS Code for the Web)',
});
/** A path relative to the worker's script, as a URI; as given when the script has no such URI. */
function besideScript(relative) {
    try {
        return new URL(relative, self.location.href).toString();
    }
    catch {
        return relative;
    }
}
//# sourceMappingURL=worker.js.map