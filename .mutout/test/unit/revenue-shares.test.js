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
 * Shares of revenues printed under a figure in a discussion's table, against the income statement's
 * revenues for the period (facts/revenueShares.ts, FL314). On Alphabet's 10-Q for the first quarter
 * of 2017, cut to its income statement and three such tables (test/fixtures/real).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const revenueShares_1 = require("../../server/src/core/facts/revenueShares");
const paths_1 = require("../support/paths");
const ALPHABET = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'alphabet-2017-html-shares-of-revenues.txt'), 'latin1');
const fl314 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL314');
/** Each share read: its figure row, period, printed share, the share of the printed figures, and whether it agrees. */
function shares(text) {
    return (0, revenueShares_1.revenueShares)((0, core_1.parseFiling)(text)).map((s) => [
        s.figureRow.label,
        s.column.header,
        s.cell.text.trim(),
        (0, core_1.format)(s.finer),
        s.ok,
    ]);
}
(0, node_test_1.test)('Alphabet 2017: each share is read against the income statement of its period', () => {
    assert.deepEqual(shares(ALPHABET), [
        ['Research and development expenses', 'Three Months Ended March 31, 2016', '16.6', '16.621', true],
        ['Research and development expenses', 'Three Months Ended March 31, 2017', '15.9', '15.927', true],
        ['General and administrative expenses', 'Three Months Ended March 31, 2016', '7.4', '7.469', false],
        ['General and administrative expenses', 'Three Months Ended March 31, 2017', '7.3', '7.277', true],
        ['Other income (expense), net', 'Three Months Ended March 31, 2016 (unaudited)', '(1.1', '1.051', true],
        ['Other income (expense), net', 'Three Months Ended March 31, 2017 (unaudited)', '1.1', '1.014', false],
    ]);
});
(0, node_test_1.test)('a share a unit off is reported on it, and the fix writes the share of the printed figures', () => {
    const found = fl314(ALPHABET);
    assert.equal(found.length, 2);
    const lines = ALPHABET.split('\n');
    assert.deepEqual(found.map((f) => [lines[f.span.line].slice(f.span.start, f.span.end), f.fix?.title]), [
        ['7.4', 'Change 7.4 to 7.5'],
        ['1.1', 'Change 1.1 to 1.0'],
    ]);
    const fixed = (0, core_1.applyEdits)(ALPHABET, found[0].fix.edits);
    assert.equal(fixed.length, ALPHABET.length, 'the fix changes the share alone');
    assert.deepEqual(fl314(fixed).map((f) => f.fix?.title), ['Change 1.1 to 1.0']);
});
(0, node_test_1.test)('no share agreeing with the statement: its revenues, unit or periods may be misread, and nothing is reported', () => {
    // The R&D table, the 2017 G&A share and the 2016 share of other income agree; without them,
    // neither failing share is confirmed.
    const start = ALPHABET.indexOf('The following table presents our R&amp;D expenses');
    const rd = ALPHABET.slice(ALPHABET.lastIndexOf('<div', start), ALPHABET.indexOf('</table>', start) + 8);
    const alone = ALPHABET.replace(rd, '')
        .replace(/>7\.3</, '>9.9<')
        .replace(/>\(1\.1</, '>(9.9<');
    assert.ok(shares(alone).every((s) => s[4] === false));
    assert.deepEqual(fl314(alone), []);
});
(0, node_test_1.test)('a table whose unit is not read is not tied to a statement whose unit is', () => {
    const unitless = ALPHABET.replace('other income (expense), net (in millions):', 'other income (expense), net:');
    assert.ok(shares(unitless).every((s) => s[0] !== 'Other income (expense), net'));
    assert.equal(fl314(unitless).length, 1);
});
(0, node_test_1.test)('a quarter is not a share of the year: a column of a quarter is tied to a statement of three months only', () => {
    // The statement and the tables made annual, then the G&A table's columns made quarters.
    const annual = ALPHABET.replaceAll('Three Months Ended', 'Year Ended');
    const start = annual.indexOf('general and administrative expenses (in millions');
    const end = annual.indexOf('</table>', start);
    const quarterly = annual.slice(0, start) + annual.slice(start, end).replaceAll('Year Ended', 'Quarter Ended') + annual.slice(end);
    const figureRows = (text) => shares(text).map((s) => s[0]);
    assert.ok(figureRows(annual).includes('General and administrative expenses'), 'the year against the year');
    assert.ok(!figureRows(quarterly).includes('General and administrative expenses'), 'a quarter against no year');
    assert.ok(figureRows(quarterly).includes('Research and development expenses'));
});
const ALTERA = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'altera-1996-percent-of-sales-table.txt'), 'latin1');
(0, node_test_1.test)('a table of shares alone: each row a line of the statement, over its sales for the same year', () => {
    const read = (0, revenueShares_1.revenueShares)((0, core_1.parseFiling)(ALTERA));
    assert.ok(read.every((s) => s.layout === 'table'));
    // Seven rows of three years name a line of the statement; `Gross margin` and `Operating income` do not.
    assert.equal(read.length, 20);
    assert.deepEqual(read.filter((s) => !s.ok).map((s) => [s.label, s.cell.text.trim(), (0, core_1.format)(s.finer)]), [
        ['Research and development', '23%', '11.19'],
        ['Selling, general, and administrative', '17%', '17.64'],
        ['Interest expense', '3%', '2.47'],
        ['Provision for income taxes', '9%', '8.495'],
    ]);
    // 23% is the research line and the in-process charge together: no unit's slip, passed over.
    assert.deepEqual(fl314(ALTERA).map((f) => [f.span.line, f.fix?.title]), [
        [15, 'Change 17 to 18'],
        [17, 'Change 3 to 2'],
        [19, 'Change 9 to 8'],
    ]);
    const fixed = (0, core_1.applyEdits)(ALTERA, fl314(ALTERA)[0].fix.edits);
    assert.equal(fixed.length, ALTERA.length, 'the fix changes the share alone');
    assert.equal(fl314(fixed).length, 2);
});
(0, node_test_1.test)("a statement's title wrapped after `&` is read whole, and names the statement", () => {
    const statement = (0, core_1.parseFiling)(ALTERA).tables.find((t) => t.title.startsWith('CONSOLIDATED'));
    assert.equal(statement?.title, "CONSOLIDATED STATEMENTS OF OPERATIONS & SHAREHOLDERS' EQUITY OPERATIONS");
});
(0, node_test_1.test)('a table of shares whose rows mostly disagree with the statement is of another base: nothing is reported', () => {
    // Sales of another entity (a segment's, restated): most shares now disagree, and the table's
    // reading is not confirmed.
    const other = ALTERA.replace('$497,306', '$527,306').replace('$401,598', '$431,598').replace('$198,796', '$208,796');
    assert.notEqual(other, ALTERA);
    assert.deepEqual(fl314(other), []);
});
//# sourceMappingURL=revenue-shares.test.js.map