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
 * Property tests: for random pool tables with one injected error, applying any offered fix removes
 * its finding, introduces none, and changes only the characters it claims to.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../../server/src/core");
const pad = (s, n) => s.padStart(n);
const money = (cents) => {
    const s = (cents / 100).toFixed(2); // display only; the generator's own arithmetic is in integer cents
    const [w, f] = s.split('.');
    return `${w.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};
/** A pool table in the sample's layout, with exact totals and per-row percents. */
function render(rows, mutate) {
    const count = rows.reduce((a, r) => a + r.count, 0);
    const cents = rows.reduce((a, r) => a + r.cents, 0);
    const pct = (c) => `${(Math.round((c * 10000) / cents) / 100).toFixed(2)}%`;
    const cells = rows.map((r) => [r.label, String(r.count), money(r.cents), pct(r.cents)]);
    mutate?.(cells);
    const lines = [
        '                      Random Pool Table',
        '',
        '-------------------------------------------------------------------------------',
        '                             Number of      Aggregate Principal  Percent of',
        'Label                     Mortgage Loans    Balance Outstanding  Mortgage Loans',
        '-------------------------------------------------------------------------------',
        '',
        ...cells.map((c) => `${c[0].padEnd(24)}${pad(c[1], 9)}          $ ${pad(c[2], 16)}  ${pad(c[3], 14)}`),
        '                          -----------------------------------------------------',
        `${''.padEnd(24)}${pad(String(count), 9)}          $ ${pad(money(cents), 16)}  ${pad('100.00%', 14)}`,
    ];
    return `${lines.join('\n')}\n`;
}
const rowArb = fast_check_1.default.record({
    label: fast_check_1.default.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta', 'Iota', 'Kappa'),
    count: fast_check_1.default.integer({ min: 1, max: 900 }),
    cents: fast_check_1.default.integer({ min: 10_000_00, max: 90_000_000_00 }),
});
(0, node_test_1.test)('a clean random table has no arithmetic findings', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(rowArb, { minLength: 3, maxLength: 12 }), (rows) => {
        const findings = (0, core_1.analyze)(render(rows)).findings.filter((f) => f.code.startsWith('FL1'));
        // Per-row rounding can leave the percent body off 100.00 by up to n/2 hundredths: allowed.
        return findings.length === 0;
    }), { numRuns: 150 });
});
(0, node_test_1.test)('every offered fix removes its finding, adds none, and touches only what it claims', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(rowArb, { minLength: 3, maxLength: 12 }), fast_check_1.default.nat(), fast_check_1.default.constantFrom('percent', 'total-count', 'total-amount', 'shift'), (rows, pick, kind) => {
        const i = pick % rows.length;
        let text;
        if (kind === 'percent') {
            text = render(rows, (cells) => {
                const v = Number(cells[i][3].slice(0, -1));
                cells[i][3] = `${(v >= 50 ? v - 1.5 : v + 1.5).toFixed(2)}%`;
            });
        }
        else if (kind === 'shift') {
            text = render(rows).replace(/\n/g, '\n'); // shift the i-th body count two characters left
            const lines = text.split('\n');
            const line = 7 + i;
            lines[line] = lines[line].replace(/ {2}(\d+)( {10}\$)/, '$1  $2');
            text = lines.join('\n');
        }
        else {
            const lines = render(rows).split('\n');
            const total = lines.length - 2;
            lines[total] =
                kind === 'total-count'
                    ? lines[total].replace(/(\d+)( {10}\$)/, (_m, n, rest) => {
                        // A slip keeps the figure's width: 993 slipped up by 7 would be 1000, a digit wider,
                        // which moves the rest of the line, so it slips down instead.
                        const up = String(Number(n) + 7);
                        return `${(up.length > n.length ? String(Number(n) - 7) : up).padStart(n.length)}${rest}`;
                    })
                    : lines[total].replace(/\.(\d)(\d)/, (_m, a, b) => `.${a}${(Number(b) + 3) % 10}`);
            text = lines.join('\n');
        }
        const before = (0, core_1.analyze)(text).findings;
        for (const f of before) {
            if (!f.fix)
                continue;
            const fixed = (0, core_1.applyEdits)(text, f.fix.edits);
            // Only the claimed characters change: outside the edited spans the lines are identical.
            const a = text.split('\n');
            const b = fixed.split('\n');
            assert.equal(a.length, b.length);
            for (let l = 0; l < a.length; l++) {
                const edit = f.fix.edits.find((e) => e.span.line === l);
                if (!edit)
                    assert.equal(b[l], a[l]);
                else {
                    assert.equal(b[l].slice(0, edit.span.start), a[l].slice(0, edit.span.start));
                    assert.equal(b[l].length, a[l].length, 'a fix keeps the line width');
                }
            }
            const after = (0, core_1.analyze)(fixed).findings;
            assert.ok(!after.some((g) => g.code === f.code &&
                g.span.line === f.span.line &&
                f.fix.edits.some((e) => g.span.start < e.span.start + e.newText.length && g.span.end > e.span.start)), `${f.code} gone`);
            for (const g of after) {
                assert.ok(before.some((h) => h.code === g.code && h.span.line === g.span.line), `no new finding: ${g.code} ${g.message}`);
            }
        }
        return true;
    }), { numRuns: 200 });
});
//# sourceMappingURL=fix-properties.test.js.map