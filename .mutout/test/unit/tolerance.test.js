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
 * The rounding tolerance of a footing is worked out with doubles when the scales allow: it must equal
 * the half units added one by one as decimals, for every mix of scales (and cells without a value).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const decimal_1 = require("../../server/src/core/decimal");
const facts_1 = require("../../server/src/core/facts");
const cellOf = (scale) => ({
    column: 1,
    text: '',
    span: { line: 0, start: 0, end: 0 },
    display: { start: 0, end: 0 },
    edge: 0,
    marker: '',
    value: scale === null ? null : (0, decimal_1.decimal)(1n, scale),
    dollar: false,
    percent: false,
});
(0, node_test_1.test)('roundingTolerance equals the half units of the total and every cell, added as decimals', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 0, max: 20 }), fast_check_1.default.array(fast_check_1.default.option(fast_check_1.default.integer({ min: 0, max: 20 })), { maxLength: 90 }), (totalScale, scales) => {
        const cells = scales.map(cellOf);
        let expected = (0, facts_1.halfUnit)(totalScale);
        for (const c of cells)
            if (c.value)
                expected = (0, decimal_1.add)(expected, (0, facts_1.halfUnit)(c.value.scale));
        const got = (0, facts_1.roundingTolerance)(totalScale, cells);
        assert.deepEqual({ units: got.units, scale: got.scale }, { units: expected.units, scale: expected.scale });
    }), { numRuns: 5000 });
    // Whole units: half of the total's and of two cells' last places.
    assert.deepEqual((0, facts_1.roundingTolerance)(0, [cellOf(0), cellOf(0)]), (0, decimal_1.decimal)(15n, 1));
});
//# sourceMappingURL=tolerance.test.js.map