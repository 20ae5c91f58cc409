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
 * FL105 roll-forward: opening balance plus movements equals the closing balance, and one block's
 * closing balance is the next block's opening one. Small tables in the shapes real filings print,
 * then a slip injected into every roll-forward of the corpora that ties.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const replace_1 = require("../../server/src/core/fixes/replace");
const rollForwards_1 = require("../../server/src/core/facts/rollForwards");
const mutations_1 = require("../../scripts/mutations");
const periodChains_1 = require("../../server/src/core/facts/periodChains");
const statements_1 = require("../../server/src/core/facts/statements");
const paths_1 = require("../support/paths");
const repo_1 = require("../../scripts/repo");
function rollFindings(text) {
    return (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL105');
}
/** The figure a finding points at, as written. */
function at(text, f) {
    return text.split('\n')[f.span.line].slice(f.span.start, f.span.end);
}
const OPTIONS = `                          STOCK OPTION ACTIVITY

                                               Number of
                                                 shares
                                              ----------
Outstanding, December 31, 1995                    12,480
Granted                                            3,150
Exercised                                         (5,064)
Cancelled                                           (425)
Outstanding, December 31, 1996                    10,159
Granted                                            2,900
Exercised                                         (1,312)
Cancelled                                           (350)
Outstanding, December 31, 1997                    11,397
`;
(0, node_test_1.test)('a movement printed with a slip is named, and its fix makes the table roll forward', () => {
    const found = rollFindings(OPTIONS);
    assert.equal(found.length, 1);
    const [f] = found;
    assert.equal(f.severity, 'error');
    assert.equal(at(OPTIONS, f), '(5,064)');
    assert.match(f.message, /^\(5,064\) in "Exercised" reads like two digits transposed for \(5,046\): /);
    assert.match(f.message, /"Outstanding, December 31, 1996" 10,159 ≠ "Outstanding, December 31, 1995" plus the movements, 10,141/);
    assert.ok(f.related.length > 0);
    const fixed = (0, core_1.applyEdits)(OPTIONS, f.fix.edits);
    assert.ok(fixed.includes('(5,046)'));
    assert.deepEqual(rollFindings(fixed), []);
});
(0, node_test_1.test)('a sign printed in error or lost is corrected with the digits where they are (fixes/replace.ts signEdit)', () => {
    const line = 'Granted                                           (3,150)';
    const cell = { span: { line: 0, start: 50, end: 57 }, text: '(3,150)' };
    // `(3,150)` to ` 3,150 `: right-aligning `3,150` would move its digits onto the `)`.
    assert.deepEqual((0, replace_1.signEdit)(line, cell, '3,150'), { span: cell.span, newText: ' 3,150 ' });
    const lost = { span: { line: 0, start: 51, end: 56 }, text: '3,150' };
    assert.deepEqual((0, replace_1.signEdit)('Exercised                                          3,150 ', lost, '(3,150)'), {
        span: { line: 0, start: 50, end: 57 },
        newText: '(3,150)',
    });
    // Any other change is not a sign's, and an HTML cell's parentheses are no padding.
    assert.equal((0, replace_1.signEdit)(line, cell, '3,105'), undefined);
    assert.equal((0, replace_1.signEdit)('<td>(3,150)</td>', { span: { line: 0, start: 4, end: 11 }, text: '(3,150)' }, '3,150', true), undefined);
    // Nor are the spaces around a figure in an HTML cell: a lost sign is written over its characters alone.
    assert.equal((0, replace_1.signEdit)('<td> 3,150 </td>', { span: { line: 0, start: 5, end: 10 }, text: '3,150' }, '(3,150)', true), undefined);
});
(0, node_test_1.test)('a balance printed wrong breaks the block it closes and the one it opens, and is named once', () => {
    // A third year ties, and confirms the reading the two broken blocks share.
    const text = `${OPTIONS.replace('(5,064)', '(5,046)').replace('10,159', '10,195')}Granted                                            1,000
Exercised                                           (400)
Outstanding, December 31, 1998                    11,997
`;
    const found = rollFindings(text);
    assert.equal(found.length, 1);
    assert.equal(at(text, found[0]), '10,195');
    assert.match(found[0].message, /^10,195 in "Outstanding, December 31, 1996" reads like two digits transposed for 10,159: /);
    // Both blocks the balance belongs to are told.
    assert.match(found[0].message, /10,159 \(difference 36\); "Outstanding, December 31, 1997" 11,397 ≠ /);
    assert.deepEqual(rollFindings((0, core_1.applyEdits)(text, found[0].fix.edits)), []);
});
(0, node_test_1.test)('decreases printed without parentheses are subtracted as their labels say', () => {
    const text = `                                              Shares
1996
Options outstanding at beginning of year        4,200
Granted                                         1,100
Exercised                                         640
Forfeited                                         160
Options outstanding at end of year              4,500

1997
Options outstanding at beginning of year        4,500
Granted                                         1,300
Exercised                                         910
Forfeited                                         190
Options outstanding at end of year              4,700
`;
    const { ties } = (0, rollForwards_1.rollForwardsOf)((0, core_1.parseFiling)(text).tables[0]);
    assert.equal(ties.filter((t) => t.segment.kind === 'roll').length, 2);
    assert.ok(ties.every((t) => t.ok));
    assert.deepEqual(rollFindings(text), []);
    // 1997 Exercised printed 901 for 910: the 1996 block confirms the reading, but the closing 4,700
    // printed for 4,709 would explain the 9 as well, so a warning names both.
    const slipped = text.replace('     910', '     901');
    const found = rollFindings(slipped);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(at(slipped, found[0]), '4,700');
    assert.match(found[0].message, /901 in "Exercised" \(two digits transposed for 910\)/);
    assert.match(found[0].message, /4,700 in "Options outstanding at end of year" \(a one-digit slip for 4,709\)/);
});
(0, node_test_1.test)('the chain: a closing balance printed again as the next opening one must be the same', () => {
    const text = `                                                Number of
                                                  shares
1996
Outstanding at beginning of year                   1,000
Granted                                              200
Exercised                                           (100)
Outstanding at end of year                         1,100

1997
Outstanding at beginning of year                   1,010
Granted                                              300
Exercised                                           (150)
Outstanding at end of year                         1,250
`;
    const rf = (0, rollForwards_1.rollForwardsOf)((0, core_1.parseFiling)(text).tables[0]);
    assert.deepEqual(rf.segments.map((s) => s.kind), ['roll', 'chain', 'roll']);
    const found = rollFindings(text);
    assert.equal(found.length, 1);
    assert.equal(at(text, found[0]), '1,010');
    assert.match(found[0].message, /^1,010 in "Outstanding at beginning of year" reads like two digits transposed for 1,100: /);
    assert.match(found[0].message, /above, 1,100/);
});
(0, node_test_1.test)('of figures that could each hold the slip, the one whose row fails its Total column is named', () => {
    // Net income printed 780 in Retained earnings, 870 in Total: 780 for 870 and 3,400 for 3,490 would
    // each explain the column's 90, but only Net income's row does not add across.
    const text = `                                   Common    Retained
                                    stock    earnings      Total
Balance at December 31, 1996       1,200       3,400      4,600
Net income                                       780        870
Dividends                                       (230)      (230)
Stock issued                          140                   140
Balance at December 31, 1997       1,340       4,040      5,380
`;
    const found = rollFindings(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(at(text, found[0]), '780');
    assert.match(found[0].message, /^780 in "Net income" reads like two digits transposed for 870: /);
});
(0, node_test_1.test)("a net change printed above the opening balance is the block's movement", () => {
    const text = `                                               1997        1996
Net cash provided by operating activities     1,204         988
Net cash used in investing activities          (733)       (912)
Net increase in cash and cash equivalents       471          76
Cash and cash equivalents at beginning of year  309         233
Cash and cash equivalents at end of year        780         309
`;
    const { segments, ties } = (0, rollForwards_1.rollForwardsOf)((0, core_1.parseFiling)(text).tables[0]);
    assert.equal(segments.length, 1);
    assert.deepEqual(segments[0].movements.map((r) => r.label), ['Net increase in cash and cash equivalents']);
    assert.equal(ties.length, 2);
    assert.ok(ties.every((t) => t.ok));
});
(0, node_test_1.test)('a weighted-average price column is not rolled forward', () => {
    const text = `                                                         Weighted
                                                          Average
                                              Number     Exercise
                                            of Shares      Price
Outstanding at beginning of year              2,400       $12.50
Granted                                         800        18.25
Exercised                                      (300)        9.75
Cancelled                                      (100)       14.00
Outstanding at end of year                    2,800        14.30
Granted                                         600        21.00
Exercised                                      (400)       11.10
Outstanding at end of 1998                    3,000        16.40
`;
    const rf = (0, rollForwards_1.rollForwardsOf)((0, core_1.parseFiling)(text).tables[0]);
    assert.ok(rf.ties.length > 0);
    assert.ok(rf.ties.every((t) => t.column === 1 && t.ok));
    assert.deepEqual(rollFindings(text), []);
});
(0, node_test_1.test)('a closing balance footing already reports is left to footing', () => {
    const text = `                                               1997       1996
Balance at beginning of year                    410        380
Provision for losses                            120         95
Charge-offs                                     (85)       (65)
                                              -----      -----
Balance at end of year                          455        410
`;
    const findings = (0, core_1.analyze)(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    // 410 + 120 - 85 = 445, printed 455: FL101 names it (the 1996 column foots under the same reading).
    assert.ok(findings.some((f) => f.code === 'FL101'));
    assert.deepEqual(findings.filter((f) => f.code === 'FL105'), []);
});
(0, node_test_1.test)('failures of one block that cancel out across its columns are a misreading, not a slip', () => {
    // A movement set one column off: the Common column misses 2.9, the Paid-in column has 2.9 too many.
    const text = `                                      Common    Paid-in   Retained
                                       stock    capital   earnings     Total
Balance at December 31, 1994           680.2      214.1    6,727.3   7,621.6
Net income                                                 1,082.5   1,082.5
Dividends                                                   (150.3)   (150.3)
Conversion                                        (2.9)                 (2.9)
Stock options                                      42.1                 42.1
Balance at December 31, 1995           677.3      259.1    7,659.5   8,595.9
Net income                                                   900.0     900.0
Stock options                            3.0       10.0                 13.0
Balance at December 31, 1996           680.3      269.1    8,559.5   9,508.9
`;
    assert.deepEqual(rollFindings(text), []);
});
/**
 * Roll-forwards of the shared corpus pinned as found and tied: the table (by its first line, 1-based),
 * its blocks, and its blocks in their columns, every one of which ties. The shared corpus has no
 * FL105 finding (test/unit/corpus.test.ts holds it to its pinned findings).
 */
const PINNED_ROLLS = [
    {
        file: '10k405-1997-ibm-full-submission.txt',
        table: 3636,
        blocks: 3,
        columns: 20,
        why: 'statement of equity, 1995-1997',
    },
    { file: '10k-1993-ge-ims-header.txt', table: 5084, blocks: 3, columns: 9, why: "share owners' equity note" },
    // The `(1)` after each year-end balance is a footnote marker: read as a column, it made 2 ties more.
    { file: '10k-1993-ge-ims-header.txt', table: 5865, blocks: 3, columns: 6, why: 'valuation and qualifying accounts' },
    { file: '10k-1997-apple-full-submission.txt', table: 2171, blocks: 3, columns: 15, why: "shareholders' equity" },
    { file: '10ksb-2007-24holdings-small-filer.txt', table: 1421, blocks: 2, columns: 10, why: "stockholders' deficit" },
];
(0, node_test_1.test)('roll-forwards of the shared corpus are found, and tie', { skip: !fs.existsSync(paths_1.CORPUS) }, () => {
    for (const p of PINNED_ROLLS) {
        const model = (0, core_1.parseFiling)(fs.readFileSync(path.join(paths_1.CORPUS, p.file), 'latin1'));
        const table = model.tables.find((t) => t.startLine + 1 === p.table);
        assert.ok(table, `${p.file}:${p.table} ${p.why}: no table`);
        const { segments, ties } = (0, rollForwards_1.rollForwardsOf)(table);
        assert.equal(segments.length, p.blocks, `${p.file}:${p.table} ${p.why}: blocks`);
        assert.equal(ties.length, p.columns, `${p.file}:${p.table} ${p.why}: blocks in their columns`);
        assert.ok(ties.every((t) => t.ok), `${p.file}:${p.table} ${p.why}: every block ties`);
    }
});
/**
 * The shared corpus's filings. `npm run corpus -- --mutations` holds every filing of the project's
 * corpus too to the two guarantees below (minutes of work, kept out of `npm test`).
 */
function corpusFiles() {
    if (!fs.existsSync(paths_1.CORPUS))
        return [];
    return fs
        .readdirSync(paths_1.CORPUS)
        .sort()
        .filter((f) => !f.endsWith('.md'))
        .map((f) => path.join(paths_1.CORPUS, f));
}
(0, node_test_1.test)('one movement slipped in every roll-forward of the shared corpus that ties is reported', () => {
    const files = corpusFiles();
    if (files.length === 0)
        return;
    const results = files.flatMap((f) => (0, mutations_1.mutateRollForwards)((0, repo_1.filingName)(f), (0, repo_1.readFiling)(f).toString('latin1')));
    // Text tables are held to 1%. HTML roll-forwards, slipped since their excerpts read as HTML, miss
    // more: `npm run corpus -- --mutations` measures them, apart.
    const held = results.filter((r) => r.scope === 'single reading' && !r.html);
    const missed = held.filter((r) => !r.found);
    assert.ok(held.length >= 30, `${held.length} roll-forwards`);
    // Misses are blocks whose difference happens to equal one of their figures (a round 1,000 or 100
    // beside a net line of 1,000): told apart from a row left out only by which figure is named.
    assert.ok(missed.length <= held.length / 100, `${missed.length} of ${held.length} missed: ${missed.map((r) => `${r.file}:${r.line} ${r.from} -> ${r.to}`).join('; ')}`);
});
/** A fixture cut from a filing of the project's corpus, as filed. */
function corpusFixture(name) {
    return fs.readFileSync(path.join(paths_1.FIXTURES, 'corpus', `${name}.txt`), 'latin1');
}
/** IBM 1998's retirement plans as filed: U.S. 1998, 1997, non-U.S. 1998, 1997. */
const IBM_PLANS = corpusFixture('ibm-1998-pension-chained-years');
(0, node_test_1.test)('a year opens with the balance the year before closed with, column by column', () => {
    const t = (0, core_1.parseFiling)(IBM_PLANS).tables[0];
    const chains = (0, periodChains_1.periodChainsOf)(t);
    // The benefit obligation and the plan assets (rolled forward at fair value), for the U.S. and the
    // non-U.S. plans.
    assert.equal(chains.length, 4);
    assert.ok(chains.every((c) => c.ok && c.bothTie));
    const pairs = chains.map((c) => `${c.open.text.trim()}=${c.close.text.trim()}`);
    assert.deepEqual(pairs, ['$ 33,161=33,161', '$ 18,846=18,846', '38,475=38,475', '21,841=21,841']);
});
(0, node_test_1.test)('two printed balances that disagree, each year rolling forward on its own, are a warning without a fix', () => {
    // The non-U.S. plans' 1997 closing obligation and one of its movements both raised by 10: each
    // year still rolls forward, but 1998 opens with 18,846 where 1997 closed with 18,856.
    const lines = IBM_PLANS.split('\n');
    lines[13 + 12] = lines[13 + 12].replace(/18,846$/, '18,856');
    lines[13 + 2] = lines[13 + 2].replace(/1,182$/, '1,192');
    const found = rollFindings(lines.join('\n'));
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].fix, undefined);
    assert.match(found[0].message, /^18,846 in "Benefit obligation at beginning of year", 1998, is not the balance 1997 closed with/);
    assert.match(found[0].message, /difference -10\b/);
});
(0, node_test_1.test)('`Outstanding on January 1,` opens a year as `at beginning of year` does', () => {
    // Coca-Cola's 1999 option activity (shares in millions): each year's opening shares and price are
    // the year before's closing ones.
    const text = `                                           1999                       1998
                                 -------------------------   ------------------------
                                         Weighted-Average           Weighted-Average
                                 Shares    Exercise Price    Shares   Exercise Price
- -----------------------------------------------------------------------------------
Outstanding on January 1,          80        $  42.77          80       $  33.22
Granted                            28           53.53          17          65.91
Exercised                          (6)          26.12         (16)         18.93
Forfeited/Expired                  (1)          60.40          (1)         55.48
- -----------------------------------------------------------------------------------
Outstanding on December 31,       101        $  46.66          80       $  42.77
`;
    const chains = (0, periodChains_1.periodChainsOf)((0, core_1.parseFiling)(text).tables[0]);
    assert.deepEqual(chains.map((c) => [c.open.text.trim(), c.close.text.trim(), c.ok]), [['80', '80', true]]);
    // January 10 is no year's opening.
    assert.deepEqual((0, periodChains_1.periodChainsOf)((0, core_1.parseFiling)(text.replace('January 1,', 'January 10,')).tables[0]), []);
});
(0, node_test_1.test)('interim columns are not chained: nine months of 1999 do not follow nine months of 1998', () => {
    const text = `                                                   Nine Months Ended September 30,
                                                        1999            1998
                                                     ---------       ---------
Cash and cash equivalents at beginning of year          1,210           1,095
Net increase in cash                                      415             388
                                                     ---------       ---------
Cash and cash equivalents at end of year                1,625           1,483
`;
    const t = (0, core_1.parseFiling)(text).tables[0];
    assert.ok(t.columns.some((c) => /months/i.test(c.header)), t.columns.map((c) => c.header).join(' | '));
    assert.deepEqual((0, periodChains_1.periodChainsOf)(t), []);
    assert.deepEqual(rollFindings(text), []);
});
(0, node_test_1.test)("a year printed once over a group of columns is each column's: the groups chain column by column", () => {
    // Kodak 2001's layout: each year printed once over its U.S. and non-U.S. columns; the non-U.S.
    // plans' 2001 opening obligation (1,805) is not 2000's closing one (1,831), each year rolling forward.
    const text = `(in millions)                            2001                   2000
                                              Non-                   Non-
                                     U.S.     U.S.         U.S.      U.S.
  Projected benefit obligation
   at January 1                   $ 5,530   $1,805      $ 5,798   $1,905
  Service cost                         94       33           89       35
  Benefit payments                   (555)    (106)        (578)    (111)
  Currency adjustments                  -      (50)           -        2
                                  -------   ------      -------   ------
  Projected benefit obligation
   at December 31                 $ 5,069   $1,682      $ 5,309   $1,831
`;
    const t = (0, core_1.parseFiling)(text).tables[0];
    assert.deepEqual(t.columns.slice(1).map((c) => (0, statements_1.yearOf)(c)), [2001, 2001, 2000, 2000]);
    const chains = (0, periodChains_1.periodChainsOf)(t);
    assert.deepEqual(chains.map((c) => [c.later.index, c.earlier.index, c.ok]), [
        [1, 3, false],
        [2, 4, false],
    ]);
});
(0, node_test_1.test)('years that do not stand over equal groups of columns are not spread over them', () => {
    // Two years over three columns: which column is which year is not known.
    const text = `                                         2001                   2000
                                     U.S.     Other        Total
  Projected benefit obligation
   at January 1                   $ 5,530   $1,805      $ 7,335
  Service cost                         94       33          127
                                  -------   ------      -------
  Projected benefit obligation
   at December 31                 $ 5,624   $1,838      $ 7,462
`;
    const t = (0, core_1.parseFiling)(text).tables[0];
    assert.deepEqual((0, periodChains_1.periodChainsOf)(t), []);
});
(0, node_test_1.test)('the opening balance of every year that chains in the shared corpus, slipped, is reported', () => {
    const files = corpusFiles();
    if (files.length === 0)
        return;
    const results = files.flatMap((f) => (0, mutations_1.mutateChains)((0, repo_1.filingName)(f), (0, repo_1.readFiling)(f).toString('latin1')));
    assert.ok(results.length >= 30, `${results.length} chained openings`);
    const missed = results.filter((r) => !r.found);
    assert.deepEqual(missed.map((r) => `${r.file}:${r.line} ${r.from} -> ${r.to}`), []);
});
/** Qualcomm 2000's Schedule II as filed: each year under its heading, each account a row. */
const QUALCOMM_SCHEDULE = corpusFixture('qualcomm-2000-schedule-chained-years');
(0, node_test_1.test)("down a schedule's rows, each account begins a year with what it ended the year before with", () => {
    const t = (0, core_1.parseFiling)(QUALCOMM_SCHEDULE).tables[0];
    const chains = (0, periodChains_1.scheduleChainsOf)(t);
    // Trade receivables and inventory reserves in 1999 and 2000, finance receivables in 2000 (1998
    // begins with a dash), and the unlabelled totals; 1998's heading was read into the label column's
    // header.
    assert.equal(chains.length, 7);
    assert.ok(chains.every((c) => c.ok && c.bothHold));
    const trade = chains.find((c) => c.year === 2000 && /trade/.test(c.later.label));
    assert.equal(trade?.open.text.trim(), '$(22,276)');
    assert.equal(trade?.close.text.trim(), '$ (22,276)');
});
(0, node_test_1.test)("a schedule's two balances that disagree, each row adding up, are a warning without a fix", () => {
    // 2000's trade receivables begin at (22,286) and are charged 4,205: the row still adds up
    // (-22,286 + 4,205 + 8,471 = -9,610), but 1999 ended at (22,276).
    const lines = QUALCOMM_SCHEDULE.split('\n');
    lines[30] = lines[30].replace('$(22,276)', '$(22,286)').replace('$  4,195', '$  4,205');
    const found = rollFindings(lines.join('\n'));
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].fix, undefined);
    assert.match(found[0].message, /^\(22,286\) in "-- trade receivables", 2000, is not the balance 1999 ended with/);
});
(0, node_test_1.test)('a net change under the opening balance adds the movements alone; the closing balance adds both', () => {
    // As Coca-Cola sets its accumulated other comprehensive income: the adjustments' subtotal, then
    // the balance at the end of the year.
    const table = (translation) => `                                                    2004       2003
                                                  --------   --------
ACCUMULATED OTHER COMPREHENSIVE INCOME (LOSS)
Balance at beginning of year                       $(1,995)   $(3,047)
Net foreign currency translation adjustment            ${translation}        921
Net loss on derivatives                                  (3)       (33)
Net change in unrealized gain on securities               39         40
Net change in minimum pension liability                  (54)       124
                                                  --------   --------
Net other comprehensive income adjustments               647      1,052
                                                  --------   --------
Balance at end of year                             $(1,348)   $(1,995)
                                                  ========   ========
`;
    assert.deepEqual((0, core_1.analyze)(table('665')).findings.map((f) => f.code), []);
    // A slip among the movements is still one: the subtotal does not foot without it.
    const slipped = (0, core_1.analyze)(table('656')).findings.filter((f) => f.code === 'FL101');
    assert.equal(slipped.length, 1);
    assert.match(slipped[0].message, /Total 647 ≠ sum of rows 638/);
});
(0, node_test_1.test)("a cash-flow statement of two columns, one's net change slipped, still reads its subtotals", () => {
    const row = (label, a, b) => `${label.padEnd(52)}${a.padStart(10)}${b.padStart(10)}`;
    const text = (increase) => [
        'CONSOLIDATED CONDENSED STATEMENTS OF CASH FLOWS (Unaudited)',
        '(In Millions)',
        '',
        row('', 'Sept. 27,', 'Sept. 28,'),
        row('Nine Months Ended', '2003', '2002'),
        row('', '--------', '--------'),
        row('Cash and cash equivalents, beginning of period', '$ 7,404', '$ 7,970'),
        row('Net income', '3,468', '2,068'),
        row('Depreciation', '3,474', '3,432'),
        row('Accounts receivable', '605', '108'),
        row('  Net cash provided by operating activities', '7,547', '5,608'),
        row('Additions to property, plant and equipment', '(2,949)', '(3,500)'),
        row('Other investing activities', '(699)', '(458)'),
        row('  Net cash used for investing activities', '(3,648)', '(3,958)'),
        row('Repurchase and retirement of common stock', '(2,009)', '(3,008)'),
        row('Other financing activities', '112', '66'),
        row('  Net cash used for financing activities', '(1,897)', '(2,942)'),
        row('Net increase (decrease) in cash and cash equivalents', increase, '(1,292)'),
        row('', '--------', '--------'),
        row('Cash and cash equivalents, end of period', '$ 9,406', '$ 6,678'),
        '',
    ].join('\n');
    assert.deepEqual(rollFindings(text('2,002')), []);
    // Intel's 2003 10-Q: the net change slipped in one column of two. Its subtotals are still read
    // as such (the other column ties, this one misses by a slip), and the roll is reported.
    const slipped = rollFindings(text('3,002'));
    assert.equal(slipped.length, 1);
    assert.match(slipped[0].message, /\$10,406/);
});
(0, node_test_1.test)("a year in a row's label under a heading naming the year says which account it is: Gilead's regrouped rows do not chain", () => {
    // Each year's rows are `Activity related to 2024 sales` and `... sales prior to 2024` under `Year
    // ended December 31, 2024:`: the row `prior to 2024` opens with all of 2023's closing balance.
    const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'gilead-2024-html-rebates-regrouped-each-year.txt'), 'latin1');
    const chains = (0, core_1.parseFiling)(text).tables.flatMap((t) => (0, periodChains_1.scheduleChainsOf)(t));
    assert.deepEqual(chains.map((c) => [c.year, c.later.label, c.earlier.label, c.ok]), [[2024, 'Total', 'Total', true]]);
});
//# sourceMappingURL=rollForward.test.js.map