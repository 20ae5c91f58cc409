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
 * Column runs are found by sorting packed numbers rather than interval objects, and a column's kind
 * in one pass over its cells: both must answer as the plain versions they replaced, for any input.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const columns_1 = require("../../server/src/core/parse/columns");
const core_1 = require("../../server/src/core");
const decimal_1 = require("../../server/src/core/decimal");
const lines_1 = require("../../server/src/core/parse/lines");
/** The merge as first written: interval objects sorted by start, one-space gaps bridged. */
function reference(rows, numbersOnly) {
    const intervals = [];
    for (const chunks of rows) {
        for (const c of chunks)
            if (!numbersOnly || c.number)
                intervals.push({ start: (0, columns_1.coreStart)(c), end: (0, columns_1.coreEnd)(c) });
    }
    intervals.sort((a, b) => a.start - b.start);
    const runs = [];
    for (const iv of intervals) {
        const last = runs[runs.length - 1];
        if (last && iv.start <= last.end + 1)
            last.end = Math.max(last.end, iv.end);
        else
            runs.push({ ...iv });
    }
    return runs;
}
const word = fast_check_1.default.constantFrom('12', '1,234', '$ 5', '(828)', '6.01*', '$(3)', '-', '50.35%', 'Total', 'a', 'n/a', '(a)');
const chunk = fast_check_1.default
    .tuple(fast_check_1.default.integer({ min: 0, max: 3200 }), word)
    .map(([start, text]) => ({ start, end: start + text.length, text, number: (0, decimal_1.parseNumber)(text) }));
