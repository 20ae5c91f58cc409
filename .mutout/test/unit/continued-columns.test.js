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
 * A table continued by columns on the next page (facts/continuedColumns.ts) and FL315: the two parts
 * read as one table, the relation its total keeps across both found from the rows, and the one row
 * that breaks it named on its cell. Property tests print random segment tables in two parts, as IBM
 * prints its segments, with a Total Segments column that adds every segment of both pages; a slip in
 * one total is named, and columns drawn independently get no relation.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const continuedColumns_1 = require("../../server/src/core/facts/continuedColumns");
const describe_1 = require("../../server/src/core/checks/describe");
const paths_1 = require("../support/paths");
const LABELS = [
    'External revenue',
    'Internal revenue',
    'Pre-tax income (loss)',
    'Segment assets',
    'Capital expenditures',
];
/** Each column's width: five to a part keep a header line within the 120 characters headers are read in. */
const WIDTH = 17;
function figure(n) {
    const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return n < 0 ? `(${s})` : s;
}
/** One part of the table: its headers over its figures, under a heading row. */
function part(headers, rows) {
    const head = '(Dollars in millions)'.padEnd(24) + headers.map((h) => h.padStart(WIDTH)).join('');
    return [
        head,
        '-'.repeat(head.length),
        'Year Ended December 31, 1999:',
        '',
        ...rows.map((r, i) => LABELS[i].padEnd(24) + r.map((v) => figure(v).padStart(WIDTH)).join('')),
        '',
    ];
}
/**
 * A segment table in two parts: the first `split` segments on page 1, the rest and the last column
 * (`Total Segments`) on page 2, over the same rows. `between` is printed between the two parts.
 */
function render(cells, split, names, between = []) {
    return [
        '                         SEGMENT INFORMATION',
        '',
        ...part(names.slice(0, split), cells.map((r) => r.slice(0, split))),
        ...between,
        '',
        '                                 -7-',
        '<PAGE>',
        '',
        ...part([...names.slice(split, cells[0].length - 1), 'Total Segments'], cells.map((r) => r.slice(split))),
    ].join('\n');
}
const NAMES = ['Technology', 'Systems', 'Server', 'Services', 'Software', 'Financing', 'Investments', 'Other'];
/** A segment's figure in millions: mostly positive, a loss now and then. */
const segmentFigure = fast_check_1.default
    .tuple(fast_check_1.default.integer({ min: 100, max: 30_000 }), fast_check_1.default.integer({ min: 0, max: 5 }))
    .map(([v, s]) => (s === 0 ? -v : v));
/** Five rows of 3 to 8 segments and a total of them all. */
const segmentTables = fast_check_1.default
    .integer({ min: 3, max: 8 })
    .chain((n) => fast_check_1.default.tuple(fast_check_1.default.array(fast_check_1.default.array(segmentFigure, { minLength: n, maxLength: n }), {
    minLength: 5,
    maxLength: 5,
}), 
// The split leaves each part at most five columns, the total included.
fast_check_1.default.integer({ min: Math.max(1, n - 4), max: Math.min(n - 1, 5) })))
    // Every figure of the table distinct, as a segment table's are: no two rows alike, none of one size.
    .filter(([rows]) => new Set(rows.flat().map(Math.abs)).size === rows.flat().length)
    .map(([rows, split]) => ({ cells: rows.map((r) => [...r, r.reduce((a, b) => a + b, 0)]), split }));
