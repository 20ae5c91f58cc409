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
exports.deactivate = void 0;
exports.activate = activate;
/**
 * The extension's main in VS Code for the Web (vscode.dev, github.dev, code-server's web worker
 * extension host): the language server in a web worker of its own, started from the extension's
 * server/out/worker.js. Filings are analysed in the workspace's folders whatever their file system.
 */
const vscode = __importStar(require("vscode"));
const browser_1 = require("vscode-languageclient/browser");
const client_1 = require("./client");
var client_2 = require("./client");
Object.defineProperty(exports, "deactivate", { enumerable: true, get: function () { return client_2.deactivate; } });
/**
 * The server in a worker running `script`, and the messages to and from it. A web worker extension
 * host cannot start a worker from an extension on a remote host (code-server's `vscode-remote:`
 * URIs), but its `fetch` reads them, as it reads `https:` and `file:` ones: the script is fetched and
 * started from a blob. The host wraps `Worker`, so the library would not know the worker for one:
 * the transports are made here.
 */
async function startWorker(script) {
    const response = await fetch(script.toString(true));
    if (!response.ok)
        throw new Error(`could not load ${script.toString(true)}: ${response.status}`);
    const blob = new Blob([await response.text()], { type: 'application/javascript' });
    const worker = new Worker(URL.createObjectURL(blob));
    return { reader: new browser_1.BrowserMessageReader(worker), writer: new browser_1.BrowserMessageWriter(worker) };
}
async function activate(context) {
    const main = vscode.Uri.joinPath(context.extensionUri, 'server', 'out', 'worker.js');
    const schemes = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme);
    // A new worker each time the client starts the server, so a restart gets a fresh one.
    await (0, client_1.startClient)(context, (options) => new browser_1.LanguageClient('filingLint', 'Filing Lint', () => startWorker(main), options), schemes);
}
//# sourceMappingURL=browser.js.map