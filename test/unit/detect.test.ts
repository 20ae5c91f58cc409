import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikeFiling } from '../../client/src/detect';
import { CORPUS, readSample } from '../support/paths';

test('the sample and EDGAR submissions look like filings', () => {
  assert.equal(looksLikeFiling(readSample()), true);
  assert.equal(looksLikeFiling('<SEC-DOCUMENT>0000950123-94-000001.txt : 19940101\n<SEC-HEADER>'), true);
  assert.equal(looksLikeFiling('-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR'), true);
});

test('ordinary text does not', () => {
  assert.equal(looksLikeFiling('Shopping list\n\neggs   12\nmilk    2\n'), false);
  assert.equal(looksLikeFiling('# README\n\nSome notes about the Securities and Exchange Commission.\n'), false);
  assert.equal(looksLikeFiling(''), false);
});

test(
  'every text filing of the corpus is recognised from its first 8 KB',
  { skip: !fs.existsSync(CORPUS) && !process.env.CI ? 'no corpus' : false },
  () => {
    for (const f of fs.readdirSync(CORPUS).filter((n) => /\.(txt|nc)$/.test(n))) {
      const head = fs.readFileSync(path.join(CORPUS, f), 'latin1').slice(0, 8192);
      assert.equal(looksLikeFiling(head), true, f);
    }
  },
);
