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
 * The last line of a sentence or of a title's period, set right over a table's column headings with
 * no blank line between: it finishes the line above it, and is no column heading. Cut from Eastman
 * Kodak's 10-K for 1997 (test/corpus, tuning) and PepsiCo's 10-K for 1994 (validation-2).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const fixtures_1 = require("../support/fixtures");
(0, node_test_1.test)("a sentence's last line over the headings is not a column's heading", () => {
    const text = (0, fixtures_1.realFixture)('kodak-1997-options-sentence-over-headings');
    const [table] = (0, core_1.parseFiling)(text).tables;
    // Before, `December 31, 1997:` began the header of the options outstanding.
    assert.equal(table.columns[1].header, '(Number of options in thousands) Options Outstanding Options');
    assert.ok(table.columns.every((c) => !c.header.includes('1997')));
    assert.match(table.title, /^The following table summarizes information about stock options/);
    assert.deepEqual((0, core_1.analyze)(text).findings, []);
});
(0, node_test_1.test)("a title's period of weeks, on two lines over the headings, stays in the title block", () => {
    const text = (0, fixtures_1.realFixture)('pepsico-1994-equity-statement-weeks-ended');
    const [table] = (0, core_1.parseFiling)(text).tables;
    assert.equal(table.title, "Consolidated Statement of Shareholders' Equity (page 1 of 2)");
    assert.equal(table.columns[1].header, 'Issued Shares');
    assert.ok(table.columns.every((c) => !c.header.includes('December')));
});
//# sourceMappingURL=sentence-over-headings.test.js.map