const rows = fast_check_1.default.array(fast_check_1.default.array(chunk, { maxLength: 8 }), { maxLength: 12 });
(0, node_test_1.test)('occupiedRuns gives the runs of the plain merge of sorted intervals', () => {
    fast_check_1.default.assert(fast_check_1.default.property(rows, fast_check_1.default.boolean(), (r, numbersOnly) => {
        assert.deepEqual((0, columns_1.occupiedRuns)(r, numbersOnly), reference(r, numbersOnly));
    }), { numRuns: 3000 });
    // `$ 113,346,210.62` beside `$   7,276,695.21`: a one-space gutter inside the cell is bridged.
    const a = { start: 10, end: 26, text: '$ 113,346,210.62', number: (0, decimal_1.parseNumber)('$ 113,346,210.62') };
    const b = { start: 40, end: 44, text: 'Cash', number: null };
    assert.deepEqual((0, columns_1.occupiedRuns)([[a, b]], true), [{ start: 12, end: 26 }]);
});
/** A column's kind as first written: filtered copies of the cells, then the same questions. */
function kindReference(header, cells, scaleNote) {
    const written = cells.filter((c) => !c.dash);
    if (written.length === 0)
        return 'number';
    if (written.filter((c) => c.percent).length * 2 >= written.length)
        return 'percent';
    // The unit on the first figure only (every figure here is 1 or a fraction of it: a percent's size).
    if (written[0].percent && !written.some((c) => c.dollar))
        return 'percent';
    if (columns_1.PERCENT_HEADER.test(header) && !columns_1.AMOUNT_HEADER.test(header) && !columns_1.COUNT_HEADER.test(header))
        return 'percent';
    const dollars = written.some((c) => c.dollar);
    const integers = written.every((c) => c.scale === 0);
    if (columns_1.NOT_SUMMED.test(header))
        return 'number';
    if (dollars)
        return 'amount';
    if (columns_1.AMOUNT_HEADER.test(header))
        return 'amount';
    if (columns_1.COUNT_HEADER.test(header) && integers)
        return 'count';
    if (scaleNote)
        return 'amount';
    if (integers)
        return 'count';
    return written.every((c) => c.scale === 2) ? 'amount' : 'number';
}
(0, node_test_1.test)('inferKind answers as the filtered-copies version did', () => {
    const cell = fast_check_1.default.record({
        dollar: fast_check_1.default.boolean(),
        percent: fast_check_1.default.boolean(),
        scale: fast_check_1.default.integer({ min: 0, max: 3 }),
        dash: fast_check_1.default.boolean(),
    });
    const header = fast_check_1.default.constantFrom('', 'Principal Balance', 'Number of Loans', 'Percent', '% of Pool', 'Weighted Average Rate', 'Loans', 'Amount %', 'Shares');
    fast_check_1.default.assert(fast_check_1.default.property(header, fast_check_1.default.array(cell, { maxLength: 12 }), fast_check_1.default.boolean(), (h, cells, scaleNote) => {
        const asCells = cells.map((c) => ({
            dollar: c.dollar,
            percent: c.percent,
            value: c.dash ? null : (0, decimal_1.decimal)(1n, c.scale),
        }));
        assert.equal((0, columns_1.inferKind)({ header: h, cells: asCells, scaleNote }), kindReference(h, cells, scaleNote));
    }), { numRuns: 5000 });
});
(0, node_test_1.test)("an index's page references are not counts", () => {
    const pages = [3, 4, 5, 18, 36].map((n) => ({ dollar: false, percent: false, value: (0, decimal_1.decimal)(BigInt(n), 0) }));
    for (const header of ['Page', 'Page No.', 'PAGES', 'Page Number']) {
        assert.equal((0, columns_1.inferKind)({ header, cells: pages, scaleNote: false }), 'number', header);
    }
    assert.equal((0, columns_1.inferKind)({ header: 'Number of Loans', cells: pages, scaleNote: false }), 'count');
});
(0, node_test_1.test)("a header's `$` after its words (`Vehicles $`) says amounts, though no cell prints one", () => {
    const whole = [160_601, 213_519, 410_841].map((n) => ({
        dollar: false,
        percent: false,
        value: (0, decimal_1.decimal)(BigInt(n), 0),
    }));
    for (const header of ['Vehicles $', 'Total $', '$', 'Field camps and equipment $']) {
        assert.equal((0, columns_1.inferKind)({ header, cells: whole, scaleNote: false }), 'amount', header);
    }
    assert.equal((0, columns_1.inferKind)({ header: 'Vehicles', cells: whole, scaleNote: false }), 'count');
});
(0, node_test_1.test)('a column headed by two years compared (`97/96`) holds percent changes, not amounts', () => {
    const kind = (header, dollar, scaleNote) => (0, columns_1.inferKind)({ header, cells: [{ dollar, percent: false, value: (0, decimal_1.decimal)(12n, 0) }], scaleNote });
    assert.equal(kind('97/96', false, true), 'percent');
    assert.equal(kind('1998 vs. 1997', false, false), 'percent');
    // In dollars, a change between two years is money, and adds up.
    assert.equal(kind('97/96', true, true), 'amount');
});
(0, node_test_1.test)('a `%` printed on the first figure only makes a column of percents, unless its figures are amounts', () => {
    const cells = (first, values) => values.map((v, i) => ({ dollar: false, percent: i === 0 && first, value: (0, decimal_1.decimal)(v, 0) }));
    // `85 %`, `15`, `100`: the unit once, as `$` is printed.
    assert.equal((0, columns_1.inferKind)({ header: '2023', cells: cells(true, [85n, 15n, 100n]), scaleNote: false }), 'percent');
    assert.equal((0, columns_1.inferKind)({ header: '2023', cells: cells(false, [85n, 15n, 100n]), scaleNote: false }), 'count');
    // A tax reconciliation's `Statutory rate 40.0%` over amounts in thousands: amounts still.
    assert.equal((0, columns_1.inferKind)({ header: '1997', cells: cells(true, [40n, 160000n, 120000n]), scaleNote: true }), 'amount');
});
(0, node_test_1.test)('a figure with its unit of time after it is a cell of its own; whole years in a heading are words', () => {
    const cells = (line) => (0, lines_1.tokenize)(line).map((c) => [c.text, c.number !== null]);
    // An options table by price range: the remaining life beside the shares and the price.
    assert.deepEqual(cells('$  0.014 - $   .083        9,965        5.0 years       $  0.049'), [
        ['$  0.014', true],
        ['-', true],
        ['$   .083', true],
        ['9,965', true],
        ['5.0', true],
        ['$  0.049', true],
    ]);
    assert.deepEqual(cells('$ 4.25 to $ 9.84      5,832     1.47 yrs.     $ 6.37'), [
        ['$ 4.25', true],
        ['to $ 9.84', false],
        ['5,832', true],
        ['1.47', true],
        ['$ 6.37', true],
    ]);
    // The growth-rate columns' heading, and a unit that goes on into a phrase, stay words.
    assert.deepEqual(cells('growth rates)                  5 Years    10 Years   2001(2)(3)'), [
        ['growth rates)', false],
        ['5 Years', false],
        ['10 Years', false],
        ['2001(2)(3)', true],
    ]);
    assert.deepEqual(cells('Due in    2.5 years or less     1,234'), [
        ['Due in', false],
        ['2.5 years or less', false],
        ['1,234', true],
    ]);
});
(0, node_test_1.test)('a heading over its own rule, one rule per group of columns, heads every column under its rule', () => {
    const table = (heading, rules) => [
        heading,
        rules,
        '                    Number      Weighted      Number      Weighted',
        '                    of shares   average       of shares   average',
        '                                price                     price',
        '                    ---------   ---------     ---------   ---------',
        'Range A                 2,305       19.27         3,021       19.60',
        'Range B                 2,213       28.76         7,967       28.05',
        'Range C                 2,239       37.96         3,929       38.34',
        '                    ---------                 ---------',
        'Total                   6,757                    14,917',
    ].join('\n');
    const headers = (text) => (0, core_1.analyze)(text)
        .model.tables[0].columns.slice(1)
        .map((c) => c.header);
    const heading = '                    Exercisable               Outstanding';
    assert.deepEqual(headers(table(heading, '                    ---------------------     ---------------------')), [
        'Exercisable Number of shares',
        'Exercisable Weighted average price',
        'Outstanding Number of shares',
        'Outstanding Weighted average price',
    ]);
    // One rule drawn under the whole line is no group's: each heading stays over the column it stands over.
    assert.deepEqual(headers(table(heading, '                    -------------------------------------------')), [
        'Exercisable Number of shares',
        'Weighted average price',
        'Outstanding Number of shares',
        'Weighted average price',
    ]);
});
(0, node_test_1.test)('footnote markers set a space or two after their figures are markers, not a column of negatives', () => {
    // Motorola's 1993 Schedule V (tuning set): `(1)` and `(2)` after the other changes' figures.
    const text = [
        'Classification      Balance at     Additions      Retirements    Other changes  Balance',
        '- ------------------------------------------------------------------------------------',
        'Land                $  115         $    35        $  10          $  11  (2)     $   151',
        'Buildings            2,185             324           24            (29) (1)       2,475',
        'Machinery            5,476           1,770          266            (395)(1)       6,690',
        '                                                                    105 (2)',
        'Equipment leased       403              58           51             (17)(1)         390',
        '',
    ].join('\n');
    const [table] = (0, core_1.analyze)(text).model.tables;
    const markers = table.columns.filter((c) => table.rows.some((r) => /^\(\d\)$/.test(r.cells[c.index]?.text.trim() ?? '')));
    for (const column of markers) {
        assert.ok(table.rows.every((r) => r.cells[column.index]?.value == null), `column ${column.index} holds no figure`);
    }
    const land = table.rows.find((r) => r.label.startsWith('Land'));
    assert.ok(land.cells.some((c) => c?.value?.units === 11n && c.marker === '(2)'), 'the figure keeps its marker');
    // A column of single-digit negatives with figures right before them stays a column of figures
    // where something else in it is not a marker: `(2)` beside a `12` reads as -2.
    const figures = (0, core_1.analyze)(text.replace('(29) (1)', '(29) 12 ')).model.tables[0];
    assert.ok(figures.rows.some((r) => r.cells.some((c) => c?.value?.units === -2n)), 'a column with a figure in it keeps (2) as -2');
});
//# sourceMappingURL=columns.test.js.map