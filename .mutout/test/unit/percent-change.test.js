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
 * Percent-change columns (facts/percentChanges.ts, FL107): read on a real table, silent where the
 * changes agree with their amounts, and reporting one changed figure with its fix.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const percentChanges_1 = require("../../server/src/core/facts/percentChanges");
const statements_1 = require("../../server/src/core/facts/statements");
const repo_1 = require("../../scripts/repo");
const PFIZER_1996 = path.join(repo_1.PROJECT_FILINGS, '10k-1996-pfizer-annual-report.txt.gz');
/** Pfizer 1996's analysis of the income statement: 1996, 1995, 1994, then % Change 96/95 and 95/94. */
function excerpt() {
    const lines = (0, repo_1.readFiling)(PFIZER_1996)
        .toString('latin1')
        .split(/\r\n|\r|\n/);
    const at = lines.findIndex((l) => l.startsWith('Analysis of the Consolidated Statement of Income'));
    return lines.slice(at, at + 40);
}
(0, node_test_1.test)('a change column is read against the two years its header names, and agrees as filed', () => {
    const lines = excerpt();
    const [table] = (0, core_1.parseFiling)(lines.join('\n')).tables;
    const changes = (0, percentChanges_1.percentChanges)(table);
    assert.deepEqual(changes.map((c) => [c.column.header.replace(/\s+/g, ' ').trim(), (0, statements_1.yearOf)(c.later), (0, statements_1.yearOf)(c.earlier)]), [
        ['% Change* 96/95', 1996, 1995],
        ['% Change* 95/94', 1995, 1994],
    ]);
    assert.ok(changes.every((c) => c.failing.length === 0 && c.rows.length >= 5));
    assert.deepEqual((0, core_1.analyze)(lines.join('\n')).findings.filter((f) => f.code === 'FL107'), []);
});
(0, node_test_1.test)('a percent change with one digit slipped or its sign lost is reported on it, with its fix', () => {
    const lines = excerpt();
    const k = lines.findIndex((l) => l.startsWith('Net sales'));
    for (const [written, words] of [
        ['18', 'a one-digit slip'],
        ['(13)', 'a lost sign'],
    ]) {
        const changed = lines.slice();
        // The 96/95 change of net sales, 13, its right edge kept.
        changed[k] = lines[k].replace(/ {6}13 {6}26$/, `${written.padStart(8)}      26`);
        assert.notEqual(changed[k], lines[k]);
        const findings = (0, core_1.analyze)(changed.join('\n')).findings.filter((f) => f.code === 'FL107');
        assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
        const [f] = findings;
        assert.equal(f.severity, 'error');
        assert.equal(changed[k].slice(f.span.start, f.span.end), written);
        assert.match(f.message, new RegExp(`^${written.replace(/[()]/g, '\\$&')} in "Net sales" is not the change from 10,021 \\(1995\\) to 11,306 \\(1996\\): that is 13, and ${written.replace(/[()]/g, '\\$&')} reads like ${words} for it; 9 other rows`));
        assert.equal(f.fix?.edits[0].newText.trim(), '13');
    }
});
(0, node_test_1.test)("a change column's percents are not read as shares: no concentration is a change", () => {
    const lines = (0, repo_1.readFiling)(PFIZER_1996)
        .toString('latin1')
        .split(/\r\n|\r|\n/);
    const at = lines.findIndex((l) => l.startsWith('Net Sales--Major Pharmaceuticals'));
    const [table] = (0, core_1.parseFiling)(lines.slice(at, at + 21).join('\n')).tables;
    const summary = (0, core_1.summarizeTable)(table);
    assert.deepEqual(summary.changes.map((c) => [c.column.replace(/\s+/g, ' ').trim(), c.agreeing, c.rows]), [
        ['96/95', 12, 12],
        ['% Change* 95/94', 13, 13],
    ]);
    // Zithromax's 95/94 change is 97%: once shown as the table's largest concentration.
    assert.ok(summary.concentrations.every((c) => !(c.label === 'Zithromax' && c.percent.units === 97n)), summary.concentrations.map((c) => `${c.label} ${c.percent.units}/${c.percent.scale}`).join(', '));
});
/** An income statement excerpt with a % Change column; `expense` is the change printed for interest expense. */
function statement(expense, other) {
    const row = (label, a, b, c) => `${label.padEnd(36)}${a.padStart(10)}${b.padStart(10)}${c.padStart(10)}`;
    return [
        row('', '2014', '2013', '% Change'),
        row('', '----', '----', '--------'),
        row('Revenues', '11,320', '10,945', '3%'),
        row('Operating expenses', '6,120', '5,980', '2%'),
        row('Operating income', '5,200', '4,965', '5%'),
        row('Interest expense', '(239)', '(210)', expense),
        row('Non-operating (expense) income, net', '(81)', '35', other),
        row('Income before taxes', '4,880', '4,790', '2%'),
    ].join('\n');
}
(0, node_test_1.test)("a line turned from income to expense takes the table's own sign for an expense's change", () => {
    const fl107 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL107');
    // Interest expense grew 14% as the table prints it (its size): the net expense grew 331% alike.
    assert.deepEqual(fl107(statement('14%', '331%')), []);
    // Where the table gives an expense's change with its sign (-14%), 331% lost the sign of -331%.
    const signed = fl107(statement('-14%', '331%'));
    assert.equal(signed.length, 1, JSON.stringify(signed.map((f) => f.message)));
    assert.match(signed[0].message, /Non-operating/);
});
/** A segment table in Motorola's layout: a change row under each row of amounts, later years first. */
const SEGMENT = `PAGING PRODUCTS

($ in millions)
Years ended December 31                    1999            1998            1997
- -------------------------------------------------------------------------------
Orders                                   $2,400         $ 2,000         $ 2,500
 % change from prior year                   20%            -20%
Segment sales                            $2,200         $ 2,100         $ 1,750
 % change from prior year                    5%             20%
Operating profit before tax              $  300         $   150         $   120
 % change from prior year                  100%             25%
`;
(0, node_test_1.test)('change rows under rows of amounts are read against the year beside them, and agree as printed', () => {
    assert.deepEqual((0, core_1.analyze)(SEGMENT).findings.filter((f) => f.code === 'FL107'), []);
});
(0, node_test_1.test)('a change row with its sign lost is an error with its fix; a change no slip explains, a warning', () => {
    const slipped = SEGMENT.replace('-20%', ' 20%');
    const [f] = (0, core_1.analyze)(slipped).findings.filter((x) => x.code === 'FL107');
    assert.ok(f, 'a finding');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /^20% in "% change from prior year" is not the change from 2,500 \(1997\) to 2,000 \(1998\) in "Orders": that is -20%, and 20% reads like a lost sign for it; 5 other changes/);
    assert.equal(f.fix.title, 'Change 20% to -20%');
    // One figure changed beyond a slip's shape: a warning, without a fix.
    const [g] = (0, core_1.analyze)(SEGMENT.replace('100%', ' 90%')).findings.filter((x) => x.code === 'FL107');
    assert.equal(g.severity, 'warning');
    assert.equal(g.fix, undefined);
});
(0, node_test_1.test)("a table of one change row is read as the filing's other change rows are, and not alone", () => {
    const lone = `SPECIAL ITEMS

Operating profit excluding special items  $  288         $  (473)        $   342
 % change from prior year                  161%             238%
`;
    // Alone, one agreeing change says nothing of the side its earlier years are on.
    assert.deepEqual((0, core_1.analyze)(lone).findings.filter((f) => f.code === 'FL107'), []);
    const [f] = (0, core_1.analyze)(`${SEGMENT}\n\n${lone}`).findings.filter((x) => x.code === 'FL107');
    assert.ok(f, 'read with the segment table above');
    assert.match(f.message, /^238% in "% change from prior year" is not the change from 342 .* reads like a lost sign/);
});
(0, node_test_1.test)("a change from a year the table does not print is not read against the next period's column", () => {
    // Walmart's layout: each quarter's and half-year's change from the year before, 2022's from 2021;
    // the quarter's 8.2% for 2022 is not a change from the half-year's 311,284 beside it.
    const groups = `RESULTS

                              Three Months Ended      Six Months Ended
                                    July 31,              July 31,
(Amounts in millions)            2023       2022       2023       2022
Net sales                     160,280    151,381    311,284    291,669
Percentage change                 5.9%       8.2%       6.7%       5.3%
Operating income                7,316      6,854     13,556     12,172
Percentage change                 6.7%                 11.4%
Gross profit                   38,421     35,500     74,102     69,054
Percentage change                 8.2%                  7.3%
`;
    assert.deepEqual((0, core_1.analyze)(groups).findings.filter((f) => f.code === 'FL107'), []);
    // Without the years (an HTML table whose years row reads as a body row), the lengths tell.
    const unyeared = groups.replace('(Amounts in millions)            2023       2022       2023       2022', '');
    assert.deepEqual((0, core_1.analyze)(unyeared).findings.filter((f) => f.code === 'FL107'), []);
});
(0, node_test_1.test)("a lone change row's message counts the filing's agreeing changes anew after an edit elsewhere", () => {
    const lone = `SPECIAL ITEMS

Operating profit excluding special items  $  288         $  (473)        $   342
 % change from prior year                  161%             238%
`;
    // On a page of its own, which the edit above leaves as it was (its table is kept, not read again).
    const before = `${SEGMENT}\n<PAGE>\n${lone}`;
    const after = before.replace(' % change from prior year                    5%             20%\n', '');
    const cache = (0, core_1.createParseCache)();
    (0, core_1.analyzeLines)((0, core_1.splitLines)(before), { cache });
    const again = (0, core_1.analyzeLines)((0, core_1.splitLines)(after), { cache }).findings.filter((f) => f.code === 'FL107');
    const fresh = (0, core_1.analyze)(after).findings.filter((f) => f.code === 'FL107');
    assert.match(fresh[0].message, /; 5 other changes in the filing's change rows agree/);
    assert.deepEqual(again.map((f) => f.message), fresh.map((f) => f.message));
});
(0, node_test_1.test)('a short change column, its years in the headers, is read where its one odd row is a slip', () => {
    const table = (cash, working) => [
        '                                            SEPTEMBER 30, DECEMBER 31,',
        '                                                1998          1997     CHANGE',
        '                                            ------------- ------------ ------',
        '                                                 (DOLLARS IN THOUSANDS)',
        `     Cash, cash equivalents and short-term`,
        `      investments..........................    $42,468      $12,893     ${cash}`,
        `     Working capital.......................    $33,299      $ 6,160     ${working}`,
        "     Stockholders' equity..................    $42,356      $13,541     213%",
        '',
    ].join('\n');
    const fl107 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL107');
    assert.deepEqual(fl107(table('229%', '441%')), []);
    // VeriSign's 1998 10-Q, its cash change slipped: three rows, two agree, the third a digit off.
    const slipped = fl107(table('329%', '441%'));
    assert.equal(slipped.length, 1);
    assert.match(slipped[0].message, /329%/);
    assert.equal(slipped[0].severity, 'error');
    // An odd row no slip explains (another base, a restated year) leaves a column this short unread.
    assert.deepEqual(fl107(table('180%', '441%')), []);
});
//# sourceMappingURL=percent-change.test.js.map