function fl315(text) {
    return (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL315');
}
(0, node_test_1.test)('a table continued by columns: the total of both parts is found, and nothing is reported', () => {
    fast_check_1.default.assert(fast_check_1.default.property(segmentTables, ({ cells, split }) => {
        const text = render(cells, split, NAMES);
        const found = (0, continuedColumns_1.continuedColumns)((0, core_1.parseFiling)(text).tables);
        assert.equal(found.length, 1);
        const [c] = found;
        const texts = c.relations.map((r) => (0, describe_1.relationText)(c.wide, r));
        const segments = NAMES.slice(0, cells[0].length - 1).join(' + ');
        assert.ok(texts.includes(`Total Segments = ${segments}`), texts.join('; '));
        assert.deepEqual((0, core_1.analyze)(text).findings.filter((f) => f.code.startsWith('FL1') || f.code === 'FL315'), []);
    }), { numRuns: 60, seed: 315 });
});
(0, node_test_1.test)('one digit of a total changed: FL315 names it, and its fix makes the row hold', () => {
    fast_check_1.default.assert(fast_check_1.default.property(segmentTables, fast_check_1.default.nat(), fast_check_1.default.integer({ min: 1, max: 8 }), ({ cells, split }, pick, digit) => {
        const r = pick % cells.length;
        const last = cells[r].length - 1;
        const value = cells[r][last];
        // Its tens digit raised, without a carry, on a total of three digits or more.
        if (value < 100 || Math.floor(value / 10) % 10 > 9 - digit)
            return;
        const changed = cells.map((row) => [...row]);
        changed[r][last] = value + digit * 10;
        const text = render(changed, split, NAMES);
        const findings = fl315(text);
        assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
        const [f] = findings;
        assert.equal(f.severity, 'error');
        const line = text.split('\n')[f.span.line];
        assert.ok(line.startsWith(LABELS[r]), 'on the changed row');
        assert.equal(line.slice(f.span.start, f.span.end), figure(changed[r][last]), 'on the changed figure');
        assert.match(f.message, /reads like a one-digit slip for/);
        const fixed = (0, core_1.applyEdits)(text, f.fix.edits);
        assert.equal(fixed, render(cells, split, NAMES), 'the fix writes the total back, in its place');
        assert.deepEqual(fl315(fixed), []);
    }), { numRuns: 80, seed: 3150 });
});
(0, node_test_1.test)('columns drawn independently: no relation across the parts is invented', () => {
    const independent = fast_check_1.default.integer({ min: 4, max: 9 }).chain((n) => fast_check_1.default.array(fast_check_1.default.array(fast_check_1.default.integer({ min: 100, max: 99_999 }), { minLength: n, maxLength: n }), {
        minLength: 5,
        maxLength: 5,
    }));
    fast_check_1.default.assert(fast_check_1.default.property(independent, (cells) => {
        const text = render(cells, 2, NAMES);
        for (const c of (0, continuedColumns_1.continuedColumns)((0, core_1.parseFiling)(text).tables))
            assert.deepEqual(c.relations, []);
        assert.deepEqual(fl315(text), []);
    }), { numRuns: 100, seed: 31 });
});
/** A fixed table whose Pre-tax income total is one digit off (1,545 for 1,535). */
const SLIPPED = [
    [1_200, 3_400, 560, 7_800, 910],
    [110, 220, 330, 440, 550],
    [150, -20, 300, 45, 1_060],
    [5_000, 6_100, 7_200, 8_300, 9_400],
    [400, 500, 610, 720, 830],
].map((r, i) => [...r, r.reduce((a, b) => a + b, 0) + (i === 2 ? 10 : 0)]);
(0, node_test_1.test)('two parts are one table only when nothing else explains their likeness', () => {
    const names = ['Technology', 'Systems', 'Server', 'Software', 'Financing'];
    assert.equal(fl315(render(SLIPPED, 3, names)).length, 1, 'the two parts, a page apart');
    // A table between them, on the first part's page, as IBM prints its reconciliation.
    const reconciliation = [
        '',
        'Reconciliations to Consolidated:',
        '                                        1999          1998',
        'Total reportable segments             21,208        22,372',
        'Eliminations/other                    (1,860)       (2,055)',
        '                                     -------       -------',
        '  Total Consolidated                  19,348        20,317',
    ];
    assert.equal(fl315(render(SLIPPED, 3, names, reconciliation)).length, 1, 'a table between them');
    // On one page: two blocks of one page are two tables (another period, another measure).
    assert.deepEqual(fl315(render(SLIPPED, 3, names).replace('<PAGE>', '')), []);
    // A part below that repeats a column of the part above is another period or statement.
    assert.deepEqual(fl315(render(SLIPPED, 3, ['Technology', 'Systems', 'Server', 'Technology', 'Financing'])), []);
    // No total headed in the part below: nothing says its last column adds the others.
    assert.deepEqual(fl315(render(SLIPPED, 3, names).replace('Total Segments', 'Segments Other')), []);
    // Rows that differ between the parts.
    assert.deepEqual(fl315(render(SLIPPED, 3, names).replace(/Segment assets(?![\s\S]*Segment assets)/, 'Segment equity')), []);
});
(0, node_test_1.test)("IBM's segments, four on one page and three with their total on the next: 586 is 568 transposed", () => {
    const file = path.join(paths_1.FIXTURES, 'real', 'ibm-1999-segments-continued-by-columns.txt');
    const text = fs.readFileSync(file, 'utf8');
    const [f] = fl315(text);
    assert.ok(f, 'reported');
    assert.match(f.message, /^586 in "Pre-tax income \(loss\)" reads like two digits transposed for 568: Total Segments = /);
    assert.match(f.message, /holds on 7 of 8 rows/);
    // Its margin row (percents in the amount columns) is no part of the sum, and breaks nothing.
    const margins = (0, core_1.analyze)(text).findings.filter((x) => x.code === 'FL102' && x.message.startsWith('Percent 31.7%'));
    assert.equal(margins.length, 1, 'the margin beside it is 568 of its revenue, not 586');
    const fixed = (0, core_1.applyEdits)(text, f.fix.edits);
    assert.deepEqual(fl315(fixed), []);
    assert.deepEqual((0, core_1.analyze)(fixed).findings.filter((x) => x.code === 'FL102' && x.message.startsWith('Percent 31.7%')), [], 'with 568 the margin is right too');
    assert.equal(fixed.split('\n')[f.span.line].length, text.split('\n')[f.span.line].length, 'right edge kept');
});
(0, node_test_1.test)("the hover and the tables' JSON of either part show the relation across both", () => {
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'ibm-1999-segments-continued-by-columns.txt'), 'utf8');
    const model = (0, core_1.parseFiling)(text);
    const [c] = (0, continuedColumns_1.continuedColumns)(model.tables);
    const failing = `Total Segments = Technology + Personal Systems + Server + Global Services + Software + Global Financing + Enterprise Investments: 7 of 8 rows, not on "Pre-tax income (loss)"`;
    const plain = (md) => md.replace(/\\(.)/g, '$1');
    const below = plain((0, core_1.tableHoverMarkdown)(model, c.below));
    assert.match(below, /Across the rows, with its first columns in Hardware Segments \(line 6\):/);
    assert.ok(below.includes(`- ✗ ${failing}`), below);
    const above = plain((0, core_1.tableHoverMarkdown)(model, c.above));
    assert.match(above, /Across the rows, with its columns continued in the table at line 64:/);
    assert.ok(above.includes(`- ✗ ${failing}`), above);
    const json = (0, core_1.tableToJson)(c.below, model).continued;
    assert.deepEqual(json.lines, [c.above.startLine + 1, c.above.endLine + 1]);
    assert.equal(json.relations.length, 1);
    assert.deepEqual(json.relations[0].fails, [89]);
    assert.equal(json.relations[0].holds.length, 7);
    assert.equal((0, core_1.tableToJson)(c.above, model).continued.lines[0], c.below.startLine + 1);
});
(0, node_test_1.test)('a figure of the part above whose column and row both miss by its slip: FL315 names it, where FL101 cannot tell', () => {
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'ibm-1999-segments-continued-by-columns.txt'), 'utf8');
    // Technology's 1999 external revenue, 5,932, typed 6,932: its column's Total revenue and its row's
    // Total Segments (on the next page) both miss by 1,000.
    const slipped = text.replace('External revenue                    $ 5,932', 'External revenue                    $ 6,932');
    assert.notEqual(slipped, text);
    const line = slipped.split('\n').findIndex((l) => l.includes('$ 6,932'));
    const findings = (0, core_1.analyze)(slipped).findings;
    const mine = findings.filter((f) => f.code === 'FL315' && f.span.line === line);
    assert.equal(mine.length, 1, JSON.stringify(findings.filter((f) => f.code !== 'FL201').map((f) => f.message)));
    assert.match(mine[0].message, /^6,932 in "External revenue" should read 5,932, which makes its column and its row tie: /);
    assert.match(mine[0].message, /\(its first 4 columns on page 2, where the table begins\)/);
    assert.equal((0, core_1.applyEdits)(slipped, mine[0].fix.edits), text);
    // Within its own part, the total and the figure are both one slip off: FL101 says it cannot tell.
    assert.ok(findings.some((f) => f.code === 'FL101' && /the table does not say which/.test(f.message)));
});
//# sourceMappingURL=continued-columns.test.js.map