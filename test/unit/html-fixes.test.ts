/**
 * Quick fixes on HTML figures that markup splits: a negative's `(` before an inline-XBRL element and
 * its digits inside it (`(<ix:nonFraction ...>17,113</ix:nonFraction>`). The fix changes the
 * characters shown that differ and keeps every tag (fixes/replace.ts `visibleEdit`).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, applyEdits } from '../../server/src/core';
import { replaceKeepingRightEdge, shownText, visibleEdit } from '../../server/src/core/fixes/replace';

const TAG = '<ix:nonFraction name="us-gaap:NetIncomeLoss" contextRef="From2023-04-012023-06-30" sign="-">';
const LINE = `<td>(${TAG}17,113</ix:nonFraction></td><td>)</td>`;
const SPAN = { line: 0, start: 4, end: LINE.indexOf('</ix:') };

const tagsOf = (html: string) => html.match(/<[^>]*>/g) ?? [];

test('an edit of a figure split by a tag changes the digits inside it and keeps the tag', () => {
  assert.equal(shownText(LINE, SPAN), '(17,113');
  const cases: [string, string][] = [
    ['(17,131', `<td>(${TAG}17,131</ix:nonFraction></td><td>)</td>`],
    ['(7,113', `<td>(${TAG}7,113</ix:nonFraction></td><td>)</td>`],
    ['(117,113', `<td>(${TAG}117,113</ix:nonFraction></td><td>)</td>`],
    // A lost sign: the `(` alone goes.
    ['17,113', `<td>${TAG}17,113</ix:nonFraction></td><td>)</td>`],
    // Changed on both sides of the tag: the new characters go inside it.
    ['17,114', `<td>${TAG}17,114</ix:nonFraction></td><td>)</td>`],
  ];
  for (const [to, want] of cases) assert.equal(applyEdits(LINE, [visibleEdit(LINE, SPAN, to)]), want, to);
  // A `)` in a cell of its own stays there: the figure's cell is written without one.
  const plain = '<td>(17,131</td><td>)</td>';
  assert.equal(
    applyEdits(plain, [replaceKeepingRightEdge(plain, { line: 0, start: 4, end: 11 }, '(17,113)', true)]),
    '<td>(17,113</td><td>)</td>',
  );
  // A reference is one character: `$&nbsp;1,234` shows `$ 1,234`.
  const dollar = '<td>$&nbsp;1,234</td>';
  const span = { line: 0, start: 4, end: 16 };
  assert.equal(shownText(dollar, span), '$ 1,234');
  assert.equal(applyEdits(dollar, [replaceKeepingRightEdge(dollar, span, '$ 1,243', true)]), '<td>$&nbsp;1,243</td>');
});

test('any edit keeps the tags, in order, and shows the new figure', () => {
  const figure = fc
    .tuple(fc.boolean(), fc.integer({ min: 0, max: 9_999_999 }))
    .map(([negative, n]) => (negative ? `(${n.toLocaleString('en-US')}` : n.toLocaleString('en-US')));
  fc.assert(
    fc.property(fc.boolean(), figure, figure, (split, from, to) => {
      const open = from.startsWith('(');
      // The `(` outside the element where the filing puts it there; else the whole figure inside.
      const inner = split && open ? from.slice(1) : from;
      const line = `<td>${split && open ? '(' : ''}<font>${TAG}${inner}</ix:nonFraction></font></td>`;
      const span = { line: 0, start: 4, end: line.indexOf('</ix:') };
      assert.equal(shownText(line, span), from);
      const after = applyEdits(line, [replaceKeepingRightEdge(line, span, to, true)]);
      assert.deepEqual(tagsOf(after), tagsOf(line));
      assert.equal(after.replace(/<[^>]*>/g, ''), to);
    }),
    { numRuns: 300 },
  );
});

/** An inline-XBRL statement as Workiva writes it: a negative's `(` and `)` outside the element. */
function statement(total: string): string {
  const row = (label: string, a: string, b: string, rule = false) => {
    const td = rule ? '<td style="border-top:1px solid #000">' : '<td>';
    const cell = (v: string) =>
      v.startsWith('(')
        ? `${td}(<ix:nonFraction name="x" contextRef="c" sign="-">${v.slice(1)}</ix:nonFraction></td>${td})</td>`
        : `${td}<ix:nonFraction name="x" contextRef="c">${v}</ix:nonFraction></td>${td}</td>`;
    return `<tr><td>${label}</td>${cell(a)}${cell(b)}</tr>`;
  };
  return [
    '<html><body>',
    '<table>',
    '<tr><td></td><td>2023</td><td></td><td>2022</td><td></td></tr>',
    row('Revenues', '81,847', '79,122'),
    row('Costs and expenses', '(64,221', '(60,317'),
    row('Other expense', '(34,739', '(35,918'),
    row('Loss before income taxes', total, '(17,113', true),
    '</table>',
    '</body></html>',
    '',
  ].join('\n');
}

test('a footing fix on a negative total split by its tag keeps the inline-XBRL element', () => {
  assert.deepEqual(
    analyze(statement('(17,113')).findings.map((f) => f.code),
    [],
  );
  const text = statement('(17,131');
  const footing = analyze(text).findings.filter((f) => f.code === 'FL101');
  assert.equal(footing.length, 1, footing.map((f) => f.message).join('\n'));
  const fixed = applyEdits(text, footing[0].fix!.edits);
  assert.equal(fixed, statement('(17,113'));
});
