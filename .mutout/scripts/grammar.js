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
exports.ONIG_WASM = exports.GRAMMAR_FILE = exports.SCOPE_NAME = void 0;
exports.createGrammar = createGrammar;
exports.loadGrammar = loadGrammar;
exports.splitLines = splitLines;
exports.tokenize = tokenize;
exports.tokenizeBinary = tokenizeBinary;
exports.fontStyleOf = fontStyleOf;
/**
 * The TextMate grammar loaded the way VS Code loads it: vscode-textmate with the Oniguruma WASM
 * build read from node_modules on disk (no network). Used by the grammar tests and the benchmark.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const vscode_textmate_1 = require("vscode-textmate");
const vscode_oniguruma_1 = require("vscode-oniguruma");
const repo_1 = require("./repo");
exports.SCOPE_NAME = 'text.sec-filing';
exports.GRAMMAR_FILE = path.join(repo_1.ROOT, 'syntaxes', 'sec-filing.tmLanguage.json');
exports.ONIG_WASM = path.join(path.dirname(require.resolve('vscode-oniguruma/package.json')), 'release', 'onig.wasm');
let onig;
function loadOniguruma() {
    onig ??= (async () => {
        const wasm = fs.readFileSync(exports.ONIG_WASM);
        await (0, vscode_oniguruma_1.loadWASM)(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    })();
    return onig;
}
/**
 * A fresh grammar instance; with a theme, tokenizeLine2 reports that theme's colours and font
 * styles. `source` replaces the grammar file (used to probe the tests themselves).
 */
async function createGrammar(theme, source) {
    await loadOniguruma();
    const scopeName = source?.scopeName ?? exports.SCOPE_NAME;
    const registry = new vscode_textmate_1.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (sources) => new vscode_oniguruma_1.OnigScanner(sources),
            createOnigString: (s) => new vscode_oniguruma_1.OnigString(s),
        }),
        loadGrammar: (name) => {
            if (name !== scopeName)
                return Promise.resolve(null);
            return Promise.resolve(source
                ? (0, vscode_textmate_1.parseRawGrammar)(source.json, `${name}.json`)
                : (0, vscode_textmate_1.parseRawGrammar)(fs.readFileSync(exports.GRAMMAR_FILE, 'utf8'), exports.GRAMMAR_FILE));
        },
        ...(theme ? { theme } : {}),
    });
    const g = await registry.loadGrammar(scopeName);
    if (!g)
        throw new Error(`grammar ${scopeName} did not load`);
    return g;
}
let shared;
/** One shared grammar instance (no theme). */
function loadGrammar() {
    shared ??= createGrammar();
    return shared;
}
function splitLines(text) {
    return text.split(/\r\n|\r|\n/);
}
/** Every token of a text, line by line, with the grammar's state carried across lines. */
function tokenize(g, text) {
    const out = [];
    let state = vscode_textmate_1.INITIAL;
    splitLines(text).forEach((line, i) => {
        const r = g.tokenizeLine(line, state);
        for (const t of r.tokens) {
            out.push({ line: i, start: t.startIndex, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
        }
        state = r.ruleStack;
    });
    return out;
}
/**
 * Tokenizes lines the way the editor does (binary tokens): how many tokens were produced and the
 * state after the last line; `onLine` sees each line's encoded tokens ([start, metadata, ...]).
 */
function tokenizeBinary(g, lines, onLine) {
    let state = vscode_textmate_1.INITIAL;
    let tokens = 0;
    for (let i = 0; i < lines.length; i++) {
        const r = g.tokenizeLine2(lines[i], state);
        tokens += r.tokens.length / 2;
        onLine?.(i, r.tokens, r.stoppedEarly);
        state = r.ruleStack;
    }
    return { tokens, state };
}
/** Font style bits of a binary token's metadata: 1 italic, 2 bold, 4 underline, 8 strikethrough. */
function fontStyleOf(metadata) {
    return (metadata & 0b0111_1000_0000_0000) >>> 11;
}
//# sourceMappingURL=grammar.js.map