import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikeFiling, looksLikeHtmlFiling } from '../../client/src/detect';
import { CORPUS, readSample } from '../support/paths';
import { projectFilings, readFiling } from '../../scripts/repo';

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

test('HTML filings are recognised, web pages are not', () => {
  assert.equal(
    looksLikeHtmlFiling(
      '<html><body><p align="center"><b>UNITED STATES<br>SECURITIES&nbsp;AND EXCHANGE COMMISSION</b></p>' +
        '<p>Washington, D.C.&nbsp;20549</p><p><b>FORM 10-Q</b></p>',
    ),
    true,
  );
  assert.equal(looksLikeHtmlFiling('<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body></body></html>'), true);
  assert.equal(looksLikeHtmlFiling('<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n<HTML>'), true);
  assert.equal(looksLikeHtmlFiling('<!DOCTYPE html><html><head><title>My blog</title></head><body><table>'), false);
  assert.equal(
    looksLikeHtmlFiling('<html><body><p>We read the Form 10-K of a company this week.</p></body></html>'),
    false,
  );
});

test(
  'every HTML filing of the project corpus is recognised from its first 32 KB',
  { skip: projectFilings().length === 0 ? 'no project corpus' : false },
  () => {
    const html = projectFilings().filter((f) => /\.html?(\.gz)?$/.test(f));
    assert.ok(html.length >= 10, `${html.length} HTML filings`);
    for (const f of html) {
      const head = readFiling(f).toString('latin1').slice(0, 32768);
      assert.equal(looksLikeHtmlFiling(head), true, f);
    }
  },
);
