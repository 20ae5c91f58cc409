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
/** Splitting into lines: the LF-only shortcut must cut exactly where the CRLF/CR/LF pattern does. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const byPattern = (text) => text.split(/\r\n|\r|\n/);
(0, node_test_1.test)('splitLines agrees with the CRLF/CR/LF pattern on any mix of line ends', () => {
    const piece = fast_check_1.default.constantFrom('a', ' ', '1', '\n', '\r', '\r\n', '\n\r', '\t', 'é');
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual((0, core_1.splitLines)(text), byPattern(text));
    }), { numRuns: 5000 });
});
(0, node_test_1.test)('text with and without carriage returns', () => {
    assert.deepEqual((0, core_1.splitLines)('a\nb\n'), ['a', 'b', '']);
    assert.deepEqual((0, core_1.splitLines)('a\r\nb\rc\n'), ['a', 'b', 'c', '']);
    assert.deepEqual((0, core_1.splitLines)(''), ['']);
});
//# sourceMappingURL=split-lines.test.js.map