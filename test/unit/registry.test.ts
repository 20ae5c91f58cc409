/** The rule registry: stable, unique codes and names, each with its docs page. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKS, analyze } from '../../server/src/core';
import { ROOT, readSample } from '../support/paths';

test('codes and names are unique and well formed', () => {
  assert.equal(new Set(CHECKS.map((c) => c.code)).size, CHECKS.length);
  assert.equal(new Set(CHECKS.map((c) => c.name)).size, CHECKS.length);
  for (const c of CHECKS) {
    assert.match(c.code, /^FL\d{3}$/);
    assert.match(c.name, /^[a-z]+(?:-[a-z]+)*$/);
    assert.ok(c.description.length > 20, c.code);
  }
});

test('every rule has a docs page that names its code and name', () => {
  for (const c of CHECKS) {
    const page = path.join(ROOT, 'docs', 'rules', `${c.code}.md`);
    assert.ok(fs.existsSync(page), page);
    const text = fs.readFileSync(page, 'utf8');
    assert.ok(text.startsWith(`# ${c.code} \`${c.name}\``), `${c.code} page title`);
    assert.ok(text.includes(`**Default severity:** ${c.defaultSeverity}`), `${c.code} page severity`);
    assert.ok(text.includes(`**Scope:** ${c.scope} `), `${c.code} page scope`);
  }
});

test('severities apply by code or by name, and off removes a rule', () => {
  const text = readSample();
  assert.equal(analyze(text).findings[0].severity, 'warning');
  assert.equal(analyze(text, { severities: { FL201: 'error' } }).findings[0].severity, 'error');
  assert.equal(analyze(text, { severities: { alignment: 'information' } }).findings[0].severity, 'information');
  assert.deepEqual(analyze(text, { severities: { alignment: 'off' } }).findings, []);
});
