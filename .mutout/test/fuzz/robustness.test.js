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
 * Bad input never crashes or hangs the core: random and mutated filings, random bytes, very long
 * lines, very wide tables, nested wrappers, half tables, every line separator, tabs and CRLF.
 * Invariants: no exception escapes, every range lies inside the document, fixes apply cleanly, and
 * time grows linearly with size.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const growth_1 = require("../support/growth");
const paths_1 = require("../support/paths");
const sample = (0, paths_1.readSample)();
let cases = 0;
let worstMsPerMB = 0;
function checkInvariants(text) {
    const t = performance.now();
    const a = (0, core_1.analyze)(text);
    const ms = performance.now() - t;
    cases++;
    if (text.length > 100_000)
        worstMsPerMB = Math.max(worstMsPerMB, ms / (text.length / 1e6));
    assert.deepEqual(a.failures, [], 'no check threw');
    const lines = (0, core_1.splitLines)(text);
    for (const f of a.findings) {
        for (const span of [f.span, ...f.related.map((r) => r.span), ...(f.fix?.edits.map((e) => e.span) ?? [])]) {
            assert.ok(span.line >= 0 && span.line < lines.length, `line ${span.line} inside the document`);
            assert.ok(span.start >= 0 && span.start <= span.end && span.end <= lines[span.line].length + 200, `range ${span.start}-${span.end} on a line of ${lines[span.line].length}`);
        }
        if (f.fix) {
            const fixed = (0, core_1.applyEdits)(text, f.fix.edits);
            assert.equal((0, core_1.splitLines)(fixed).length, lines.length, 'a fix keeps the lines');
            (0, core_1.analyze)(fixed);
        }
    }
    return a;
}
(0, node_test_1.test)('random bytes', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.uint8Array({ maxLength: 4000 }), (bytes) => void checkInvariants(Buffer.from(bytes).toString('latin1'))), { numRuns: 200 });
});
(0, node_test_1.test)('random unicode text with every line separator', () => {
    const sep = fast_check_1.default.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\f', '\v', '\t');
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(fast_check_1.default.oneof(fast_check_1.default.string({ unit: 'binary', maxLength: 80 }), sep), { maxLength: 200 }), (parts) => void checkInvariants(parts.join(''))), { numRuns: 200 });
});
(0, node_test_1.test)('the sample mutated: characters deleted, duplicated, replaced, lines shuffled', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(fast_check_1.default.record({
        at: fast_check_1.default.nat(),
        op: fast_check_1.default.constantFrom('delete', 'dup', 'digit', 'space', 'swap', 'cut', 'tab', 'crlf'),
        n: fast_check_1.default.integer({ min: 1, max: 40 }),
    }), { minLength: 1, maxLength: 20 }), (ops) => {
        let text = sample;
        for (const o of ops) {
            const i = o.at % Math.max(1, text.length);
            if (o.op === 'delete')
                text = text.slice(0, i) + text.slice(i + o.n);
            else if (o.op === 'dup')
                text = text.slice(0, i) + text.slice(i, i + o.n) + text.slice(i);
            else if (o.op === 'digit')
                text = text.slice(0, i) + String(o.n % 10) + text.slice(i + 1);
            else if (o.op === 'space')
                text = text.slice(0, i) + ' '.repeat(o.n % 5) + text.slice(i);
            else if (o.op === 'tab')
                text = text.slice(0, i) + '\t' + text.slice(i);
            else if (o.op === 'crlf')
                text = text.replace(/\n/g, '\r\n');
            else if (o.op === 'swap') {
                const ls = text.split('\n');
                const a = o.at % ls.length;
                const b = (o.at * 7 + o.n) % ls.length;
                [ls[a], ls[b]] = [ls[b], ls[a]];
                text = ls.join('\n');
            }
            else
                text = text.slice(0, i); // a table cut in half
        }
        checkInvariants(text);
    }), { numRuns: 250 });
});
(0, node_test_1.test)('a 50,000-character line, a 1,000-column table and deep wrappers', () => {
    checkInvariants(`${sample}\n${'9 '.repeat(25_000)}\n${'x'.repeat(50_000)}\n`);
    const wide = Array.from({ length: 12 }, (_, r) => `Row ${r}   ${Array.from({ length: 1000 }, (_, c) => String((r + 1) * (c + 1)).padStart(8)).join('')}`);
    wide.push(`         ${'-'.repeat(8000)}`);
    wide.push(`         ${Array.from({ length: 1000 }, (_, c) => String(78 * (c + 1)).padStart(8)).join('')}`);
    checkInvariants(wide.join('\n'));
    const nested = `${'<SEC-DOCUMENT>\n<DOCUMENT>\n<TEXT>\n<TABLE>\n'.repeat(500)}${sample}${'</TABLE>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n'.repeat(500)}`;
    checkInvariants(nested);
    checkInvariants(`<TEXT>\n<HTML>\n${'<td>1</td>'.repeat(10_000)}\n</TEXT>\n${sample}`);
    checkInvariants(`begin 644 chart.jpg\n${'M'.repeat(61)}\n`.repeat(2000) + 'end\n' + sample);
});
(0, node_test_1.test)('a table of 150,000 rows is analysed and summarised (no spread of its rows into one call)', () => {
    // Labels that are numbers (loan numbers), then ranges (`1,000 - 1,999`): the summary weighs both
    // by the balance column, over every row. Spread into Math.max, 150,000 scales overflowed the stack.
    const rows = 150_000;
    const numbered = Array.from({ length: rows }, (_, i) => `  ${String(i + 1).padStart(7)}          ${(1000 + (i % 997)).toLocaleString('en-US').padStart(10)}`);
    const ranged = Array.from({ length: rows }, (_, i) => `  ${`${i * 10} - ${i * 10 + 9}`.padEnd(20)}${(1000 + (i % 997)).toLocaleString('en-US').padStart(10)}`);
    for (const [kind, body] of [
        ['numeric', numbered],
        ['range', ranged],
    ]) {
        const text = `                 POOL TABLE\n\n  Loan                 Balance\n  ----------------------------\n${body.join('\n')}\n`;
        const a = checkInvariants(text);
        assert.equal(a.model.tables.length, 1);
        const table = a.model.tables[0];
        assert.equal(table.rows.length, rows);
        const summary = (0, core_1.summarizeTable)(table);
        assert.equal(summary.labelKind, kind);
        if (kind === 'numeric')
            assert.ok(summary.weightedAverage, 'a weighted average of the loan numbers');
        assert.match((0, core_1.formatSummary)(summary), /weighted average/);
        assert.match((0, core_1.tableHoverMarkdown)(a.model, table), /POOL TABLE/);
    }
});
(0, node_test_1.test)('a long table with a subtotal every ten rows: each subtotal is footed, in time linear in the rows', () => {
    // Per total, the segment's rules and rows and a misaligned figure's anchor are looked up, not
    // searched for: 40,000 rows took 14 s when they were.
    const schedule = (groups, wrongGroup) => {
        const out = [
            '                     LOAN SCHEDULE',
            '',
            '  Loan                    Balance',
            '  -----------------------------',
        ];
        for (let g = 0; g < groups; g++) {
            let sum = 0;
            for (let k = 0; k < 10; k++) {
                const balance = 1000 + ((g * 10 + k) % 97);
                sum += balance;
                out.push(`  Loan ${String(g * 10 + k + 1).padEnd(12)}   ${balance.toLocaleString('en-US').padStart(10)}`);
            }
            out.push('                     ----------');
            // One subtotal is off by 10, and every other one is a character out of line.
            const stated = (g === wrongGroup ? sum + 10 : sum).toLocaleString('en-US').padStart(10);
            out.push(`  Subtotal            ${g % 2 === 1 ? ' ' : ''}${stated}`);
            out.push('');
        }
        return `${out.join('\n')}\n`;
    };
    const checked = (groups) => {
        const text = schedule(groups, 5);
        const findings = (0, core_1.analyze)(text).findings;
        const footing = findings.filter((f) => f.code === 'FL101');
        assert.equal(footing.length, 1, 'the one wrong subtotal');
        assert.equal(footing[0].span.line, 4 + 5 * 13 + 11, 'on the subtotal line of the sixth group');
        assert.equal(findings.filter((f) => f.code === 'FL201').length, groups / 2, 'every other subtotal out of line');
        return { units: groups, run: () => (0, core_1.analyze)(text) };
    };
    const growth = (0, growth_1.growthPerUnit)(checked(500), checked(4000));
    assert.ok(growth < 3, `per-row time grew ${growth.toFixed(2)}x from 5,000 to 40,000 rows`);
});
(0, node_test_1.test)('time grows linearly with size (no quadratic path)', () => {
    const copies = (n) => {
        const text = sample.repeat(n);
        return { units: text.length, run: () => (0, core_1.analyze)(text) };
    };
    const growth = (0, growth_1.growthPerUnit)(copies(20), copies(160));
    // Per character, eight times the size costs at most three times as much (GC, caches); a
    // quadratic path costs eight times as much.
    assert.ok(growth < 3, `per-character time grew ${growth.toFixed(2)}x from 20 to 160 copies`);
});
(0, node_test_1.test)('robustness figures', () => {
    console.log(`# robustness: ${cases} cases, 0 crashes, 0 hangs, worst ${worstMsPerMB.toFixed(0)} ms per MB`);
    assert.ok(cases > 600);
});
(0, node_test_1.test)('a long schedule whose two columns miss their totals by opposite amounts is read in linear time', () => {
    // Two columns failing by opposite differences are searched for figures moved across (at most so
    // many sets: C(1,000, 3) took 7.6 s) and for two figures exchanged between them (by a binary
    // search per figure, not by trying every pair: 12,000 rows took 16 s). With `blanks`, the middle
    // column is blank on most rows, so that every figure of the first could have moved into it.
    const schedule = (n, blanks = false) => {
        const f = (v) => (v === null ? '' : v.toLocaleString('en-US')).padStart(12);
        const rows = [];
        const sums = [0, 0, 0];
        for (let i = 0; i < n; i++) {
            const middle = blanks && i % 50 !== 0 ? null : 1000 + ((i * 53) % 8000);
            const v = [1000 + ((i * 37) % 8000), middle, 1000 + ((i * 71) % 8000)];
            v.forEach((x, k) => (sums[k] += x ?? 0));
            rows.push(`  Item ${String(i).padEnd(10)}${v.map(f).join('')}`);
        }
        const text = [
            '                 SCHEDULE',
            '',
            '                      2000        1999        1998',
            '  ---------------------------------------------',
            ...rows,
            '                 ---------   ---------   ---------',
            `  Total          ${f(sums[0] + 7)}${f(sums[1] - 7)}${f(sums[2])}`,
            '',
        ].join('\n');
        return { units: n, run: () => (0, core_1.analyze)(text) };
    };
    const growth = (0, growth_1.growthPerUnit)(schedule(1_500), schedule(12_000));
    assert.ok(growth < 3, `per-row time grew ${growth.toFixed(2)}x from 1,500 to 12,000 rows`);
    const withBlanks = (0, growth_1.growthPerUnit)(schedule(500, true), schedule(4_000, true));
    assert.ok(withBlanks < 3, `with blanks, per-row time grew ${withBlanks.toFixed(2)}x from 500 to 4,000 rows`);
});
//# sourceMappingURL=robustness.test.js.map