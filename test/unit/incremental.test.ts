/**
 * Incremental analysis (pages reused by identity, lines updated in place) always agrees with a
 * full analysis of the same text, under random edits; and the line store applies LSP changes as
 * the reference text-document implementation does.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, analyzeLines, createParseCache, splitLines, type Analysis } from '../../server/src/core';
import { applyChanges, getText, openDocument } from '../../server/src/protocol/documents';
import { readSample } from '../support/paths';

const sample = readSample();

function digest(a: Analysis): string[] {
  return [
    ...a.model.tables.map((t) => `${t.index} ${t.title} ${t.startLine}-${t.endLine} p${t.page}`),
    ...a.findings.map((f) => `${f.code} ${f.span.line}:${f.span.start}-${f.span.end} ${f.message}`),
  ];
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 3 }),
  insert: fc.constantFrom('', '1', '9', ' ', '  ', '\n', '\n\n', '%', '$', 'x', '-----', '\n<PAGE>\n', '(1)', '0.01', '\n<TEXT>\n<HTML>\n', '\n</TEXT>\n', '<', '\nbegin 644 x.jpg\n', '\nend\n'),
});

test('incremental and full analysis agree under random edits', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      const doc = openDocument('file:///x.txt', 'sec-filing', 1, sample);
      const reference = TextDocument.create('file:///x.txt', 'sec-filing', 1, sample);
      const cache = createParseCache();
      analyzeLines(doc.lines.slice(), { cache });
      let version = 1;
      for (const e of edits) {
        const text = reference.getText();
        const offset = Math.floor(e.at * text.length);
        const range = { start: reference.positionAt(offset), end: reference.positionAt(Math.min(text.length, offset + e.remove)) };
        version++;
        const change = { range, text: e.insert };
        TextDocument.update(reference, [change], version);
        applyChanges(doc, [change], version);
        assert.equal(getText(doc), reference.getText().replace(/\r\n|\r/g, '\n'));
        assert.equal(doc.chars, getText(doc).length + 1, 'the character count follows the edits');
        const incremental = analyzeLines(doc.lines.slice(), { cache });
        const full = analyze(reference.getText());
        assert.deepEqual(digest(incremental), digest(full));
      }
    }),
    { numRuns: 60 },
  );
});

test('a full-text change replaces every line', () => {
  const doc = openDocument('file:///y.txt', 'sec-filing', 1, 'a\nb');
  applyChanges(doc, [{ text: 'c\r\nd\re' }], 2);
  assert.deepEqual(doc.lines, ['c', 'd', 'e']);
  assert.equal(doc.version, 2);
});

test('unchanged pages keep their very tables between versions', () => {
  const lines = splitLines(sample);
  const cache = createParseCache();
  const first = analyzeLines(lines.slice(), { cache });
  const at = lines.findIndex((l) => l.startsWith('California'));
  lines[at] = lines[at].replace('268', '278');
  const second = analyzeLines(lines.slice(), { cache });
  const changed = second.model.tables.filter((t, i) => t !== first.model.tables[i]).map((t) => t.title);
  assert.deepEqual(changed, ['State Distribution of Mortgaged Properties']);
});
