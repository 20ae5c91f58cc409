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
 * The views of lines a parse keeps for the next (parse/lines.ts KeptViews): a byte per line for the
 * lines that are their own view and the few views made, moved with the lines an edit adds or
 * removes, as an array of a slot per line was.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const lines_1 = require("../../server/src/core/parse/lines");
/** The slots as an array, for comparison with the array they replace. */
function slots(views) {
    return Array.from({ length: views.length }, (_, i) => views.get(i));
}
(0, node_test_1.test)('views kept, cleared and moved by edits read as an array of a slot per line would', () => {
    const slot = fast_check_1.default.oneof(fast_check_1.default.constant(undefined), fast_check_1.default.constant(null), fast_check_1.default.constant('view'));
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(slot, { minLength: 1, maxLength: 40 }), fast_check_1.default.nat(), fast_check_1.default.nat(), fast_check_1.default.nat({ max: 6 }), (initial, a, b, added) => {
        const n = initial.length;
        const from = a % (n + 1);
        const oldTo = from + (b % (n - from + 1));
        const newTo = from + added;
        const views = lines_1.KeptViews.of(n);
        const array = Array.from({ length: n }, () => undefined);
        initial.forEach((s, i) => {
            if (s === undefined)
                return;
            const view = s === null ? null : (0, lines_1.plainView)(`line ${i}\t`);
            views.set(i, view);
            array[i] = view;
        });
        assert.deepEqual(slots(views), array);
        // An edit that keeps the line count forgets the edited lines' views in place.
        const same = lines_1.KeptViews.of(n);
        array.forEach((v, i) => v !== undefined && same.set(i, v));
        same.clear(from, oldTo);
        const cleared = array.map((v, i) => (i >= from && i < oldTo ? undefined : v));
        assert.deepEqual(slots(same), cleared);
        // One that adds or removes lines moves the views below it.
        const moved = views.spliced(from, oldTo, newTo);
        const spliced = array.slice();
        spliced.splice(from, oldTo - from, ...Array.from({ length: newTo - from }, () => undefined));
        assert.equal(moved.length, spliced.length);
        assert.deepEqual(slots(moved), spliced);
    }), { numRuns: 300 });
});
//# sourceMappingURL=kept-views.test.js.map