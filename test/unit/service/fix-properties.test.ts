/**
 * Property tests: for random pool tables with one injected error, applying any offered fix removes
 * its finding, introduces none, and changes only the characters it claims to.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, applyEdits, type TextEdit } from '../../../server/src/core';

const pad = (s: string, n: number) => s.padStart(n);
const money = (cents: number) => {
  const s = (cents / 100).toFixed(2); // display only; the generator's own arithmetic is in integer cents
  const [w, f] = s.split('.');
  return `${w.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};

interface Row {
  label: string;
  count: number;
  cents: number;
}

/** A pool table in the sample's layout, with exact totals and per-row percents. */
function render(rows: Row[], mutate?: (cells: string[][]) => void): string {
  const count = rows.reduce((a, r) => a + r.count, 0);
  const cents = rows.reduce((a, r) => a + r.cents, 0);
  const pct = (c: number) => `${(Math.round((c * 10000) / cents) / 100).toFixed(2)}%`;
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

const rowArb = fc.record({
  label: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta', 'Iota', 'Kappa'),
  count: fc.integer({ min: 1, max: 900 }),
  cents: fc.integer({ min: 10_000_00, max: 90_000_000_00 }),
});

test('a clean random table has no arithmetic findings', () => {
  fc.assert(
    fc.property(fc.array(rowArb, { minLength: 3, maxLength: 12 }), (rows) => {
      const findings = analyze(render(rows)).findings.filter((f) => f.code.startsWith('FL1'));
      // Per-row rounding can leave the percent body off 100.00 by up to n/2 hundredths: allowed.
      return findings.length === 0;
    }),
    { numRuns: 150 },
  );
});

test('every offered fix removes its finding, adds none, and touches only what it claims', () => {
  fc.assert(
    fc.property(
      fc.array(rowArb, { minLength: 3, maxLength: 12 }),
      fc.nat(),
      fc.constantFrom('percent', 'total-count', 'total-amount', 'shift'),
      (rows, pick, kind) => {
        const i = pick % rows.length;
        let text: string;
        if (kind === 'percent') {
          text = render(rows, (cells) => {
            const v = Number(cells[i][3].slice(0, -1));
            cells[i][3] = `${(v >= 50 ? v - 1.5 : v + 1.5).toFixed(2)}%`;
          });
        } else if (kind === 'shift') {
          text = render(rows).replace(/\n/g, '\n'); // shift the i-th body count two characters left
          const lines = text.split('\n');
          const line = 7 + i;
          lines[line] = lines[line].replace(/ {2}(\d+)( {10}\$)/, '$1  $2');
          text = lines.join('\n');
        } else {
          const lines = render(rows).split('\n');
          const total = lines.length - 2;
          lines[total] =
            kind === 'total-count'
              ? lines[total].replace(/(\d+)( {10}\$)/, (_m, n: string, rest: string) => {
                  // A slip keeps the figure's width: 993 slipped up by 7 would be 1000, a digit wider,
                  // which moves the rest of the line, so it slips down instead.
                  const up = String(Number(n) + 7);
                  return `${(up.length > n.length ? String(Number(n) - 7) : up).padStart(n.length)}${rest}`;
                })
              : lines[total].replace(/\.(\d)(\d)/, (_m, a: string, b: string) => `.${a}${(Number(b) + 3) % 10}`);
          text = lines.join('\n');
        }
        const before = analyze(text).findings;
        for (const f of before) {
          if (!f.fix) continue;
          const fixed = applyEdits(text, f.fix.edits);
          // Only the claimed characters change: outside the edited spans the lines are identical.
          const a = text.split('\n');
          const b = fixed.split('\n');
          assert.equal(a.length, b.length);
          for (let l = 0; l < a.length; l++) {
            const edit: TextEdit | undefined = f.fix.edits.find((e) => e.span.line === l);
            if (!edit) assert.equal(b[l], a[l]);
            else {
              assert.equal(b[l].slice(0, edit.span.start), a[l].slice(0, edit.span.start));
              assert.equal(b[l].length, a[l].length, 'a fix keeps the line width');
            }
          }
          const after = analyze(fixed).findings;
          assert.ok(
            !after.some(
              (g) =>
                g.code === f.code &&
                g.span.line === f.span.line &&
                f.fix!.edits.some((e) => g.span.start < e.span.start + e.newText.length && g.span.end > e.span.start),
            ),
            `${f.code} gone`,
          );
          for (const g of after) {
            assert.ok(
              before.some((h) => h.code === g.code && h.span.line === g.span.line),
              `no new finding: ${g.code} ${g.message}`,
            );
          }
        }
        return true;
      },
    ),
    { numRuns: 200 },
  );
});
