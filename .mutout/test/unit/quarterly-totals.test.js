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
 * FL311: a quarterly results table's four quarters of a line against the year's figure in the
 * income statement (facts/quarterlyTotals.ts). Claimed only where two other ties of the table agree;
 * a slip in one quarter is an error with its fix, a small difference no slip explains a warning, a
 * large one nothing.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const pad = (name, xs, width = 12) => `${name.padEnd(36)}${xs.map((x) => x.padStart(width)).join('')}`;
/** An income statement for 1997 and 1996 (in thousands). */
function statement(sales, gross, net, costs) {
    return [
        '                 CONSOLIDATED STATEMENTS OF INCOME',
        '                 (In thousands, except per share data)',
        '',
        pad('', ['1997', '1996']),
        pad('', ['--------', '--------']),
        pad('Net sales', sales),
        pad('Cost of sales', costs),
        pad('', ['--------', '--------']),
        pad('Gross profit', gross),
        pad('Net income', net),
        pad('Net income per share', ['1.20', '1.00']),
        '',
        '',
    ];
}
/** A quarterly data table, quarters across, a block of lines under each year. */
function quartersAcross(blocks) {
    const out = [
        '                 QUARTERLY FINANCIAL DATA (UNAUDITED)',
        '                 (In thousands, except per share data)',
        '',
        pad('', ['First', 'Second', 'Third', 'Fourth']),
        pad('', ['Quarter', 'Quarter', 'Quarter', 'Quarter']),
        pad('', ['--------', '--------', '--------', '--------']),
    ];
    for (const block of blocks) {
        out.push(block.year);
        for (const [label, xs] of block.lines)
            out.push(pad(label, xs));
        out.push('');
    }
    return out;
}
const PRISTINE_1997 = [
    ['Net sales', ['101,362', '112,517', '121,948', '134,225']],
    ['Gross profit', ['40,118', '44,702', '48,391', '49,655']],
    ['Net income', ['10,236', '11,427', '12,903', '13,541']],
    ['Net income per share', ['.26', '.29', '.31', '.34']],
];
const PRISTINE_1996 = [
    ['Net sales', ['90,412', '95,836', '102,117', '115,289']],
    ['Gross profit', ['35,264', '37,518', '40,973', '38,845']],
    ['Net income', ['9,127', '9,562', '10,381', '11,574']],
];
/** The statement the pristine quarters add up to. */
const STATEMENT = statement(['470,052', '403,654'], ['182,866', '152,600'], ['48,107', '40,644'], ['287,186', '251,054']);
function filing(q1997 = PRISTINE_1997, q1996 = PRISTINE_1996, head = STATEMENT) {
    return [
        ...head,
        ...quartersAcross([
            { year: '1997', lines: q1997 },
            { year: '1996', lines: q1996 },
        ]),
    ].join('\n');
}
const fl311 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL311');
const edit = (lines, label, quarter, to) => lines.map(([l, xs]) => [l, l === label ? xs.map((x, i) => (i === quarter ? to : x)) : xs]);
(0, node_test_1.test)('quarters that add up to the statement, and per-share figures that do not, are not reported', () => {
    assert.deepEqual(fl311(filing()), []);
});
(0, node_test_1.test)('a quarter one slip off is an error on it, with the fix that makes the year tie', () => {
    // 1997 gross profit: 40,118 + 44,702 + 84,391 + 49,655 = 218,866 against 182,866; 48,391 was meant.
    const text = filing(edit(PRISTINE_1997, 'Gross profit', 2, '84,391'));
    const [f, ...rest] = fl311(text);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(f.span.line, text.split('\n').findIndex((l) => l.includes('84,391')));
    assert.match(f.message, /^Gross profit for 1997: the four quarters add to 218,866, but the income statement \(CONSOLIDATED STATEMENTS OF INCOME\) prints 182,866: 84,391 reads like two digits transposed for 48,391; the table's other lines tie/);
    assert.equal(f.fix?.title, 'Change 84,391 to 48,391');
    assert.deepEqual(fl311((0, core_1.applyEdits)(text, f.fix.edits)), []);
});
(0, node_test_1.test)('a small difference no slip explains is a warning on the fourth quarter; a large one is not claimed', () => {
    // 1996 net sales add to 403,667: 13 off, no one-digit slip of a quarter makes it.
    const small = filing(PRISTINE_1997, edit(PRISTINE_1996, 'Net sales', 3, '115,302'));
    const [f, ...rest] = fl311(small);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.ok(small.split('\n')[f.span.line].includes('115,302'));
    assert.match(f.message, /^Net sales for 1996: the four quarters add to 403,667, but the income statement .* prints 403,654;/);
    assert.equal(f.fix, undefined);
    // 1996 net sales 40,000 over (10%): a restated year or another line, not a slip.
    assert.deepEqual(fl311(filing(PRISTINE_1997, edit(PRISTINE_1996, 'Net sales', 3, '155,123'))), []);
});
(0, node_test_1.test)("the hover lists a quarterly table's lines against the year, and the statement the tables tied to it", () => {
    const { model } = (0, core_1.analyze)(filing(PRISTINE_1997, edit(PRISTINE_1996, 'Net sales', 3, '115,302')));
    const [statement, quarterly] = model.tables;
    const plain = (md) => md.replace(/\\(.)/g, '$1');
    const q = plain((0, core_1.tableHoverMarkdown)(model, quarterly));
    assert.match(q, /\nQuarters against CONSOLIDATED STATEMENTS OF INCOME \(line 1\):\n/);
    assert.match(q, /\n- ✓ Net sales 1997: add to 470,052\n/);
    assert.match(q, /\n- ✗ Net sales 1996: add to 403,667, the statement prints 403,654\n/);
    assert.match(plain((0, core_1.tableHoverMarkdown)(model, statement)), /\nQuarterly data tied to it:\n- ✗ QUARTERLY FINANCIAL DATA \(UNAUDITED\) \(line \d+\): 5 of 6 lines add up to the year$/);
});
(0, node_test_1.test)('the tables JSON of a quarterly table carries its lines against the year', () => {
    const text = filing(PRISTINE_1997, edit(PRISTINE_1996, 'Net sales', 3, '115,302'));
    const { model } = (0, core_1.analyze)(text);
    const quarterly = model.tables[1];
    const quarters = (0, core_1.tableToJson)(quarterly, model).quarters;
    assert.equal(quarters.length, 6);
    const line = text.split('\n').findIndex((l) => l.includes('115,302')) + 1;
    assert.deepEqual(quarters.find((q) => q.label === 'Net sales' && q.year === 1996), {
        label: 'Net sales',
        year: 1996,
        quarters: [line, line, line, line],
        sum: '403667',
        stated: '403654',
        statementLine: 1,
        statedLine: 6,
        agrees: false,
    });
    assert.equal(quarters.filter((q) => q.agrees).length, 5);
    assert.deepEqual((0, core_1.tableToJson)(model.tables[0], model).quarters, []);
    assert.equal((0, core_1.tableToJson)(quarterly).quarters, undefined);
});
(0, node_test_1.test)('a table whose other ties do not agree claims nothing', () => {
    // Only one other tie agrees (1997 net income); the table may be of another company or restated.
    const q1997 = edit(edit(PRISTINE_1997, 'Net sales', 0, '101,234'), 'Gross profit', 2, '84,391');
    const q1996 = [['Other income', ['1,000', '1,000', '1,000', '1,000']]];
    assert.deepEqual(fl311(filing(q1997, q1996)), []);
});
(0, node_test_1.test)('a quarterly table before the statement, quarters down under a year, is tied too', () => {
    const text = [
        '                 SELECTED QUARTERLY DATA',
        '                 (In thousands)',
        '',
        pad('', ['Net sales', 'Gross profit', 'Net income'], 15),
        pad('', ['--------', '--------', '--------'], 15),
        '1997',
        pad('First quarter', ['101,362', '40,118', '10,236'], 15),
        pad('Second quarter', ['112,517', '44,702', '11,427'], 15),
        pad('Third quarter', ['121,948', '48,391', '12,903'], 15),
        pad('Fourth quarter', ['134,225', '49,655', '31,541'], 15),
        '',
        '',
        ...STATEMENT,
    ].join('\n');
    const [f, ...rest] = fl311(text);
    assert.equal(rest.length, 0);
    assert.match(f.message, /^Net income for 1997: .*: 31,541 reads like two digits transposed for 13,541;/);
    assert.deepEqual(fl311((0, core_1.applyEdits)(text, f.fix.edits)), []);
});
(0, node_test_1.test)('property: one quarter changed by a one-digit slip is found on that quarter, nothing on the pristine table', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(fast_check_1.default.integer({ min: 10_000, max: 99_999 }), { minLength: 12, maxLength: 12 }), fast_check_1.default.integer({ min: 0, max: 2 }), fast_check_1.default.integer({ min: 0, max: 3 }), fast_check_1.default.integer({ min: 1, max: 8 }), (figures, line, quarter, bump) => {
        const labels = ['Net sales', 'Gross profit', 'Net income'];
        const lines = labels.map((l, i) => [
            l,
            figures.slice(i * 4, i * 4 + 4).map((n) => n.toLocaleString('en-US')),
        ]);
        const totals = labels.map((_, i) => figures.slice(i * 4, i * 4 + 4).reduce((a, b) => a + b, 0));
        const fmt = (n) => n.toLocaleString('en-US');
        const head = statement([fmt(totals[0]), '403,654'], [fmt(totals[1]), '152,600'], [fmt(totals[2]), '40,644'], [fmt(totals[0] - totals[1]), '251,054']);
        assert.deepEqual(fl311(filing(lines, PRISTINE_1996, head)), []);
        // Change the thousands digit of one quarter (a one-digit slip that cannot carry into a neighbour).
        const old = figures[line * 4 + quarter];
        const digit = Math.floor(old / 1000) % 10;
        const changed = old + (((digit + bump) % 10) - digit) * 1000;
        const slipped = edit(lines, labels[line], quarter, fmt(changed));
        const found = fl311(filing(slipped, PRISTINE_1996, head));
        assert.equal(found.length, 1);
        assert.equal(found[0].severity, 'error');
        // Quarters alike could each be the slip: then the finding names them all, without a fix.
        assert.ok(found[0].message.includes(`${fmt(changed)} reads like a one-digit slip for ${fmt(old)}`));
        if (found[0].fix)
            assert.equal(found[0].fix.title, `Change ${fmt(changed)} to ${fmt(old)}`);
    }), { numRuns: 60 });
});
//# sourceMappingURL=quarterly-totals.test.js.map