/**
 * Relations across columns that the headers state (facts/relations.ts `headerStated`): `Minus:` and
 * `Plus:` over the columns between the one they start from and the one they come to, or a balance at
 * the beginning and one at the end with the movements between. The filer says how the columns add,
 * so the relation is tried whatever the search's pivot rows show, and two rows that hold make it: a
 * third that fails by a slip is reported (FL104), where rows alone need three that hold.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, factsOf, type Finding } from '../../server/src/core';
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

const SCHEDULE_V = fs.readFileSync(
  path.join(FIXTURES, 'real', 'bell-atlantic-nj-1993-schedule-v-balances-in-headers.txt'),
  'latin1',
);

/** The relations of the schedule's table, as `result = +a +b -c`, by column index. */
function relations(text: string): string[] {
  return factsOf(analyze(text).model.tables[0]).relations.map(
    (r) => `${r.result} = ${r.terms.map((t) => `${t.sign < 0 ? '-' : '+'}${t.column}`).join(' ')}`,
  );
}

test('a roll-forward across columns: the balance at the end is the one at the beginning and every movement between', () => {
  // Balance at beginning + additions - retirements + other changes = balance at end: four terms of
  // mixed signs, which the search by pivot rows does not reach; three of them alone hold within the
  // rounding on every row, as the other changes are a tenth or nil.
  assert.ok(relations(SCHEDULE_V).includes('5 = +1 +2 -3 +4'), JSON.stringify(relations(SCHEDULE_V)));
  assert.deepEqual(
    analyze(SCHEDULE_V).findings.filter((f) => f.severity === 'error' || f.severity === 'warning'),
    [],
  );
});

test('a slip in a balance is put right with every movement of its row, the other changes included', () => {
  const found = analyze(SCHEDULE_V.replace('3,060.1', '4,060.1')).findings.filter((f) => f.code === 'FL101');
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
  // Without the other changes' .1 the row would want 3,060.2.
  assert.match(found[0].message, /^4,060\.1 in "Central Office Equipment" should read 3,060\.1,/);
});

test('without the balances named in the headers, the roll-forward of four terms is not found', () => {
  const unnamed = SCHEDULE_V.replace('END OF PERIOD', 'OF PERIOD');
  assert.notEqual(unnamed, SCHEDULE_V);
  assert.ok(!relations(unnamed).includes('5 = +1 +2 -3 +4'), JSON.stringify(relations(unnamed)));
});
