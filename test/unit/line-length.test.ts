/**
 * FL401 on lines EDGAR's PEM armour lengthened: every line that starts with a dash is disseminated
 * with `- ` before it, so the rules of an 80-column filing come out 82 characters long.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const lengthNotes = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.code === 'FL401')
    .map((f) => ({ line: f.span.line, start: f.span.start, end: f.span.end, message: f.message }));

test("a line EDGAR's armour lengthened is measured as filed: a rule of 80 dashes is no longer than 80", () => {
  const rule = (n: number) => `- ${'-'.repeat(n)}`;
  const prose = 'The following paragraph is prose, and it runs on past the limit that EDGAR sets for it.';
  assert.deepEqual(lengthNotes([rule(80), '', prose].join('\n')), [
    { line: 2, start: 80, end: prose.length, message: `Line is ${prose.length} characters; EDGAR allows 80` },
  ]);
  // Past 80 as filed: the range starts after the armour's two characters and the 80 the filer had.
  assert.deepEqual(lengthNotes(rule(83)), [
    {
      line: 0,
      start: 82,
      end: 85,
      message: "Line is 83 characters as filed (without the `- ` EDGAR's armour puts before it); EDGAR allows 80",
    },
  ]);
  // A line that starts with one dash and no armour is measured whole.
  assert.equal(lengthNotes(`-${'x'.repeat(80)}`).length, 1);
});
