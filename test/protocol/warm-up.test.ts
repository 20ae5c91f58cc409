/**
 * The warm-up of a fresh server (server/src/protocol/warmUp.ts): left idle, it analyses its made-up
 * pages and says so; given a document at once, it stops, and the document is analysed as ever.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { warmUpPage } from '../../server/src/core/warmUp';
import { WarmUp, warmUpStretches, type WarmUpResult } from '../../server/src/protocol/warmUp';
import { open, startServer } from '../../scripts/lsp-client';
import { readSample } from '../support/paths';

test('the made-up pages hold what the warm-up is for: each kind of table, read and checked', () => {
  const text = [0, 1, 2, 3].map(warmUpPage).join('\n');
  const { model, findings } = analyze(text);
  assert.equal(model.tables.length, 16, 'four tables a page');
  const kinds = new Set(model.tables.flatMap((t) => t.columns.map((c) => c.kind)));
  for (const kind of ['count', 'amount', 'percent']) assert.ok(kinds.has(kind as never), `a ${kind} column`);
  assert.ok(
    model.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c?.text.includes('(')))),
    'a parenthesised negative',
  );
  assert.ok(
    model.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c?.text.includes('/')))),
    'a fraction',
  );
  assert.ok(
    findings.some((f) => f.code === 'FL101' && f.fix),
    'a slip found and a fix offered',
  );
  // The same page each time: the warm-up is the same in every server.
  assert.equal(warmUpPage(5), warmUpPage(5));
});

test('a warm-up left alone waits for the server to be idle, runs its slices, and says when it is done', async () => {
  const results: WarmUpResult[] = [];
  const filings = [readSample()];
  const warmUp = new WarmUp(
    () => filings,
    (r) => results.push(r),
    20,
  );
  warmUp.start();
  // Nothing runs before the server has been idle for the time given: the start returns at once.
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(results.length, 0);
  await new Promise<void>((resolve) => {
    const wait = () => (results.length > 0 ? resolve() : setTimeout(wait, 5));
    wait();
  });
  assert.equal(results.length, 1);
  // Each stretch analysed whole, then edited.
  assert.equal(results[0].slices, 2 * warmUpStretches(filings).length);
  assert.equal(results[0].stopped, false);
  warmUp.stop();
  assert.equal(results.length, 1, 'a stop after the end says nothing more');
});

test('the stretches: the made-up pages, then each filing cut into stretches of lines', () => {
  const sample = readSample();
  const made = warmUpStretches([]);
  const stretches = warmUpStretches([sample, sample]);
  const lines = sample.split('\n').length;
  assert.equal(stretches.length, made.length + 2 * Math.ceil(lines / 500));
  assert.deepEqual(stretches.slice(made.length).flat().slice(0, lines), sample.split('\n'));
});

test('a stop before the server was idle runs no slice; a stop during the warm-up ends it before its next slice', async () => {
  const early: WarmUpResult[] = [];
  const before = new WarmUp(
    () => [],
    (r) => early.push(r),
    20,
  );
  before.start();
  before.stop();
  assert.deepEqual(early, [{ slices: 0, ms: 0, stopped: true }]);

  const results: WarmUpResult[] = [];
  const warmUp = new WarmUp(
    () => [readSample()],
    (r) => results.push(r),
    0,
  );
  warmUp.start();
  await new Promise((resolve) => setTimeout(resolve, 5));
  warmUp.stop();
  assert.equal(results[0]?.stopped, true);
  const at = results[0].slices;
  assert.ok(at < 2 * warmUpStretches([readSample()]).length, `${at} slices`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(results.length, 1);
});

test('over stdio, an idle server warms up; one given a document at once stops and analyses it', async () => {
  const idle = await startServer();
  try {
    const message = await idle.logged(/Filing Lint warmed up/, 30_000);
    // The filings shipped beside the bundle (server/warm-up/) and the made-up pages, each stretch twice.
    const [, slices] = /warmed up: (\d+) analyses in \d+ ms/.exec(message) ?? [];
    assert.ok(Number(slices) > 2 * warmUpStretches([]).length, message);
  } finally {
    await idle.close();
  }
  const busy = await startServer();
  try {
    const uri = 'file:///warm-up.txt';
    await open(busy, uri, readSample(), 1);
    const diagnostics = await busy.analysed(uri, 1, 30_000);
    assert.deepEqual(
      diagnostics.diagnostics.map((d) => d.code),
      analyze(readSample()).findings.map((f) => f.code),
    );
    // Opened at once, before the server was idle: no slice ran.
    assert.match(await busy.logged(/warm-up stopped|warmed up/), /warm-up stopped after 0 analyses/);
  } finally {
    await busy.close();
  }
});
