/**
 * A Form 13F report's summary against its information table (facts/holdingsSummary.ts, FL307), on
 * Intel's amended 13F for June 1999 (548 entries, $3,906,014 thousand): the totals it states agree,
 * and each changed as a typist would slip is reported on the summary line.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { analyze, applyEdits, format, type Finding } from '../../server/src/core';
import { holdingsSummary } from '../../server/src/core/facts/holdingsSummary';
import { ROOT } from '../support/paths';

const INTEL = path.join(ROOT, 'test', 'corpus', 'filings', '13fhra-1999-intel-holdings-information-table.txt.gz');
const text = zlib.gunzipSync(fs.readFileSync(INTEL)).toString('latin1');

const fl307 = (t: string): Finding[] => analyze(t).findings.filter((f) => f.code === 'FL307');

test('Intel 1999: 548 entries adding up to the stated value total, within half a thousand a row', () => {
  const s = holdingsSummary(analyze(text).model)!;
  assert.equal(format(s.entries!.value), '548');
  assert.equal(format(s.value!.value), '3,906,014');
  assert.equal(s.count, 548);
  assert.equal(format(s.sum), '3,906,013');
  assert.deepEqual(fl307(text), []);
});

test('a value total with two digits transposed is an error on it, with its fix', () => {
  const slipped = text.replace('Value Total:   $3,906,014', 'Value Total:   $3,960,014');
  const findings = fl307(slipped);
  assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
  const [f] = findings;
  assert.equal(f.severity, 'error');
  assert.match(
    f.message,
    /^the summary states a value total of \$3,960,014 \(x\$1000\), but the 548 entries below add up to 3,906,013 \(lines \d+ to \d+\): \$3,960,014 reads like two digits transposed for 3,906,014$/,
  );
  assert.deepEqual(fl307(applyEdits(slipped, f.fix!.edits)), []);
});

test('an entry total that the table does not list is a warning, and the value is then not compared', () => {
  const findings = fl307(text.replace('Entry Total:   548', 'Entry Total:   584').replace('$3,906,014', '$3,960,014'));
  assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
  assert.equal(findings[0].severity, 'warning');
  assert.match(
    findings[0].message,
    /^the summary states 584 entries, but the information table below lists 548 \(lines/,
  );
});

test('a value total no slip explains is a warning; one written in dollars agrees', () => {
  const off = fl307(text.replace('$3,906,014', '$3,912,345'));
  assert.equal(off.length, 1);
  assert.equal(off[0].severity, 'warning');
  assert.equal(off[0].fix, undefined);
  assert.deepEqual(fl307(text.replace('$3,906,014', '$3,906,014,000')), []);
});

test('a document with no 13F summary is not read as one', () => {
  assert.equal(holdingsSummary(analyze('Total    1,234   5,678  SH  SOLE\n').model), null);
});
