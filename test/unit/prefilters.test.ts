/**
 * Cheap tests that spare the parser a regular expression on most lines must never say no where the
 * expression says yes: checked on lines made of markers, white space of every kind and text.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstNonBlank, FOOTNOTE_RE, mayBeFootnote } from '../../server/src/core/parse/lines';
import { mayCloseText, TEXT_CLOSE } from '../../server/src/core/parse/regions';

const piece = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\x01',
  '(1)',
  '(a)',
  '*',
  '**',
  '{2}',
  '3)',
  '12)',
  'Note',
  'x',
  '"',
  '(',
  '</',
  '</TEXT>',
  '</text>',
  '<TEXT>',
  '</TD>',
  '7',
  '.',
);
const line = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));

test('a line FOOTNOTE_RE matches always passes mayBeFootnote', () => {
  fc.assert(
    fc.property(line, (raw) => {
      if (FOOTNOTE_RE.test(raw)) assert.ok(mayBeFootnote(raw, firstNonBlank(raw)), JSON.stringify(raw));
    }),
    { numRuns: 20000 },
  );
  assert.ok(mayBeFootnote('  (1) The loans', 2) && FOOTNOTE_RE.test('  (1) The loans'));
  assert.ok(!mayBeFootnote('  The loans (1) are', 2));
});

test('a line TEXT_CLOSE matches always passes mayCloseText', () => {
  fc.assert(
    fc.property(line, (raw) => {
      if (TEXT_CLOSE.test(raw)) assert.ok(mayCloseText(raw), JSON.stringify(raw));
    }),
    { numRuns: 20000 },
  );
  assert.ok(mayCloseText('\u00a0</TEXT>') && TEXT_CLOSE.test('\u00a0</TEXT>'));
  assert.ok(!mayCloseText('<TD>x</TD>'));
});
