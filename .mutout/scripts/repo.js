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
exports.PROJECT_FILINGS = exports.CORPUS = exports.SHARED_CORPUS = exports.SAMPLE = exports.ROOT = void 0;
exports.readFiling = readFiling;
exports.filingName = filingName;
exports.projectFilings = projectFilings;
/** Where things are, from the repository root, whether run from source or from `out/`. */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const zlib = __importStar(require("node:zlib"));
function findRoot(start) {
    let dir = start;
    for (;;) {
        if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'samples')))
            return dir;
        const up = path.dirname(dir);
        if (up === dir)
            throw new Error(`repository root not found above ${start}`);
        dir = up;
    }
}
exports.ROOT = findRoot(__dirname);
exports.SAMPLE = path.join(exports.ROOT, 'samples', 'cwmbs-alt-2002-20-8k.txt');
/** The shared corpus of third-party filings, beside the repository. */
exports.SHARED_CORPUS = path.resolve(exports.ROOT, '..', 'shared', 'corpus');
exports.CORPUS = path.join(exports.SHARED_CORPUS, 'real');
/** The project's own corpus of real filings (test/corpus/filings), kept gzip-compressed. */
exports.PROJECT_FILINGS = path.join(exports.ROOT, 'test', 'corpus', 'filings');
/**
 * A filing's bytes as filed, whether it is stored as it is or gzip-compressed (`NAME.gz`, how the
 * project's corpus keeps its filings: a quarter of the size, the same bytes once decompressed).
 */
function readFiling(file) {
    const bytes = fs.readFileSync(file);
    return file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes;
}
/** The name a stored filing goes by in findings and verdicts: without its `.gz`. */
function filingName(file) {
    return path.basename(file).replace(/\.gz$/, '');
}
/** The filings of the project's corpus, by path, in name order. */
function projectFilings() {
    if (!fs.existsSync(exports.PROJECT_FILINGS))
        return [];
    return fs
        .readdirSync(exports.PROJECT_FILINGS)
        .sort()
        .map((f) => path.join(exports.PROJECT_FILINGS, f));
}
//# sourceMappingURL=repo.js.map