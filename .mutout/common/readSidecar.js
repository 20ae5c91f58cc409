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
exports.readSidecar = readSidecar;
/**
 * Reading `NAME.filinglint.json` beside a filing on disk (the editor's "silence" action writes it),
 * so that the language server and the command line silence the same findings. Apart from the
 * format (sidecar.ts) because it needs Node's file system, which the format does not.
 */
const fs = __importStar(require("node:fs"));
const sidecar_1 = require("./sidecar");
/** The suppressions beside `filingPath`; none when there is no such file or it cannot be read. */
function readSidecar(filingPath) {
    try {
        const file = (0, sidecar_1.sidecarPath)(filingPath);
        return fs.existsSync(file) ? (0, sidecar_1.parseSidecar)(fs.readFileSync(file, 'utf8')) : [];
    }
    catch {
        return [];
    }
}
//# sourceMappingURL=readSidecar.js.map