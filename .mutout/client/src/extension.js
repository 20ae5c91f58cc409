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
 * The extension's main over Node (desktop VS Code, and remote hosts that run Node): the language
 * server in a child process over stdio. browser.ts is the main in VS Code for the Web.
 */
const path = __importStar(require("node:path"));
const node_1 = require("vscode-languageclient/node");
const runtime_1 = require("../../common/runtime");
const client_1 = require("./client");
var client_2 = require("./client");
Object.defineProperty(exports, "deactivate", { enumerable: true, get: function () { return client_2.deactivate; } });
async function activate(context) {
    const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
    // Over stdio, as other editors run it: the server's own writer sends each message at once and
    // reuses the bytes of results asked for again and again (server/src/protocol/connection.ts), which
    // Node's IPC channel would not let it do.
    const serverOptions = {
        run: { module: serverModule, transport: node_1.TransportKind.stdio, options: { execArgv: [...runtime_1.SERVER_EXEC_ARGV] } },
        debug: {
            module: serverModule,
            transport: node_1.TransportKind.stdio,
            options: { execArgv: ['--nolazy', '--inspect=6009', ...runtime_1.SERVER_EXEC_ARGV] },
        },
    };
    await (0, client_1.startClient)(context, (options) => new node_1.LanguageClient('filingLint', 'Filing Lint', serverOptions, options));
}
//# sourceMappingURL=extension.js.map