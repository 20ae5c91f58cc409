/**
 * The warm-up of a fresh server (server/src/protocol/warmUp.ts): left idle, it analyses its made-up
 * pages and says so; given a document at once, it stops, and the document is analysed as ever.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { warmUpPage } from '../../server/src/core/warmUp';
import { WarmUp, WARM_UP_SLICES, type WarmUpResult } from '../../server/src/protocol/warmUp';
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

test('a warm-up left alone runs its slices, one per turn of the event loop, and says when it is done', async () => {
  const results: WarmUpResult[] = [];
  const warmUp = new WarmUp((r) => results.push(r));
  warmUp.start();
  // Nothing runs before the event loop turns: the start returns at once.
  assert.equal(results.length, 0);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise<void>((resolve) => {
    const wait = () => (results.length > 0 ? resolve() : setTimeout(wait, 5));
    wait();
  });
  assert.equal(results.length, 1);
  assert.equal(results[0].slices, WARM_UP_SLICES);
  assert.equal(results[0].stopped, false);
  warmUp.stop();
  assert.equal(results.length, 1, 'a stop after the end says nothing more');
});

test('a stop ends the warm-up before its next slice', async () => {
  const results: WarmUpResult[] = [];
  const warmUp = new WarmUp((r) => results.push(r));
  warmUp.start();
  await new Promise((resolve) => setTimeout(resolve, 0));
  warmUp.stop();
  const at = results[0]?.slices;
  assert.equal(results[0]?.stopped, true);
  assert.ok(at !== undefined && at < WARM_UP_SLICES);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(results.length, 1);
});

test('over stdio, an idle server warms up; one given a document at once stops and analyses it', async () => {
  const idle = await startServer();
  try {
    const message = await idle.logged(/Filing Lint warmed up/, 30_000);
    assert.match(message, new RegExp(`warmed up: ${WARM_UP_SLICES} analyses in \\d+ ms`));
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
    assert.match(await busy.logged(/warm-up stopped|warmed up/), /warm-up stopped after \d+ analyses/);
  } finally {
    await busy.close();
  }
});
