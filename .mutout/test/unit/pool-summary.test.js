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
 * FL309 and the hover of a pool's summary (summaries/poolSummary.ts): a summary's averages against
 * its own rows and the pool's distributions, in HTML (CarMax 2010-2) and in a fixed-width table.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const poolSummary_1 = require("../../server/src/core/summaries/poolSummary");
const markdown_1 = require("../../server/src/core/summaries/markdown");
const repo_1 = require("../../scripts/repo");
/** A hover's Markdown with its escapes read: `9\\.45` is `9.45`. */
const unescaped = (md) => md.replace(/\\(.)/g, '$1');
const carmax = fs.readFileSync(path.join(repo_1.ROOT, 'test/fixtures/real/carmax-2010-html-pool-summary.txt'), 'latin1');
(0, node_test_1.test)("CarMax's Composition of the Receivables: its averages and weighted averages against the pool", () => {
    const model = (0, core_1.parseFiling)(carmax);
    const compared = (0, poolSummary_1.poolSummaryComparisons)(model).map((c) => `${c.figure.label} ${c.figure.text} ${c.agrees ? 'agrees' : 'differs'} ${c.source?.title ?? 'pool'}`);
    assert.deepEqual(compared, [
        'Average Principal Balance 11,076.35 agrees Composition of the Receivables',
        'Average Principal Balance 14,003.67 agrees Composition of the Receivables',
        'Average Principal Balance 13,967.52 agrees Composition of the Receivables',
        'Weighted Average Contract Rate 9.45 agrees Distribution of the Receivables by Contract Rate',
        'Weighted Average Remaining Term 59.70 agrees Distribution of the Receivables by Remaining Term to Maturity',
        'Weighted Average Original Term 64.74 agrees Distribution of the Receivables by Original Term to Maturity',
    ]);
    // The summary's hover lists them; a distribution's names the summary's figure it bounds.
    const summary = model.tables.find((t) => t.title === 'Composition of the Receivables');
    const hover = unescaped((0, markdown_1.tableHoverMarkdown)(model, summary));
    assert.match(hover, /Against the pool:/);
    assert.match(hover, /✓ Weighted Average Contract Rate \*\*9\.45\*\*: "Distribution of the Receivables by Contract Rate" allows 8\.808 – 9\.807/);
    assert.match(hover, /✓ Average Principal Balance \*\*13,967\.52\*\*: 750,000,011\.99 \/ 53,696 = 13,967\.52/);
    // A list of figures one under another adds up to nothing: no total is claimed for it.
    assert.match(hover, /8 rows · no total row/);
    const rates = model.tables.find((t) => t.title === 'Distribution of the Receivables by Contract Rate');
    assert.match(unescaped((0, markdown_1.tableHoverMarkdown)(model, rates)), /Stated in the pool summary:\n- ✓ Weighted Average Contract Rate \*\*9\.45\*\* \(Composition of the Receivables \(line \d+\)\)/);
});
(0, node_test_1.test)('several pools side by side with no Total column: each column its own average, no weighted average compared', () => {
    const trusts = (cells) => cells
        .map((r) => `<TR><TD>${r[0]}</TD>${r
        .slice(1)
        .map((c) => `<TD>${c}</TD>`)
        .join('')}</TR>`)
        .join('\n');
    const html = [
        '<HTML><BODY>',
        '<P>CarMax Auto Owner Trusts</P>',
        '<TABLE>',
        trusts([
            ['', '<B>2005-1</B>', '<B>2005-2</B>'],
            ['Pool Balance', '$500,000,000.00', '$650,000,000.00'],
            ['Number of Receivables', '35,270', '52,081'],
            ['Average Principal Balance', '$14,176.35', '$12,480.56'],
            ['Weighted Average Contract Rate', '7.43%', '7.85%'],
        ]),
        '</TABLE>',
        '</BODY></HTML>',
    ].join('\n');
    const findings = (0, core_1.analyze)(html).findings.filter((f) => f.code === 'FL309');
    // 500,000,000.00 / 35,270 = 14,176.35; 650,000,000.00 / 52,081 = 12,480.56 (12,480.56 printed right).
    assert.deepEqual(findings, []);
    const slipped = (0, core_1.analyze)(html.replace('$12,480.56', '$12,408.56')).findings.filter((f) => f.code === 'FL309');
    assert.deepEqual(slipped.map((f) => f.message), [
        '"Average Principal Balance" 12,408.56 is not its column\'s balance over its count: 650,000,000.00 / 52,081 = 12,480.56',
    ]);
});
(0, node_test_1.test)('an average printed in whole dollars over balances in cents is the quotient rounded once', () => {
    const html = [
        '<HTML><BODY>',
        '<TABLE>',
        '<TR><TD></TD><TD><B>2005-1</B></TD><TD><B>2005-2</B></TD></TR>',
        '<TR><TD>Pool Balance</TD><TD>$500,000,000.00</TD><TD>$650,000,000.00</TD></TR>',
        '<TR><TD>Number of Receivables</TD><TD>35,270</TD><TD>52,081</TD></TR>',
        '<TR><TD>Average Principal Balance</TD><TD>$14,176</TD><TD>$12,481</TD></TR>',
        '</TABLE>',
        '</BODY></HTML>',
    ].join('\n');
    // 500,000,000.00 / 35,270 = 14,176.35 and 650,000,000.00 / 52,081 = 12,480.56: 14,176 and 12,481.
    assert.deepEqual((0, poolSummary_1.poolSummaryComparisons)((0, core_1.parseFiling)(html)).map((c) => [c.figure.text, c.agrees]), [
        ['14,176', true],
        ['12,481', true],
    ]);
    assert.deepEqual((0, core_1.analyze)(html.replace('$12,481', '$12,418')).findings.map((f) => f.fix?.title), ['Change 12,418 to 12,481']);
});
(0, node_test_1.test)('a fixed-width summary: an average and a weighted average slipped, each with its fix', () => {
    const sample = fs.readFileSync(repo_1.SAMPLE, 'latin1');
    const anchor = 'Item 5.  Other Events.\n----     ------------\n';
    const summary = [
        '',
        '                        Summary of the Mortgage Loans',
        '',
        'Aggregate Principal Balance......................   $225,112,214.21',
        'Number of Mortgage Loans.........................               553',
        'Average Principal Balance........................       $407,047.53',
        'Weighted Average Mortgage Rate...................            6.937%',
        '',
    ].join('\n');
    const text = sample.replace(/\r\n/g, '\n').replace(anchor, `${anchor}${summary}\n`);
    const found = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL309');
    assert.deepEqual(found.map((f) => [f.message, f.fix?.title]), [
        [
            '"Average Principal Balance" $407,047.53 is not its column\'s balance over its count: $225,112,214.21 / 553 = $407,074.53',
            'Change 407,047.53 to 407,074.53',
        ],
        [
            '"Weighted Average Mortgage Rate" 6.937% is not the weighted average of "Mortgage Rates": 6.973%',
            'Change 6.937% to 6.973%',
        ],
    ]);
    const fixed = (0, core_1.applyEdits)(text, found.flatMap((f) => f.fix.edits));
    assert.deepEqual((0, core_1.analyze)(fixed).findings.filter((f) => f.code === 'FL309'), []);
});
//# sourceMappingURL=pool-summary.test.js.map