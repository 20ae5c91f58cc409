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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Cheap tests that spare the parser a regular expression on most lines must never say no where the
 * expression says yes: checked on lines made of markers, white space of every kind and text.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const lines_1 = require("../../server/src/core/parse/lines");
const regions_1 = require("../../server/src/core/parse/regions");
const piece = fast_check_1.default.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', '\ufeff', '\x01', '(1)', '(a)', '*', '**', '{2}', '3)', '12)', 'Note', 'x', '"', '(', '</', '</TEXT>', '</text>', '<TEXT>', '</TD>', '7', '.');
const line = fast_check_1.default.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
(0, node_test_1.test)('a line FOOTNOTE_RE matches always passes mayBeFootnote', () => {
    fast_check_1.default.assert(fast_check_1.default.property(line, (raw) => {
        if (lines_1.FOOTNOTE_RE.test(raw))
            assert.ok((0, lines_1.mayBeFootnote)(raw, (0, lines_1.firstNonBlank)(raw)), JSON.stringify(raw));
    }), { numRuns: 20000 });
    assert.ok((0, lines_1.mayBeFootnote)('  (1) The loans', 2) && lines_1.FOOTNOTE_RE.test('  (1) The loans'));
    assert.ok(!(0, lines_1.mayBeFootnote)('  The loans (1) are', 2));
});
(0, node_test_1.test)('a line TEXT_CLOSE matches always passes mayCloseText', () => {
    fast_check_1.default.assert(fast_check_1.default.property(line, (raw) => {
        if (regions_1.TEXT_CLOSE.test(raw))
            assert.ok((0, regions_1.mayCloseText)(raw), JSON.stringify(raw));
    }), { numRuns: 20000 });
    assert.ok((0, regions_1.mayCloseText)('\u00a0</TEXT>') && regions_1.TEXT_CLOSE.test('\u00a0</TEXT>'));
    assert.ok(!(0, regions_1.mayCloseText)('<TD>x</TD>'));
});
//# sourceMappingURL=prefilters.test.js.map