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
 * What inline XBRL statements print that says how their figures add, each cut from a filing of the
 * project corpus (validation-28 and -29), pristine (no finding) and with a slip put in (still
 * reported): a unit note with its exceptions in the label column's head (`(MILLIONS, EXCEPT PER SHARE
 * DATA)`), rows per share known by the heading they stand under or by their column's header, a
 * percent change worked out excluding foreign exchange or over a loss as it stands, signed, a total
 * that restates the one row of its section (validation-29), a percent column's subtotal, a
 * footnote's figure in a unit of its own, a table continued without its headings (validation-30), and
 * a relation that only a coincidence of small figures made (validation-31).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const repo_1 = require("../../scripts/repo");
const analysis_1 = require("../support/analysis");
const html_1 = require("../support/html");
/** The corpus filings read, by name: several tests cut tables from one. */
const filings = new Map();
/**
 * The `<table>` of a corpus filing holding the character at `line`:`col` (1-based, as the CLI names
 * a finding), through the one holding `line`:`last` (the same table unless given), and the `after`
 * characters that follow (its footnotes), as a filing of its own.
 */
function tableAt(file, line, col, after = 0, last = col) {
    let text = filings.get(file);
    if (text === undefined) {
        text = (0, repo_1.readFiling)(path.join(repo_1.PROJECT_FILINGS, `${file}.gz`)).toString('latin1');
        filings.set(file, text);
    }
    let lineStart = 0;
    for (let l = 1; l < line; l++)
        lineStart = text.indexOf('\n', lineStart) + 1;
    const offset = lineStart + col - 1;
    const start = text.lastIndexOf('<table', offset);
    const end = text.indexOf('</table>', lineStart + last - 1) + '</table>'.length;
    assert.ok(start >= 0 && end > offset, `a table at ${line}:${col}`);
    // Cut where a tag closes, so that no tag is left half open.
    const tail = after > 0 ? text.slice(end, text.lastIndexOf('>', end + after) + 1) : '';
    return (0, html_1.htmlFiling)([text.slice(start, end) + tail]);
}
/** The error and warning findings of `code`. */
const findingsOf = analysis_1.errorAndWarningFindings;
/** `text` with the `nth` (0-based) occurrence of `from` replaced by `to`. */
function replaced(text, from, to, nth = 0) {
    let at = -1;
    for (let i = 0; i <= nth; i++)
        at = text.indexOf(from, at + 1);
    assert.ok(at >= 0, from);
    return text.slice(0, at) + to + text.slice(at + from.length);
}
/** The one `code` finding of `text` with `from` slipped to `to` (at its `nth` occurrence): its message. */
function slipReported(text, code, from, to, nth = 0) {
    const findings = findingsOf(replaced(text, from, to, nth), code);
    assert.equal(findings.length, 1);
    return findings[0].message;
}
const PFIZER = '10q-2023-pfizer-quarterly-report-document.html';
(0, node_test_1.test)("a unit note's exceptions after a comma still make it the table's unit, shares in it", () => {
    // Pfizer's statement of equity, six months to July 3, 2022: treasury shares (3,851) + (12) + (39)
    // = (3,902) millions, (3,903) at the end; `(MILLIONS, EXCEPT PER SHARE DATA)` heads the labels.
    const text = tableAt(PFIZER, 4, 888833);
    const [table] = (0, core_1.parseFiling)(text).tables;
    assert.equal(table.scale?.text, '(MILLIONS, EXCEPT PER SHARE DATA)');
    assert.equal(table.scale?.exponent, 6);
    assert.equal(table.scale?.counts, 'shares');
    assert.deepEqual(findingsOf(text, 'FL101'), []);
    // Ten million shares more at the end is no rounding.
    assert.match(slipReported(text, 'FL101', '3,903', '3,913'), /3,913/);
});
(0, node_test_1.test)('rows under a heading that says per share are quotients, added within their rounding', () => {
    // Pfizer's income statement: under `Earnings per common share--diluted:`, 1.73 + 0.01 for 1.73
    // (three months 2022) and 3.09 + nothing for 3.10 (six months): each rounded on its own.
    const text = tableAt(PFIZER, 4, 576211);
    assert.deepEqual(findingsOf(text, 'FL101'), []);
    // A slip of a dime is still one.
    assert.match(slipReported(text, 'FL101', '>3.10<', '>3.20<'), /3\.20/);
});
(0, node_test_1.test)("a column whose header says per share is added within its rounding, whatever its rows' labels", () => {
    // PepsiCo's 2022 Juice Transaction: `Impact on net income attributable to PepsiCo per common
    // share`, 2.04 + 0.01 for a total of 2.04, footnoted `Does not sum due to rounding`.
    const text = tableAt('10k-2023-pepsico-annual-report-document.html', 5, 3598517, 3000);
    assert.match(text, /Does not sum due to rounding/);
    assert.deepEqual(findingsOf(text, 'FL101'), []);
    assert.match(slipReported(text, 'FL101', '>2.04<', '>2.40<', 1), /2\.40/);
});
(0, node_test_1.test)('a percent change excluding foreign exchange is not worked out from the amounts beside it', () => {
    // Merck's vaccine sales, second quarter of 2023: Gardasil 2,458 against 1,674 is up 47%, and 53%
    // excluding foreign exchange. Only the plain change is checked.
    const text = tableAt('10q-2023-merck-quarterly-report-document.html', 4, 2352278);
    assert.deepEqual(findingsOf(text, 'FL107'), []);
    // The plain change printed 74 is still a slip.
    assert.match(slipReported(text, 'FL107', '>47&#160;<', '>74&#160;<'), /^74 in "Gardasil\/Gardasil 9"/);
});
const MMM = '10q-2023-3m-quarterly-report-document.html';
(0, node_test_1.test)("a total that restates its section's one row is not read over the rows above the section's heading", () => {
    // 3M's special items, six months 2022: Safety and Industrial's `Total special items` 1,400 under
    // its one item (litigation, 1,400), below `GAAP amounts` (80) and the heading `Adjustments for
    // special items:`. Read over (80) it missed by 80, "a slip".
    const text = tableAt(MMM, 4, 2329053);
    assert.deepEqual(findingsOf(text, 'FL101'), []);
    // The company's total of two items is still footed: 1,966 printed 1,996 is a slip.
    assert.match(slipReported(text, 'FL101', '>1,966&#160;<', '>1,996&#160;<'), /Total 1,930 ≠ sum of rows 1,960/);
});
(0, node_test_1.test)('a total that restates its one row is still footed by a breakdown under it', () => {
    // Palantir's 2023 debt securities: `Total debt securities` restates its one row (U.S. treasury
    // securities), and the two rows under it, `Included in cash and cash equivalents` and `Included
    // in marketable securities`, add to it in each of its four columns.
    const text = tableAt('10k-2023-palantir-annual-report-document.html', 5, 1591809);
    const { model } = (0, core_1.analyze)(text);
    const [table] = model.tables;
    const total = table.rows.find((r) => r.label === 'Total debt securities');
    const footings = (0, core_1.factsOf)(table).footings.filter((f) => f.total === total);
    assert.deepEqual(footings.map((f) => [f.ok, f.segment.map((r) => r.label.split(' ')[2])]), Array.from({ length: 4 }, () => [true, ['cash', 'marketable']]));
});
(0, node_test_1.test)('a change from a loss to income may be printed over the loss as it stands, signed', () => {
    // 3M's business segments, second quarter of 2023: Safety and Industrial's operating income 534
    // against (707) is printed (175.6)%, (534 - (707)) / (707). The segments' other change rows agree
    // with their amounts.
    const text = tableAt(MMM, 4, 2690443, 0, 2786649);
    assert.deepEqual(findingsOf(text, 'FL107'), []);
    // Its size is still checked: (157.6)% is a transposition.
    assert.match(slipReported(text, 'FL107', '175.6', '157.6'), /^\(157\.6\)/);
});
(0, node_test_1.test)("a percent column's whole adds the subtotal its amounts' footing reads", () => {
    // Ford's consumer receivables by credit quality: `Total` 100.0 = `Total past due` 1.0 + `Current`
    // 99.0, as the amounts foot (780 + 73,675 = 74,455). The sum had left the subtotal's 1.0 out.
    const text = tableAt('10q-2023-ford-motor-quarterly-report-document.html', 4, 1309208);
    assert.deepEqual(findingsOf(text, 'FL103'), []);
    // A slip in `Current`'s percent is reported once, on its row (FL102), not again on the whole.
    const slipped = replaced(text, '>99.0</ix', '>98.0</ix');
    assert.deepEqual(findingsOf(slipped, 'FL103'), []);
    assert.match(findingsOf(slipped, 'FL102')[0].message, /^Percent 98\.0 ≠ 99\.0/);
});
(0, node_test_1.test)("a footnote's figure with a unit word of its own is not tied to the table's total", () => {
    // Comcast's customer metrics, in thousands (52,280 in all): footnote (a) speaks of `previously
    // reported total Sky customer relationships of approximately 23 million` at another date.
    const text = tableAt('10q-2023-comcast-quarterly-report-document.html', 4, 1186946, 6000);
    assert.match(text, /approximately 23 million/);
    assert.deepEqual(findingsOf(text, 'FL302'), []);
    // Without the unit word the footnote states a total the table is checked against.
    assert.match(slipReported(text, 'FL302', 'approximately 23 million', 'approximately 52,290'), /52,290/);
});
(0, node_test_1.test)('an HTML table continued without its headings is footed within the rounding of its figures', () => {
    // Johnson & Johnson's sales by product go on over several pages, the headings and `(Dollars in
    // Millions)` on the first: U.S. 2,853 + International 1,559 = 4,412 for Worldwide 4,411.
    const text = tableAt('10q-2023-johnson-johnson-quarterly-report-document.html', 4, 1836589);
    assert.deepEqual(findingsOf(text, 'FL101'), []);
    const { model } = (0, core_1.analyze)(text);
    const worldwide = (0, core_1.factsOf)(model.tables[0]).footings.filter((f) => f.total.label === 'Worldwide');
    assert.equal(worldwide.length, 20);
    assert.ok(worldwide.every((f) => f.ok && f.tolerance.units > 0n));
});
(0, node_test_1.test)('a reading footing more columns exactly is taken over a plain one whose failures slips explain', () => {
    // Ford's changes in cash, in billions: `Changes in working capital` read with `Net spending` above
    // it foots two columns within the rounding and misses (0.7) by 0.5, "a slip". Without it, it foots
    // three columns exactly and the fourth, (0.6) for (0.7), within the rounding.
    const text = tableAt('10q-2023-ford-motor-quarterly-report-document.html', 4, 2534603);
    assert.deepEqual(findingsOf(text, 'FL101'), []);
    // Inventory (3.4) printed (3.9) in the first half of 2023 is still a slip.
    assert.match(slipReported(text, 'FL101', '>(3.4)<', '>(3.9)<'), /^\(3\.9\) in "Inventory" reads like a one-digit slip for \(3\.4\)/);
});
(0, node_test_1.test)('a relation that is a true one plus a coincidence of small figures is not believed', () => {
    // Tesla's cash and investments (validation-31), in millions: `Fair Value = Cash Equivalents +
    // Short-Term Investments` holds on every row. `Adjusted Cost = Gains + Cash Equivalents + Short-Term
    // Investments` held within the rounding on six rows, the gains and losses a few millions, and
    // failed where they were 1 and (6): no slip, the fair value differs from the cost.
    const text = tableAt('10k-2023-tesla-annual-report-document.html', 4, 1437910);
    assert.deepEqual(findingsOf(text, 'FL104'), []);
    assert.deepEqual(findingsOf(text, 'FL101'), []);
    const { model } = (0, core_1.analyze)(text);
    const relations = (0, core_1.factsOf)(model.tables[0]).relations;
    assert.ok(relations.some((r) => r.fails.length === 0 && r.terms.length === 2));
    assert.ok(relations.every((r) => r.fails.length === 0));
    // A fair value transposed breaks the true relation and its column's total.
    assert.match(slipReported(text, 'FL101', '>6,996<', '>6,969<'), /^6,969 in "Certificates of deposit and time deposits" should read 6,996.*Fair Value = Cash and Cash Equivalents \+ Short-Term Investments/);
});
//# sourceMappingURL=statement-conventions.test.js.map