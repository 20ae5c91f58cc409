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
/**
 * The server's main over Node (bundled as server/out/server.js): the connection its command line
 * names, stdio when VS Code starts it, and the server on it, reading sidecar files from disk.
 * worker.ts is the main in a browser's web worker.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const node_url_1 = require("node:url");
const connection_1 = require("./protocol/connection");
const server_1 = require("./server");
const readSidecar_1 = require("../../common/readSidecar");
(0, server_1.startServer)((0, connection_1.serverConnection)(), {
    runtime: 'node',
    // The rule pages ship beside the bundle: server/out/server.js -> docs/rules/CODE.md.
    docsRoot: (0, node_url_1.pathToFileURL)(path.join(__dirname, '..', '..', 'docs', 'rules') + path.sep).toString(),
    // `NAME.filinglint.json` beside a file on disk (read only; the client writes it).
    sidecar: (uri) => {
        if (!uri.startsWith('file:'))
            return [];
        try {
            return (0, readSidecar_1.readSidecar)((0, node_url_1.fileURLToPath)(uri));
        }
        catch {
            return []; // not a path on this system
        }
    },
    largeDocumentAdvice: 'the command line',
    heapUsed: () => process.memoryUsage().heapUsed,
    // The warm-up filings ship beside the bundle: server/out/server.js -> server/warm-up/*.txt.
    warmUpFilings: () => {
        const dir = path.join(__dirname, '..', 'warm-up');
        return fs
            .readdirSync(dir)
            .filter((name) => name.endsWith('.txt'))
            .sort()
            .map((name) => fs.readFileSync(path.join(dir, name), 'latin1'));
    },
});
//# sourceMappingURL=main.js.map