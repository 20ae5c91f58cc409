/** The rule lists in README.md and package.json are what `npm run docs` writes from the registry. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CHECKS } from '../../server/src/core';
import { generated, renderReadme, rulesDescription, ruleTable } from '../../scripts/docs';
import { ROOT } from '../support/paths';

test('README.md and package.json list the rules as the registry has them (else run npm run docs)', () => {
  for (const { file, current, expected } of generated()) {
    assert.ok(current === expected, `${path.relative(ROOT, file)} differs from the registry: run npm run docs`);
  }
});

test('every registered rule is listed with its code, name, severity and description', () => {
  const table = ruleTable();
  const description = rulesDescription();
  for (const c of CHECKS) {
    assert.ok(
      table.includes(`| [${c.code}](docs/rules/${c.code}.md) | \`${c.name}\` | ${c.defaultSeverity} |`),
      c.code,
    );
    assert.ok(description.includes(`\`${c.code}\` \`${c.name}\` (${c.defaultSeverity}): ${c.description}`), c.code);
  }
});

test('the README table is written between its markers and nowhere else', () => {
  const readme = 'before\n<!-- rules:start -->\nold table\n<!-- rules:end -->\nafter\n';
  const written = renderReadme(readme, CHECKS.slice(0, 1));
  assert.equal(written, `before\n<!-- rules:start -->\n${ruleTable(CHECKS.slice(0, 1))}\n<!-- rules:end -->\nafter\n`);
  assert.equal(renderReadme(written, CHECKS.slice(0, 1)), written, 'a second run changes nothing');
  assert.throws(() => renderReadme('no markers\n'), /markers/);
});
