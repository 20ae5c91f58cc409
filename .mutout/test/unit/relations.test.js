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
 * Cross-footing: relations between columns found from the rows (facts/relations.ts), the cell blamed
 * where a row breaks one (facts/crossFoot.ts), and what FL104 and FL101 report. Property tests build
 * random distribution statements (`TOTAL = INTEREST + PRINCIPAL`, `ENDING = BEGINNING - PRINCIPAL`)
 * in the layout of a statement to certificateholders, change one cell, and expect the relation found
 * and that cell named; with columns drawn independently, no relation is invented.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const describe_1 = require("../../server/src/core/checks/describe");
const paths_1 = require("../support/paths");
/** Integer cents as a figure: `1,234.56`. */
function money(cents) {
    const sign = cents < 0 ? '-' : '';
    const a = Math.abs(cents);
    const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`;
}
/** Cells of each class row: beginning, interest, principal, total, ending (integer cents). */
function cellsOf(rows) {
    return rows.map((r) => [r.beginning, r.interest, r.principal, r.interest + r.principal, r.beginning - r.principal]);
}
/** A statement to certificateholders with no total row: each row cross-foots, nothing foots down. */
function render(cells, labels) {
    const head = [
        '                         STATEMENT TO CERTIFICATEHOLDERS',
        '',
        '-------------------------------------------------------------------------------------------',
        '                 BEGINNING                                                        ENDING',
        ' CLASS             BALANCE       INTEREST      PRINCIPAL          TOTAL          BALANCE',
        '-------------------------------------------------------------------------------------------',
    ];
    const body = cells.map((c, i) => ` ${labels[i].padEnd(8)}` +
        c.map((v, j) => (typeof v === 'number' ? money(v) : v).padStart(j === 0 ? 18 : 15)).join(''));
    return [
        ...head,
        ...body,
        '-------------------------------------------------------------------------------------------',
        '',
    ].join('\n');
}
const classRow = fast_check_1.default.record({
    beginning: fast_check_1.default.integer({ min: 10_000_000, max: 9_000_000_000 }),
    interest: fast_check_1.default.integer({ min: 10_000, max: 9_000_000 }),
    principal: fast_check_1.default.integer({ min: 10_000, max: 9_000_000 }),
});
/** Rows whose figures differ from row to row and column to column (so no two are alike). */
const distinct = (values) => new Set(values).size === values.length;
const classRows = fast_check_1.default
    .array(classRow, { minLength: 4, maxLength: 9 })
    .filter((rows) => distinct(rows.map((r) => r.beginning)) &&
    distinct(rows.map((r) => r.interest)) &&
    distinct(rows.map((r) => r.principal)) &&
    rows.every((r) => r.interest !== r.principal))
    .map((rows) => rows.map((r, i) => ({ ...r, label: `A-${i + 1}` })));
function relationsOf(text) {
    const model = (0, core_1.parseFiling)(text);
    assert.equal(model.tables.length, 1, 'one table');
    const table = model.tables[0];
    return { table, texts: (0, core_1.factsOf)(table).relations.map((r) => (0, describe_1.relationText)(table, r)) };
}
(0, node_test_1.test)('a statement whose rows cross-foot shows both relations and nothing to report', () => {
    fast_check_1.default.assert(fast_check_1.default.property(classRows, (rows) => {
        const text = render(cellsOf(rows), rows.map((r) => r.label));
        const { texts } = relationsOf(text);
        assert.ok(texts.includes('TOTAL = INTEREST + PRINCIPAL'), texts.join('; '));
        assert.ok(texts.includes('ENDING BALANCE = BEGINNING BALANCE - PRINCIPAL'), texts.join('; '));
        assert.deepEqual((0, core_1.analyze)(text).findings.filter((f) => f.code.startsWith('FL1')), []);
    }), { numRuns: 60, seed: 104 });
});
(0, node_test_1.test)('one digit changed in a row is reported on that row, and its fix makes the row hold', () => {
    fast_check_1.default.assert(fast_check_1.default.property(classRows, fast_check_1.default.nat(), fast_check_1.default.constantFrom(3, 4), fast_check_1.default.integer({ min: 1, max: 8 }), (rows, pick, column, digit) => {
        const cells = cellsOf(rows);
        const r = pick % rows.length;
        // The total or the ending balance, its tens-of-dollars digit raised (no carry).
        const value = cells[r][column];
        const place = 1_000;
        const current = Math.floor(value / place) % 10;
        if (current + digit > 9)
            return;
        cells[r][column] = value + digit * place;
        const text = render(cells, rows.map((x) => x.label));
        const findings = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL104');
        assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
        const f = findings[0];
        assert.equal(f.severity, 'error');
        assert.equal(f.span.line, 6 + r, 'on the changed row');
        const line = text.split('\n')[f.span.line];
        assert.equal(line.slice(f.span.start, f.span.end), money(cells[r][column]), 'on the changed figure');
        assert.match(f.message, /reads like a one-digit slip for/);
        assert.equal(f.fix.edits[0].newText.trim(), money(value));
    }), { numRuns: 80, seed: 1040 });
});
(0, node_test_1.test)('columns drawn independently get no relation', () => {
    const independent = fast_check_1.default.array(fast_check_1.default.array(fast_check_1.default.integer({ min: 100_000, max: 99_999_999 }), { minLength: 5, maxLength: 5 }), {
        minLength: 4,
        maxLength: 9,
    });
    fast_check_1.default.assert(fast_check_1.default.property(independent, (cells) => {
        const { texts } = relationsOf(render(cells, cells.map((_, i) => `B-${i + 1}`)));
        assert.deepEqual(texts, []);
    }), { numRuns: 100, seed: 7 });
});
(0, node_test_1.test)('two columns equal on every row, or zero, make no relation', () => {
    // PRINCIPAL is zero on every row: TOTAL = INTEREST is an equality, and any relation may add it.
    const rows = [1, 2, 3, 4, 5].map((i) => [i * 1_000_003, i * 7_919, 0, i * 7_919, i * 1_000_003]);
    const { texts } = relationsOf(render(rows, rows.map((_, i) => `C-${i + 1}`)));
    assert.deepEqual(texts, []);
});
(0, node_test_1.test)('a relation that fails on a row no single cell explains is listed, not reported', () => {
    const rows = [
        [1_000_000_00, 50_000_00, 10_000_00, 60_000_00, 990_000_00],
        [2_000_003_17, 61_234_55, 20_000_00, 81_234_55, 1_980_003_17],
        [3_000_001_29, 70_001_11, 31_111_11, 101_112_22, 2_968_890_18],
        [4_123_456_78, 80_101_01, 42_424_24, 122_525_25, 4_081_032_54],
        // TOTAL off by 7,777.77: no one slip makes it.
        [5_555_555_55, 90_909_09, 55_555_55, 154_242_41, 5_500_000_00],
    ];
    const text = render(rows, ['D-1', 'D-2', 'D-3', 'D-4', 'D-5']);
    const { table } = relationsOf(text);
    const summary = (0, core_1.summarizeTable)(table);
    const total = summary.relations.find((r) => r.text === 'TOTAL = INTEREST + PRINCIPAL');
    assert.ok(total, JSON.stringify(summary.relations));
    assert.equal(total.holds, 4);
    assert.deepEqual(total.failing, ['D-5']);
    assert.deepEqual((0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL104'), []);
});
(0, node_test_1.test)('corpus: relations found on real tables (a sample, pinned)', () => {
    const pinned = [
        // file, table's first line, relation, rows where it holds, rows in all
        ['abs-8k-1998-aames-capital-statement-to-certificateholders.txt', 258, 'TOTAL = INTEREST + PRINCIPAL', 11, 11],
        [
            'abs-8k-1998-aames-capital-statement-to-certificateholders.txt',
            258,
            'CURRENT PRINCIPAL BALANCE = DISTRIBUTIONS IN DOLLARS PRIOR PRINCIPAL BALANCE - PRINCIPAL + DEFERRED INTEREST',
            10,
            11,
        ],
        [
            '10k-1997-apple-full-submission.txt',
            2171,
            "TOTAL SHAREHOLDERS' EQUITY = AMOUNT (column 2) + AMOUNT (column 4) + RETAINED EARNINGS + OTHER",
            19,
            19,
        ],
        [
            '10k-1997-coca-cola-full-submission.txt',
            6481,
            'Consolidated = North America + Africa + Greater Europe + Latin America + Middle & Far East + Corporate',
            // 15 rows print every segment; 6 more leave some blank (nil) and hold too.
            21,
            21,
        ],
        [
            '10k-1997-coca-cola-full-submission.txt',
            5670,
            'Estimated Fair Value = Cost + Gross Unrealized Gains + Gross Unrealized Losses',
            7,
            7,
        ],
    ];
    const byFile = new Map();
    for (const [file, line, text, holds, rows] of pinned) {
        if (!byFile.has(file)) {
            byFile.set(file, (0, core_1.parseFiling)(fs.readFileSync(path.join(paths_1.CORPUS, file), 'latin1')).tables);
        }
        const table = byFile.get(file).find((t) => t.startLine + 1 === line);
        assert.ok(table, `${file}:${line} has a table`);
        const found = (0, core_1.summarizeTable)(table).relations.find((r) => r.text === text);
        assert.ok(found, `${file}:${line}: ${JSON.stringify((0, core_1.summarizeTable)(table).relations.map((r) => r.text))}`);
        assert.equal(found.holds, holds, `${file}:${line} ${text}`);
        assert.equal(found.rows, rows, `${file}:${line} ${text}`);
    }
});
(0, node_test_1.test)('a short table: a Total column headed so, or the same relation in its other years, vouches for a failing row', () => {
    const fl104 = (text) => (0, core_1.analyze)(text)
        .findings.filter((f) => f.code === 'FL104')
        .map((f) => f.message.split(':')[0]);
    // Pfizer 1995's environmental spending: three columns, five rows, `TOTAL` the sum of the two.
    const spending = (us) => [
        '                                                         UNITED   ALL',
        '                                                         STATES  OTHER   TOTAL',
        '                                                         ------  -----   -----',
        'Environment-related capital expenditures:',
        `  1995 Actual..........................................  $${us}   $ 4.0   $45.9`,
        '  1996 Estimated.......................................   49.5    11.8    61.3',
        '  1997 Estimated.......................................   42.7     3.5    46.2',
        'Other environmental-related expenses:',
        '  1995 Actual..........................................   35.7    13.0    48.7',
        '  1996 Estimated.......................................   43.5    20.3    63.8',
        '',
    ].join('\n');
    assert.deepEqual(fl104(spending('41.9')), []);
    assert.equal(fl104(spending('51.9')).length, 1, 'a slip in the first row of a headed total');
    // GE 1993's revenues: external = total - intersegment, for each of three years, on four rows.
    const revenues = (intersegment) => [
        '                                   Total revenues                    Intersegment revenues                External revenues',
        '                          -------------------------------      ------------------------------    --------------------------------',
        '                               1993      1992        1991        1993        1992        1991        1993        1992        1991',
        '- ----------------------------------------------------------------------------------------------------------------------------------',
        `United States               $52,039   $48,710     $47,277      $${intersegment}      $1,281      $1,246     $50,526     $47,429     $46,031`,
        'Other areas of the world     11,210    10,776       9,662       1,174       1,132       1,064      10,036       9,644       8,598',
        'Intercompany eliminations    (2,687)   (2,413)     (2,310)     (2,687)     (2,413)     (2,310)          -           -           -',
        '                            -------   -------     -------      ------      ------      ------     -------     -------     -------',
        '   Total                    $60,562   $57,073     $54,629      $    -      $    -      $    -     $60,562     $57,073     $54,629',
        '',
    ].join('\n');
    assert.deepEqual(fl104(revenues('1,513')), []);
    assert.equal(fl104(revenues('2,513')).length, 1, 'a slip in a year whose relation holds on one strong row');
});
(0, node_test_1.test)("a column headed Consolidated is the sum its header states: a row that breaks it on a slip is reported (eBay's 1996 segments)", () => {
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'ebay-1996-segments-consolidated-column.txt'), 'latin1');
    assert.deepEqual((0, core_1.analyze)(text).findings, [], 'as filed, every row cross-foots');
    // Six rows hold: too few for a relation no header states to be believed with a row failing.
    const slipped = text.replace('$  372          $ 31,679', '$  472          $ 31,679');
    assert.notEqual(slipped, text);
    const fl104 = (0, core_1.analyze)(slipped).findings.filter((f) => f.code === 'FL104');
    assert.equal(fl104.length, 1, JSON.stringify(fl104.map((f) => f.message)));
    const line = slipped.split('\n')[fl104[0].span.line];
    assert.match(line, /^Net revenues from external customers/);
});
/** AMC's segment operating data, as its 10-Q for the second quarter of 2023 prints them. */
function theatres(screens) {
    const row = (label, ...cells) => label.padEnd(28) + cells.map((c) => c.padStart(16)).join('');
    return [
        '                      SEGMENT OPERATING DATA',
        '',
        row('', 'U.S.', 'International', ''),
        row('', 'Markets', 'Markets', 'Consolidated'),
        row('', '--------', '-------------', '------------'),
        row('Screen dispositions', '95', '45', '140'),
        row('Number of screens operated', '7,432', '2,688', screens),
        row('Number of theatres operated', '569', '337', '906'),
        row('Screens per theatre', '13.1', '8.0', '11.2'),
        row('Attendance (in thousands)', '50,023', '16,345', '66,368'),
        '',
    ].join('\n');
}
(0, node_test_1.test)('a ratio row (`Screens per theatre`) keeps no relation across segments; the rows that add still do', () => {
    assert.deepEqual((0, core_1.analyze)(theatres('10,120')).findings.filter((f) => f.code === 'FL104'), []);
    const slipped = (0, core_1.analyze)(theatres('10,210')).findings.filter((f) => f.code === 'FL104');
    assert.equal(slipped.length, 1, JSON.stringify(slipped.map((f) => f.message)));
    assert.match(slipped[0].message, /10,210/);
});
//# sourceMappingURL=relations.test.js.map