/**
 * A relation across columns that the headers state with their signs (facts/relations.ts
 * `headerStated`): `Minus:` and `Plus:` over the columns between the one they start from and the
 * one they come to. The filer says how the columns add, so two rows that hold make the relation, and
 * a third that fails by a slip is reported (FL104), where rows alone need three that hold.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Finding } from '../../server/src/core';
import { FIXTURES } from '../support/paths';

const CABOT = fs.readFileSync(
  path.join(FIXTURES, 'real', 'cabot-2023-html-pay-versus-performance-signed-headers.txt'),
  'latin1',
);

/** The table with 2023's reported value of equity awards (5,399,962) printed as `to`. */
function slipped(text: string, to: string): string {
  const out = text.replace('5,399,962', to);
  assert.notEqual(out, text);
  return out;
}

function fl104(text: string): Finding[] {
  return analyze(text).findings.filter((f) => f.code === 'FL104');
}

test('the pristine table: its three years hold, nothing is reported', () => {
  assert.deepEqual(fl104(CABOT), []);
});

test('a transposition in one year of three is reported on the figure, the headers vouching for the relation', () => {
  const found = fl104(slipped(CABOT, '3,599,962'));
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
  assert.match(found[0].message, /^3,599,962 in "2023" reads like two digits transposed for 5,399,962/);
});

test('without the sign words, two years that hold make no relation, and nothing is claimed', () => {
  const unsigned = CABOT.replace(/Minus:|Plus:/g, '');
  assert.notEqual(unsigned, CABOT);
  assert.deepEqual(fl104(slipped(unsigned, '3,599,962')), []);
});

test('headers whose signs the figures do not keep state nothing', () => {
  // `Plus:` over the equity award adjustments made `Minus:`: the stated relation holds on no row.
  const wrong = CABOT.replace('Plus:', 'Minus:');
  assert.notEqual(wrong, CABOT);
  assert.deepEqual(fl104(slipped(wrong, '3,599,962')), []);
});
