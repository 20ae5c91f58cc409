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
 * The changed block a document store records edit by edit (followedBy) covers every line that
 * differs: outside it the old and new versions hold the very same strings, in the same order.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
let fresh = 0;
const line = () => `line ${fresh++}`;
const edit = fast_check_1.default.record({
    at: fast_check_1.default.double({ min: 0, max: 1, noNaN: true }),
    removed: fast_check_1.default.nat({ max: 4 }),
    added: fast_check_1.default.nat({ max: 4 }),
});
(0, node_test_1.test)('a recorded change covers every changed line, with the right line counts', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 1, max: 40 }), fast_check_1.default.array(edit, { minLength: 1, maxLength: 10 }), (size, edits) => {
        const old = Array.from({ length: size }, line);
        const lines = old.slice();
        let change;
        for (const e of edits) {
            const at = Math.floor(e.at * lines.length);
            const removed = Math.min(e.removed, lines.length - at);
            lines.splice(at, removed, ...Array.from({ length: e.added }, line));
            change = (0, core_1.followedBy)(change, at, removed, e.added);
        }
        const c = change;
        assert.equal(c.delta, lines.length - old.length);
        assert.equal(c.newTo - c.oldTo, c.delta);
        assert.ok(c.from <= c.oldTo && c.from <= c.newTo && c.oldTo <= old.length && c.newTo <= lines.length, JSON.stringify(c));
        for (let i = 0; i < c.from; i++)
            assert.equal(lines[i], old[i]);
        for (let i = c.oldTo; i < old.length; i++)
            assert.equal(lines[i + c.delta], old[i]);
    }), { numRuns: 3000 });
});
(0, node_test_1.test)('an edit alone is its own change; two edits far apart give the block between them', () => {
    assert.deepEqual((0, core_1.followedBy)(undefined, 5, 1, 2), { from: 5, oldTo: 6, newTo: 7, delta: 1 });
    const first = (0, core_1.followedBy)(undefined, 50, 1, 1);
    assert.deepEqual((0, core_1.followedBy)(first, 10, 1, 2), { from: 10, oldTo: 51, newTo: 52, delta: 1 });
});
//# sourceMappingURL=line-change.test.js.map