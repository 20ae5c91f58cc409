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
 * Kinds of HTML statement layout that read as misprints when misread: percents of a total below a
 * subtotal, a closing parenthesis with a footnote mark in its own cell, figures in millions under a
 * `(millions of dollars)` note, and a percent column whose rows miss 100% by more than a slip.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
const html = (rows) => `<HTML><BODY>\n<TABLE>\n${rows.join('\n')}\n</TABLE>\n</BODY></HTML>`;
const row = (cells, rule = false) => `<TR>${cells.map((c) => `<TD${rule ? ' STYLE="border-top:1px solid #000"' : ''}>${c}</TD>`).join('')}</TR>`;
/** An earnings release's revenues, as Oracle sets them: percents of total revenues under a subtotal. */
const revenues = (updates = '42%') => html([
    row(['', '2014', '% of Revenues', '2013', '% of Revenues']),
    row(['New software licenses', '$3,300', '33%', '$3,500', '35%']),
    row(['Cloud services', '400', '4%', '300', '3%']),
    row(['Software license updates', '4,200', updates, '4,000', '40%']),
    row(['Software and Cloud Revenues', '7,900', '79%', '7,800', '78%'], true),
    row(['Hardware', '1,300', '13%', '1,300', '13%']),
    row(['Services', '800', '8%', '900', '9%']),
    row(['Total Revenues', '$10,000', '100%', '$10,000', '100%'], true),
]);
(0, node_test_1.test)('percents of total revenues under a subtotal are read against the total they are of', () => {
    assert.deepEqual((0, core_1.analyze)(revenues()).findings.map((f) => f.code), []);
    // A slip in one of them is reported, against total revenues.
    const slipped = (0, core_1.analyze)(revenues('24%')).findings.filter((f) => f.code === 'FL102');
    assert.deepEqual(slipped.map((f) => f.message), ['Percent 24% ≠ 42% computed from 4,200 of the total 10,000 (2014)']);
});
(0, node_test_1.test)('a closing parenthesis with a footnote mark or a unit in the next cell closes the figure', () => {
    const table = (closer) => html([
        row(['', '2004']),
        row(['Net income', '487', '']),
        row(['Restructuring costs', '(8', closer]),
        row(['Adjusted net income', '479', ''], true),
    ]);
    for (const closer of [')', ')(a)', ') (1)', ')*', ') bps']) {
        const t = (0, core_1.parseFiling)(table(closer)).tables[0];
        assert.equal(t.rows[1].cells[1]?.text, '(8', closer);
        assert.equal(t.rows[1].cells[1]?.value?.units, -8n, closer);
        assert.deepEqual((0, core_1.analyze)(table(closer)).findings.map((f) => f.code), [], closer);
    }
});
(0, node_test_1.test)('a unit in parentheses of its own, `(millions of dollars)`, is the scale: totals foot within rounding', () => {
    const earnings = (note) => html([
        row([note, 'Q2 2022']),
        row(['Upstream', '11,371']),
        row(['Energy Products', '5,273']),
        row(['Chemical Products', '1,075']),
        row(['Corporate', '(286)']),
        row(['Total', '17,434'], true),
    ]);
    for (const note of ['(millions of dollars)', '(Millions)', '(millions of dollars, unless noted)', '(in millions)']) {
        const t = (0, core_1.parseFiling)(earnings(note)).tables[0];
        assert.equal(t.scale?.exponent, 6, note);
        assert.deepEqual((0, core_1.analyze)(earnings(note)).findings.map((f) => f.code), [], note);
    }
    // Without a note, whole figures are exact: a total one off its rows is a slip.
    assert.deepEqual((0, core_1.analyze)(earnings('')).findings.map((f) => f.code), ['FL101']);
    // The fixed-width reader reads the note the same way.
    const text = [
        '                  (millions of dollars)      1998      1997',
        '                  ---------------------    ------    ------',
        '                  Net sales                 12,677    10,739',
        '                  Alliance revenue             867       316',
        '                                            ------    ------',
        '                  Total revenues            13,545    11,055',
    ].join('\n');
    assert.equal((0, core_1.parseFiling)(text).tables[0]?.scale?.exponent, 6);
});
(0, node_test_1.test)('a percent total whose rows miss 100 by more than one slip explains is a misread, not reported', () => {
    // A table of percents alone: its rows since the heading make the whole.
    const table = (a, b, c) => html([
        row(['', 'Percent of sales']),
        row(['Americas', a]),
        row(['Europe', b]),
        row(['Asia', c]),
        row(['Total', '100%'], true),
    ]);
    assert.deepEqual((0, core_1.analyze)(table('40%', '25%', '35%')).findings.map((f) => f.code), []);
    // 35% printed 30%: one digit, the rows miss by 5, reported on the total.
    assert.deepEqual((0, core_1.analyze)(table('40%', '25%', '30%')).findings.map((f) => f.message), ['Percent total 100% ≠ sum of rows 95% (difference 5, more than the rounding allowance of 2.0)']);
    // The rows miss by 17, which no slip in one of them makes: the rows are not read as the whole.
    assert.deepEqual((0, core_1.analyze)(table('40%', '25%', '18%')).findings.map((f) => f.code), []);
});
//# sourceMappingURL=html-statements.test.js.map