/**
 * Data-driven check tests: every `test/fixtures/**\/NAME.txt` has `NAME.expected.json` beside it
 * listing the exact findings (code, severity, 1-based line and column, the text at the range, the
 * message).
 * Adding a case is adding two files. Each fixed finding must go away when its fix is applied.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits } from '../../server/src/core';
import { FIXTURES } from '../support/paths';
import { expectedFindings } from '../../scripts/expect';

interface Expected {
  description: string;
  findings: { code: string; severity: string; line: number; column: number; text: string; message: string }[];
}

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...fixtureFiles(p));
    else if (entry.name.endsWith('.txt') && fs.existsSync(p.replace(/\.txt$/, '.expected.json'))) out.push(p);
  }
  return out.sort();
}

const files = fixtureFiles(FIXTURES);

test('fixtures exist', () => {
  assert.ok(files.length >= 10, `only ${files.length} fixtures found under ${FIXTURES}`);
});

for (const file of files) {
  const name = path.relative(FIXTURES, file);
  const expected: Expected = JSON.parse(fs.readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8'));
  test(`fixture ${name}: ${expected.description}`, () => {
    const text = fs.readFileSync(file, 'utf8');
    const { findings, failures } = analyze(text);
    assert.deepEqual(failures, []);
    assert.deepEqual(expectedFindings(text), expected.findings);
    for (const f of findings) {
      // Table checks point at the rows involved; EDGAR line notes (FL4xx) concern one line alone.
      if (!f.code.startsWith('FL4')) {
        assert.ok(f.related.length > 0, `${f.code} at line ${f.span.line + 1} has related information`);
      }
      if (!f.fix) continue;
      const fixed = applyEdits(text, f.fix.edits);
      const after = analyze(fixed).findings;
      // The finding is gone: nothing of its code is left on the characters the fix rewrote.
      const touched = (g: (typeof after)[number]) =>
        f.fix!.edits.some(
          (e) =>
            e.span.line === g.span.line && g.span.start < e.span.start + e.newText.length && g.span.end > e.span.start,
        );
      assert.ok(!after.some((g) => g.code === f.code && touched(g)), `fix "${f.fix.title}" removes its finding`);
      // And it introduces none: every finding after the fix was there before, or is this one's.
      assert.ok(after.length < findings.length, `fix "${f.fix.title}" leaves fewer findings`);
      assert.equal(fixed.split('\n').length, text.split('\n').length, 'a fix keeps the line count');
    }
  });
}
