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
 * Figures printed in the wrong column (facts/movedFigures.ts): random statements of equity, each
 * movement printed in its component column and in Total, with one movement's Total figure printed in
 * a blank component column instead. The figure is named, once, and its fix makes the table tie;
 * as printed correctly nothing is reported, and opposite differences no blank figure explains are
 * not taken for a move. Two figures of one row exchanged between years are named as a pair, unless
 * another pair would explain the totals as well.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const replace_1 = require("../../server/src/core/fixes/replace");
const COLUMNS = ['Common Stock', 'Paid-In Capital', 'Retained Earnings', 'Total'];
const WIDTH = 20;
/** Thousands, as a statement prints them: `1,234`, `(1,234)`. */
function figure(n) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return n < 0 ? `(${digits})` : `${digits} `;
}
/** A statement of equity: an opening balance, movements (cells by column, undefined for blank), the closing balance. */
function render(opening, movements, closing) {
    const row = (label, cells) => label.padEnd(34) + cells.map((c) => (c === undefined ? '' : figure(c)).padStart(WIDTH)).join('');
    const rule = ' '.repeat(34) + COLUMNS.map(() => ' '.repeat(WIDTH - 10) + '-'.repeat(10)).join('');
    return [
        'STATEMENT OF STOCKHOLDERS EQUITY',
        '(In thousands)',
        '',
        ' '.repeat(34) + COLUMNS.map((c) => c.padStart(WIDTH)).join(''),
        rule,
        row('Balance, December 31, 1999', opening),
        ...movements.map((m, i) => row(`Movement number ${i + 1}`, m)),
        rule,
        row('Balance, December 31, 2000', closing),
        '',
    ].join('\n');
}
const movement = fast_check_1.default.record({
    column: fast_check_1.default.integer({ min: 0, max: 2 }),
    amount: fast_check_1.default.integer({ min: 101, max: 99_999 }).chain((a) => fast_check_1.default.constantFrom(a, -a)),
});
const statement = fast_check_1.default.record({
    opening: fast_check_1.default.array(fast_check_1.default.integer({ min: 10_000, max: 900_000 }), { minLength: 3, maxLength: 3 }),
    movements: fast_check_1.default.array(movement, { minLength: 3, maxLength: 7 }),
});
function cellsOf(s) {
    const opening = [...s.opening, s.opening.reduce((a, b) => a + b, 0)];
    const movements = s.movements.map((m) => {
        const cells = [undefined, undefined, undefined, m.amount];
        cells[m.column] = m.amount;
        return cells;
    });
    const closing = opening.map((v, c) => v + movements.reduce((a, m) => a + (m[c] ?? 0), 0));
    return { opening, movements, closing };
}
const footingFindings = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101');
(0, node_test_1.test)('a statement printed with every figure in its column reports no footing', () => {
    fast_check_1.default.assert(fast_check_1.default.property(statement, (s) => {
        const { opening, movements, closing } = cellsOf(s);
        assert.deepEqual(footingFindings(render(opening, movements, closing)).map((f) => f.message), []);
    }), { numRuns: 80, seed: 2000 });
});
(0, node_test_1.test)("a movement's Total figure printed in a blank column is named once, and moving it back ties the table", () => {
    fast_check_1.default.assert(fast_check_1.default.property(statement, fast_check_1.default.nat(), fast_check_1.default.nat(), (s, pickRow, pickColumn) => {
        const { opening, movements, closing } = cellsOf(s);
        const r = pickRow % movements.length;
        const blanks = [0, 1, 2].filter((c) => movements[r][c] === undefined);
        const into = blanks[pickColumn % blanks.length];
        const amount = movements[r][3];
        // Another movement of the same amount printed blank in that column would make two readings.
        if (movements.some((m, k) => k !== r && m[3] === amount))
            return;
        movements[r][into] = amount;
        movements[r][3] = undefined;
        const text = render(opening, movements, closing);
        const findings = footingFindings(text);
        assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
        const [f] = findings;
        assert.equal(f.severity, 'error');
        assert.equal(f.span.line, 6 + r, 'on the moved figure');
        assert.match(f.message, new RegExp(`stands in ${COLUMNS[into]} but adds up in Total`));
        assert.ok(f.fix, 'a fix');
        const fixed = (0, replace_1.applyEdits)(text, f.fix.edits);
        assert.deepEqual(footingFindings(fixed).map((g) => g.message), []);
        assert.equal(fixed.split('\n')[6 + r], render(opening, cellsOf(s).movements, closing).split('\n')[6 + r]);
    }), { numRuns: 80, seed: 2001 });
});
(0, node_test_1.test)('opposite differences that no blank figure explains are not taken for a move', () => {
    // Retained earnings 1,000 too high and Total 1,000 too low, but no movement is 1,000 with Total blank.
    const opening = [10_000, 20_000, 30_000, 60_000];
    const movements = [
        [undefined, 2_500, undefined, 2_500],
        [undefined, undefined, 4_321, 4_321],
        [700, undefined, undefined, 700],
    ];
    const closing = [10_700, 22_500, 33_321 - 1_000, 67_521 + 1_000];
    const findings = footingFindings(render(opening, movements, closing));
    assert.ok(findings.every((f) => !/stands? in/.test(f.message)), findings.map((f) => f.message).join('\n'));
});
/** A table of amounts by year: rows of four-digit figures in three year columns, and their total. */
function yearTable(rows) {
    const line = (label, cells) => label.padEnd(30) + cells.map((c) => figure(c).padStart(14)).join('');
    const totals = [0, 1, 2].map((c) => rows.reduce((a, r) => a + r[c], 0));
    return [
        'NET REVENUES BY REGION',
        '(In thousands)',
        '',
        ' '.repeat(30) + ['2000', '1999', '1998'].map((y) => `${y} `.padStart(14)).join(''),
        ' '.repeat(30) + [0, 1, 2].map(() => ' '.repeat(6) + '-'.repeat(7) + ' ').join(''),
        ...rows.map((r, i) => line(`Region number ${i + 1}`, r)),
        ' '.repeat(30) + [0, 1, 2].map(() => ' '.repeat(6) + '-'.repeat(7) + ' ').join(''),
        line('Total', totals),
        '',
    ].join('\n');
}
const yearRows = fast_check_1.default.array(fast_check_1.default.array(fast_check_1.default.integer({ min: 1_000, max: 9_999 }), { minLength: 3, maxLength: 3 }), {
    minLength: 3,
    maxLength: 7,
});
(0, node_test_1.test)('two figures of a row exchanged between two years are named as a pair, and exchanging them back ties the table', () => {
    fast_check_1.default.assert(fast_check_1.default.property(yearRows, fast_check_1.default.nat(), fast_check_1.default.integer({ min: 0, max: 2 }), fast_check_1.default.integer({ min: 1, max: 2 }), (rows, pick, a, step) => {
        const r = pick % rows.length;
        const b = (a + step) % 3;
        const d = rows[r][a] - rows[r][b];
        // Another row whose two figures differ alike would explain the totals as well: not this test's case.
        if (d === 0 || rows.some((row, k) => k !== r && row[a] - row[b] === d))
            return;
        const printed = rows.map((row) => row.slice());
        [printed[r][a], printed[r][b]] = [rows[r][b], rows[r][a]];
        const text = yearTable(printed).replace(/^Total.*$/m, yearTable(rows).match(/^Total.*$/m)[0]);
        const findings = footingFindings(text);
        assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
        const [f] = findings;
        assert.equal(f.span.line, 5 + r, 'on the row of the pair');
        assert.match(f.message, /read as each other's/);
        assert.ok(f.fix, 'a fix');
        const fixed = (0, replace_1.applyEdits)(text, f.fix.edits);
        assert.equal(fixed, yearTable(rows), 'the figures exchanged back');
    }), { numRuns: 80, seed: 2002 });
});
(0, node_test_1.test)('an exchange two pairs of figures would explain alike is not claimed', () => {
    // Row 1's 1999 and 1998 figures exchanged. Where row 3's 1998 figure is 1,111 above its 1999 one,
    // as row 1's now is, either pair exchanged ties the table; where it is not, only row 1's does.
    const claims = (third) => {
        const rows = [[5_000, 3_333, 2_222], [4_000, 6_000, 7_000], third];
        const printed = rows.map((row) => row.slice());
        [printed[0][1], printed[0][2]] = [rows[0][2], rows[0][1]];
        const text = yearTable(printed).replace(/^Total.*$/m, yearTable(rows).match(/^Total.*$/m)[0]);
        return footingFindings(text).filter((f) => /each other's/.test(f.message));
    };
    assert.equal(claims([1_500, 8_888, 7_777]).length, 1, 'one pair explains the totals: named');
    assert.deepEqual(claims([1_500, 6_666, 7_777]).map((f) => f.message), [], 'two pairs explain them: neither named');
});
(0, node_test_1.test)("an HTML table's exchanged figures are exchanged back by the fix, whatever their widths", () => {
    const cells = (label, values) => `<tr><td>${label}</td>${values.map((v) => `<td align="right">${v}</td>`).join('')}</tr>`;
    const html = (rows) => [
        '<html><body>',
        '<p><b>NET REVENUES BY REGION</b></p>',
        '<table>',
        cells('(In thousands)', ['2000', '1999', '1998']),
        ...rows.map((r, i) => cells(`Region number ${i + 1}`, r)),
        cells('Total', ['10,500', '17,333', '16,222']),
        '</table>',
        '</body></html>',
        '',
    ].join('\n');
    const right = [
        ['5,000', '3,333', '2,222'],
        ['4,000', '6,000', '7,000'],
        ['1,500', '8,000', '7,000'],
    ];
    // Row 1's 1999 and 1998 figures exchanged.
    const printed = right.map((r) => r.slice());
    [printed[0][1], printed[0][2]] = [right[0][2], right[0][1]];
    const text = html(printed);
    const [f, ...rest] = footingFindings(text);
    assert.deepEqual(rest, []);
    assert.match(f.message, /2,222 in 1999 and 3,333 in 1998 read as each other's/);
    assert.ok(f.fix, 'a fix in HTML too');
    assert.equal((0, replace_1.applyEdits)(text, f.fix.edits), html(right));
});
//# sourceMappingURL=moved-figures.test.js.map