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
 * Every file of the corpus of real filings tokenizes whole, as the editor tokenizes it: no line
 * stops early, no token gets a font style from the built-in themes, every region the grammar opens
 * (headers, <TEXT>, embedded HTML or uuencoded parts) is closed by the end of the file. No timing
 * here: see scripts/bench-grammar.ts.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const grammar_1 = require("../../scripts/grammar");
const paths_1 = require("../support/paths");
const theme_styles_1 = require("./theme-styles");
const files = fs.existsSync(paths_1.CORPUS)
    ? fs
        .readdirSync(paths_1.CORPUS)
        .filter((n) => !n.endsWith('.md'))
        .sort()
    : [];
(0, node_test_1.test)('every corpus file tokenizes, closes its regions and takes no font style', { skip: files.length ? false : 'no corpus', timeout: 180_000 }, async () => {
    const g = await (0, grammar_1.createGrammar)((0, theme_styles_1.styledTheme)());
    const root = g.tokenizeLine2('', null).ruleStack;
    for (const f of files) {
        const lines = (0, grammar_1.splitLines)(fs.readFileSync(path.join(paths_1.CORPUS, f), 'latin1'));
        const stopped = [];
        const { tokens, state } = (0, grammar_1.tokenizeBinary)(g, lines, (i, _t, stoppedEarly) => {
            if (stoppedEarly)
                stopped.push(i + 1);
        });
        assert.deepEqual(stopped, [], `${f}: lines stopped early`);
        assert.ok(tokens >= lines.length, `${f}: ${tokens} tokens for ${lines.length} lines`);
        assert.ok(g.tokenizeLine2('', state).ruleStack.equals(root), `${f}: a region is still open at the end of the file`);
        assert.deepEqual((0, theme_styles_1.styledTokens)(lines, g, f), [], `${f}: styled tokens`);
    }
});
(0, node_test_1.test)('a truncated file (an unclosed <TEXT> or header) still tokenizes', async () => {
    const g = await (0, grammar_1.createGrammar)();
    for (const text of [
        '<SEC-HEADER>x\nFILER:\n',
        '<TEXT>\n<HTML>\n<P>1,234</P>\n',
        '<TEXT>\nbegin 644 x.jpg\nM123\n',
        '-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n',
    ]) {
        const { tokens } = (0, grammar_1.tokenizeBinary)(g, (0, grammar_1.splitLines)(text));
        assert.ok(tokens > 0);
    }
});
//# sourceMappingURL=corpus.test.js.map