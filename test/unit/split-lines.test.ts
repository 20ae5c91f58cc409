/** Splitting into lines: the LF-only shortcut must cut exactly where the CRLF/CR/LF pattern does. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines } from '../../server/src/core';

const byPattern = (text: string) => text.split(/\r\n|\r|\n/);

test('splitLines agrees with the CRLF/CR/LF pattern on any mix of line ends', () => {
  const piece = fc.constantFrom('a', ' ', '1', '\n', '\r', '\r\n', '\n\r', '\t', 'é');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      assert.deepEqual(splitLines(text), byPattern(text));
    }),
    { numRuns: 5000 },
  );
});

test('text with and without carriage returns', () => {
  assert.deepEqual(splitLines('a\nb\n'), ['a', 'b', '']);
  assert.deepEqual(splitLines('a\r\nb\rc\n'), ['a', 'b', 'c', '']);
  assert.deepEqual(splitLines(''), ['']);
});
