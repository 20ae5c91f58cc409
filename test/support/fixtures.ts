/** Real filings' fixtures (test/fixtures/real), and the one-figure slips tests make in them. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from './paths';

/** The text of test/fixtures/real/NAME.txt, as the linter reads a filing. */
export function realFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, 'real', `${name}.txt`), 'latin1');
}

/** The text with one figure replaced: `from` must occur exactly once. */
export function slippedOnce(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `${from} occurs once`);
  return text.replace(from, to);
}
