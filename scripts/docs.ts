/**
 * `npm run docs`: writes the rule lists that repeat the check registry (`CHECKS`, from each check's
 * code, name, default severity and description): the README's table of rules, between its
 * `<!-- rules:start -->` and `<!-- rules:end -->` markers, and the rule list of the
 * `filingLint.rules` setting's description in package.json. test/unit/docs.test.ts fails when either
 * file differs from what this writes, so a new check is listed once it is registered and this is run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKS, type Check } from '../server/src/core';
import { ROOT } from './repo';

export const README = path.join(ROOT, 'README.md');
export const PACKAGE_JSON = path.join(ROOT, 'package.json');

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

/** The setting whose description lists the rules. */
const RULES_SETTING = 'filingLint.rules';
/** The description's text before the list; the list follows it. */
const RULES_INTRO =
  'Severity per rule, by code or name: `off`, `information`, `warning` or `error`. ' +
  'Example: `{ "FL201": "off", "row-percentage": "warning" }`.';

/** A table cell's text: a `|` would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The README's table of rules, a row per check in registry order, each code linked to its page. */
export function ruleTable(checks: readonly Check[] = CHECKS): string {
  const rows = checks.map(
    (c) => `| [${c.code}](docs/rules/${c.code}.md) | \`${c.name}\` | ${c.defaultSeverity} | ${cell(c.description)} |`,
  );
  return ['| Code | Name | Default | What |', '|---|---|---|---|', ...rows].join('\n');
}

/** The `filingLint.rules` setting's description: how to set a severity, then every rule. */
export function rulesDescription(checks: readonly Check[] = CHECKS): string {
  const list = checks.map((c) => `- \`${c.code}\` \`${c.name}\` (${c.defaultSeverity}): ${c.description}`);
  return `${RULES_INTRO}\n\nRules:\n${list.join('\n')}`;
}

/** The README's text with the table between the markers written afresh. */
export function renderReadme(readme: string, checks: readonly Check[] = CHECKS): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: no ${START} ... ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${ruleTable(checks)}\n${readme.slice(end)}`;
}

interface Manifest {
  contributes: { configuration: { properties: Record<string, { markdownDescription?: string }> } };
}

/** package.json's text with the rules setting's description written afresh (JSON laid out as npm does). */
export function renderPackageJson(manifest: string, checks: readonly Check[] = CHECKS): string {
  const pkg = JSON.parse(manifest) as Manifest;
  const setting = pkg.contributes.configuration.properties[RULES_SETTING];
  if (!setting) throw new Error(`package.json: no ${RULES_SETTING} setting`);
  setting.markdownDescription = rulesDescription(checks);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Each generated file, with its text now and as it should be. */
export function generated(): { file: string; current: string; expected: string }[] {
  const readme = fs.readFileSync(README, 'utf8');
  const manifest = fs.readFileSync(PACKAGE_JSON, 'utf8');
  return [
    { file: README, current: readme, expected: renderReadme(readme) },
    { file: PACKAGE_JSON, current: manifest, expected: renderPackageJson(manifest) },
  ];
}

if (require.main === module) {
  for (const { file, current, expected } of generated()) {
    const name = path.relative(ROOT, file);
    if (current === expected) {
      console.log(`${name}: up to date`);
      continue;
    }
    fs.writeFileSync(file, expected);
    console.log(`${name}: written`);
  }
}
