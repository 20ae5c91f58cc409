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
 * Repeated figures (facts/repeatedFigures.ts, FL305): two tables that state the same figures under the
 * same labels for the same periods, and differ on one by a slip. Built tables show what makes two
 * tables repeat each other (enough figures alike, few apart, one basis); a real filing shows the
 * finding, its fix, and the index kept across incremental analyses.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const repeatedFigures_1 = require("../../server/src/core/facts/repeatedFigures");
const slips_1 = require("../../server/src/core/facts/slips");
const decimal_1 = require("../../server/src/core/decimal");
const paths_1 = require("../support/paths");
const MICROSOFT = path.join(paths_1.ROOT, 'test', 'fixtures', 'corpus', 'microsoft-1998-option-tax-benefit-repeated.txt');
/**
 * A titled statement of rows `label  figure per year`, figures right-aligned in fixed columns. Tables
 * of the same columns on consecutive pages read as one table continued, so each test's tables differ
 * in their years, as a statement and a selected-data table do.
 */
function statement(title, rows, years = ['1997', '1996']) {
    const line = (label, figures) => label.padEnd(40) + figures.map((f) => f.padStart(12)).join('');
    return [
        title,
        '',
        '<TABLE>',
        line('', years),
        '<S>                                     ' + years.map(() => '<C>         ').join(''),
        ...rows.map(([label, ...figures]) => line(label, figures)),
        '</TABLE>',
        '',
        '<PAGE>',
        '',
    ].join('\n');
}
const ROWS = [
    ['Net revenues', '11,358', '8,671'],
    ['Research and development', '1,925', '1,432'],
    ['Sales and marketing', '2,856', '2,657'],
    ['Interest income', '443', '320'],
    ['Provision for income taxes', '1,860', '1,184'],
];
/** The rows with a year before theirs (as a five-year summary prints), and the given figures changed. */
function selected(changes = []) {
    const rows = ROWS.map(([label, ...figures], i) => [label, `${i + 2},000`, ...figures]);
    for (const [row, column, value] of changes)
        rows[row][column + 1] = value;
    return rows;
}
const YEARS = ['1998', '1997', '1996'];
function fl305(text) {
    return (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL305');
}
(0, node_test_1.test)('labels, periods and bases as compared', () => {
    assert.equal((0, repeatedFigures_1.labelKey)('Stock option income tax benefits (1)......'), 'stock option income tax benefits');
    assert.equal((0, repeatedFigures_1.labelKey)('  Net income, as adjusted $'), 'net income as adjusted');
    const column = (header) => ({ index: 1, kind: 'amount', start: 0, end: 0, rightEdge: 0, header });
    assert.equal((0, repeatedFigures_1.periodKey)(column('Year Ended June 30 1997')), '1997');
    assert.equal((0, repeatedFigures_1.periodKey)(column('Six Months Ended June 30, 1999')), '1999 six months');
    assert.equal((0, repeatedFigures_1.periodKey)(column('1998 Pro Forma')), '1998 pro forma');
    assert.equal((0, repeatedFigures_1.periodKey)(column('1997 and 1996')), null, 'a header naming two years names no one period');
    const text = statement('Computation of Net Income Per Share - Fully Diluted', ROWS);
    const lines = (0, core_1.splitLines)(text);
    assert.equal((0, repeatedFigures_1.basisOf)((0, core_1.parseFiling)(text).tables[0], lines), 'diluted');
    // The filer's name above a statement names the whole group, not a basis; a subsidiaries column does.
    const named = statement('Ford Motor Company and Subsidiaries', ROWS);
    assert.equal((0, repeatedFigures_1.basisOf)((0, core_1.parseFiling)(named).tables[0], (0, core_1.splitLines)(named)), '');
    const guarantors = statement('Condensed Consolidating Statement - Guarantor Subsidiaries', ROWS);
    assert.equal((0, repeatedFigures_1.basisOf)((0, core_1.parseFiling)(guarantors).tables[0], (0, core_1.splitLines)(guarantors)), 'guarantor subsidiarie');
});
(0, node_test_1.test)('a figure one slip apart in a table that repeats another is reported on the later one, without a fix', () => {
    const text = statement('INCOME STATEMENTS', ROWS) + statement('SELECTED FINANCIAL DATA', selected([[4, 1, '1,680']]), YEARS);
    const findings = fl305(text);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    const [f] = findings;
    const lines = (0, core_1.splitLines)(text);
    assert.equal(lines[f.span.line].slice(f.span.start, f.span.end), '1,680');
    assert.equal(f.message, 'Provision for income taxes for 1997 is 1,680 here but 1,860 in INCOME STATEMENTS, which states 9 other figures ' +
        'of this table alike: 1,680 and 1,860 differ by two digits transposed, and neither table says which is right');
    assert.equal(f.related.length, 1);
    assert.equal(lines[f.related[0].span.line].slice(f.related[0].span.start, f.related[0].span.end), '1,860');
    assert.equal(f.fix, undefined, 'nothing says which of the two is right');
});
/**
 * Selected data with `rows`, then the income statement and a five-year summary that state the
 * figures as ROWS does: two tables against one.
 */
function withTwoMoreTables(rows) {
    return (statement('SELECTED FINANCIAL DATA', rows, YEARS) +
        statement('INCOME STATEMENTS', ROWS) +
        statement('FIVE-YEAR SUMMARY', selected().map(([label, ...figures]) => [label, '9,999', ...figures]), ['1999', ...YEARS]));
}
(0, node_test_1.test)('the figure more tables state is taken as right, whichever comes first', () => {
    const text = withTwoMoreTables(selected([[0, 2, '8,617']]));
    const findings = fl305(text);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.match(findings[0].message, /^Net revenues for 1996 is 8,617 here but 8,671 in .*, and 2 tables in all state 8,671:/);
    assert.equal(findings[0].span.line, (0, core_1.splitLines)(text).findIndex((l) => l.includes('8,617')));
    assert.equal(findings[0].fix.title, 'Change 8,617 to 8,671, as in INCOME STATEMENTS');
    assert.deepEqual(fl305((0, core_1.applyEdits)(text, findings[0].fix.edits)), [], 'the fix makes the three tables agree');
});
(0, node_test_1.test)("two rows' figures swapped between tables are one finding, fixed by exchanging them where a third table says which is right", () => {
    // Research and development and Sales and marketing exchanged for 1996 in the selected data.
    const swapped = selected([
        [1, 2, '2,657'],
        [2, 2, '1,432'],
    ]);
    const text = withTwoMoreTables(swapped);
    const findings = fl305(text);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    const [f] = findings;
    const lines = (0, core_1.splitLines)(text);
    assert.equal(lines[f.span.line].slice(f.span.start, f.span.end), '2,657');
    assert.match(f.message, /^Research and development and Sales and marketing for 1996 are 2,657 and 1,432 here but 1,432 and 2,657 in .*, and 2 tables in all state 1,432: the two rows' figures read as swapped$/);
    assert.equal(f.related.length, 3);
    assert.equal(f.fix.title, 'Swap 2,657 and 1,432, as in INCOME STATEMENTS');
    assert.equal(f.fix.edits.length, 2);
    assert.deepEqual(fl305((0, core_1.applyEdits)(text, f.fix.edits)), [], 'the fix makes the three tables agree');
});
(0, node_test_1.test)('figures exchanged between rows that are not next to each other, or between tables that do not repeat, are not a swap', () => {
    const apart = selected([
        [1, 2, '320'],
        [3, 2, '1,432'],
    ]);
    assert.deepEqual(fl305(statement('INCOME STATEMENTS', ROWS) + statement('SELECTED DATA', apart, YEARS)), []);
    // Only the swapped pair shared: the two tables state too few figures alike to be the same ones.
    const few = [ROWS[1], ROWS[2]];
    const fewSwapped = [
        ['Research and development', '1,000', '1,925', '2,657'],
        ['Sales and marketing', '2,000', '2,856', '1,432'],
    ];
    assert.deepEqual(fl305(statement('INCOME STATEMENTS', few) + statement('SELECTED DATA', fewSwapped, YEARS)), []);
});
(0, node_test_1.test)('figures printed to different places are compared to the coarser', () => {
    // The statement in millions to one decimal, the summary rounded to millions; a slip in the summary.
    const fine = ROWS.map(([label, ...figures]) => [label, ...figures.map((f) => `${f}.4`)]);
    const rounded = selected([[0, 1, '21,358']]);
    const text = statement('INCOME STATEMENTS', fine) + statement('SELECTED FINANCIAL DATA', rounded, YEARS);
    const findings = fl305(text);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.match(findings[0].message, /^Net revenues for 1997 is 21,358 here but 11,358\.4 in INCOME STATEMENTS/);
    assert.match(findings[0].message, /21,358 and 11,358\.4 differ by a one-digit slip/);
    // The other way round, the statement's figure blamed by a third table: no fix, as 11,358 has no decimal to give it.
    const wrongFine = fine.map((r) => [...r]);
    wrongFine[0][1] = '11,538.4';
    const three = statement('SELECTED FINANCIAL DATA', selected(), YEARS) +
        statement('INCOME STATEMENTS', wrongFine) +
        statement('FIVE-YEAR SUMMARY', selected().map(([label, ...figures]) => [label, '9,999', ...figures]), ['1999', ...YEARS]);
    const blamed = fl305(three);
    assert.equal(blamed.length, 1, JSON.stringify(blamed.map((f) => f.message)));
    assert.match(blamed[0].message, /^Net revenues for 1997 is 11,538\.4 here but 11,358 in SELECTED FINANCIAL DATA/);
    assert.equal(blamed[0].fix, undefined);
});
(0, node_test_1.test)('no claim where the tables do not repeat each other', () => {
    const income = statement('INCOME STATEMENTS', ROWS);
    const claims = (title, changes, head = income) => fl305(head + statement(title, selected(changes), YEARS));
    assert.equal(claims('SELECTED DATA', [[4, 1, '1,680']]).length, 1, 'the slip alone is claimed');
    // Three figures apart: a restated table, not a slip (the one-digit 1,850 among them).
    assert.deepEqual(claims('SELECTED DATA', [
        [4, 1, '1,850'],
        [0, 1, '11,936'],
        [2, 2, '2,594'],
    ]), []);
    // Too few figures alike: two rows shared, one of them apart.
    const two = statement('NOTE 4', ROWS.slice(3));
    assert.deepEqual(fl305(two + statement('NOTE 9', selected([[4, 1, '1,680']]).slice(3), YEARS)), []);
    // A difference no slip explains.
    assert.deepEqual(claims('SELECTED DATA', [[4, 1, '1,901']]), []);
    // Different bases: primary and fully diluted computations differ by design.
    const primary = statement('Computation of Net Income Per Share - Primary', ROWS);
    assert.deepEqual(claims('Computation of Net Income Per Share - Fully Diluted', [[4, 1, '1,680']], primary), []);
    // Different units: the same label in thousands and in millions is another figure.
    const thousands = statement('INCOME STATEMENTS\n(In thousands)', ROWS);
    assert.deepEqual(claims('SELECTED DATA\n(In millions)', [[4, 1, '1,680']], thousands), []);
});
(0, node_test_1.test)('Microsoft 1998: the option tax benefit stated 796 and 792, reported on the equity statement', () => {
    const text = fs.readFileSync(MICROSOFT, 'latin1');
    const found = (0, repeatedFigures_1.repeatedFigures)((0, core_1.parseFiling)(text));
    assert.deepEqual(found.map((r) => [r.label, r.period, r.cell.text.trim(), r.other.text.trim(), r.slip, r.agreeing]), [['Stock option income tax benefits', '1997', '792', '796', 'digit', 9]]);
});
(0, node_test_1.test)('hovers list the tables that state the figures of a table again, and a figure as they state it', () => {
    const text = fs.readFileSync(MICROSOFT, 'latin1');
    const { model } = (0, core_1.analyze)(text);
    const equity = model.tables[model.tables.length - 1];
    assert.match((0, core_1.tableHoverMarkdown)(model, equity), /Figures stated again in:\n- ✗ CASH FLOWS STATEMENTS \\\(line 1\\\): 9 alike, 2 apart$/);
    const lines = (0, core_1.splitLines)(text);
    const line = lines.findIndex((l) => /^\s*Stock option income tax benefits\s+352\s+792/.test(l));
    const hover = (0, core_1.numberHoverMarkdown)(model, equity, line, lines[line].indexOf('792') + 1);
    assert.match(hover, /\n✗ 796 in CASH FLOWS STATEMENTS \\\(line 1\\\)$/);
    const agreeing = (0, core_1.numberHoverMarkdown)(model, equity, line, lines[line].indexOf('1,553') + 1);
    assert.match(agreeing, /\n✓ 1,553 in CASH FLOWS STATEMENTS \\\(line 1\\\)$/);
    // `--tables json` and the export command carry the same, with the document.
    assert.deepEqual((0, core_1.tableToJson)(equity, model).repeats, [
        { lines: [1, model.tables[0].endLine + 1], title: 'CASH FLOWS STATEMENTS', alike: 9, apart: 2 },
    ]);
    assert.equal((0, core_1.tableToJson)(equity).repeats, undefined);
});
(0, node_test_1.test)('the index kept between analyses follows edits: lines inserted above, a fix, a new slip blamed by footing', () => {
    const base = fs.readFileSync(MICROSOFT, 'latin1').replace(/\r\n/g, '\n');
    const cache = (0, core_1.createParseCache)();
    const digest = (fs) => fs.filter((f) => f.code === 'FL305').map((f) => `${f.span.line}:${f.span.start} ${f.message}`);
    let text = base;
    const step = (next) => {
        text = next;
        const incremental = (0, core_1.analyzeLines)((0, core_1.splitLines)(text), { cache }).findings;
        assert.deepEqual(digest(incremental), digest((0, core_1.analyze)(text).findings));
        return digest(incremental);
    };
    assert.equal(step(base).length, 1);
    // Lines inserted above both tables move them; the finding moves with them.
    const moved = step('Filing notes\n\n\n' + base);
    assert.equal(moved.length, 1);
    assert.match(moved[0], /^133:/);
    // The equity statement's figure fixed: nothing left.
    assert.deepEqual(step(text.replace(/(benefits\s+352\s+)792/, '$1796')), []);
    // A new slip, in the cash-flow statement's 1998 figure: its financing column no longer foots with
    // it, and the equity statement's column does with 1,553, so the earlier figure is the one blamed.
    const slipped = step(text.replace(/(Stock option income tax benefits\s+352\s+796\s+)1,553/, '$11,535'));
    assert.equal(slipped.length, 1);
    assert.match(slipped[0], /^\d+:\d+ Stock option income tax benefits for 1998 is 1,535 here but 1,553 in STOCKHOLDERS' EQUITY STATEMENTS/);
    assert.match(slipped[0], /its column foots with 1,553, not with 1,535, .*: 1,535 reads like two digits transposed for 1,553$/);
});
(0, node_test_1.test)('figures printed to different places are one figure less than a unit of the coarser apart', () => {
    const d = (text) => (0, decimal_1.parseNumber)(text).value;
    // Rounded half down, rounded so that a table's rounded rows add up to its rounded total, or alike.
    assert.ok((0, slips_1.sameFigure)(d('1,642'), d('1,642.5')));
    assert.ok((0, slips_1.sameFigure)(d('3,273'), d('3,272.3')));
    assert.ok((0, slips_1.sameFigure)(d('12,421'), d('12,421.4')));
    assert.ok((0, slips_1.sameFigure)(d('.96'), d('0.960')));
    // A unit or more apart, or printed to the same places and not equal: two figures.
    assert.ok(!(0, slips_1.sameFigure)(d('3,274'), d('3,272.3')));
    assert.ok(!(0, slips_1.sameFigure)(d('3,271'), d('3,272.0')));
    assert.ok(!(0, slips_1.sameFigure)(d('3,273'), d('3,272')));
});
/** A pool table: states and their balances in cents, under a rule, their total. */
function poolTable(title, header, rows) {
    const cents = (s) => BigInt(s.replace(/[,.]/g, ''));
    const sum = rows.reduce((a, [, v]) => a + cents(v), 0n).toString();
    const total = `${sum.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${sum.slice(-2)}`;
    const line = (label, figure) => label.padEnd(30) + figure.padStart(20);
    return [
        title,
        '',
        '<TABLE>',
        line('State', header),
        '<S>                           <C>',
        ...rows.map(([label, figure]) => line(label, figure)),
        ' '.repeat(30) + ' '.repeat(5) + '-'.repeat(15),
        line('Total', total),
        '</TABLE>',
        '',
        '<PAGE>',
        '',
    ].join('\n');
}
const STATES = [
    ['Florida', '478,931,590.96'],
    ['Georgia', '154,458,487.82'],
    ['Alabama', '83,475,562.35'],
    ['North Carolina', '69,090,082.65'],
    ['South Carolina', '35,395,705.40'],
    ['All Others', '14,300,034.42'],
];
(0, node_test_1.test)('two columns of cents with one total are one pool: rows swapped between them are reported', () => {
    const swapped = STATES.map((r) => [...r]);
    [swapped[2][1], swapped[3][1]] = [STATES[3][1], STATES[2][1]];
    const pool = poolTable('GEOGRAPHIC DISTRIBUTION OF THE RECEIVABLES', 'Principal Balance', STATES);
    const staticPool = poolTable('STATIC POOL DATA BY STATE', 'Series 2025-A ($)', swapped);
    const findings = fl305(pool + staticPool);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.match(findings[0].message, /^Alabama and North Carolina for the pool of \$835,651,463\.60 are 69,090,082\.65 and 83,475,562\.35 here but 83,475,562\.35 and 69,090,082\.65 in GEOGRAPHIC DISTRIBUTION OF THE RECEIVABLES/);
    // Another pool's column (a prior series, its own total) is not this pool's, however its states compare.
    const prior = swapped.map(([label, v], i) => [label, i === 0 ? '478,931,591.96' : v]);
    assert.deepEqual(fl305(pool + poolTable('STATIC POOL DATA BY STATE', 'Series 2024-A ($)', prior)), []);
});
//# sourceMappingURL=repeated-figures.test.js.map