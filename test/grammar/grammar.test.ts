/** The TextMate grammar: the scopes of each kind of token, on the sample and corpus excerpts. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadGrammar, tokenize, type Token } from '../../scripts/grammar';
import { CORPUS, ROOT, readSample } from '../support/paths';

const FIXTURES = path.join(ROOT, 'test', 'grammar', 'fixtures');

/** The innermost scope of the token that covers the first occurrence of `needle` on `lineText`'s line. */
async function scopeOf(text: string, lineText: string, needle: string): Promise<string[]> {
  const g = await loadGrammar();
  const tokens = tokenize(g, text);
  const lines = text.split(/\r\n|\r|\n/);
  const line = lines.findIndex((l) => l.includes(lineText));
  assert.ok(line >= 0, `line with ${lineText}`);
  const at = lines[line].indexOf(needle, lines[line].indexOf(lineText));
  assert.ok(at >= 0, `${needle} on the line`);
  let offset = 0;
  for (const t of tokens.filter((x) => x.line === line)) {
    if (at >= offset && at < offset + t.text.length) return t.scopes;
    offset += t.text.length;
  }
  throw new Error(`no token at ${needle}`);
}

function has(scopes: string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

const sample = readSample();

const cases: { name: string; file?: string; line: string; needle: string; scope: string; not?: string }[] = [
  { name: 'money with a detached $', line: 'Colorado', needle: '$   7,276,695.21', scope: 'constant.numeric.currency' },
  { name: 'money total', line: '553         $ 225,112,214.21', needle: '$ 225,112,214.21', scope: 'constant.numeric.currency' },
  { name: 'a percentage', line: 'California                      268', needle: '50.35%', scope: 'constant.numeric.percentage' },
  { name: 'a count', line: 'California                      268', needle: '268', scope: 'constant.numeric' },
  { name: 'a rate label', line: '       6.375', needle: '6.375', scope: 'constant.numeric' },
  { name: 'a rule', line: '-------------------------------------------------------------------------------', needle: '----', scope: 'punctuation.separator.rule' },
  { name: 'a page marker', line: '<PAGE>', needle: 'PAGE', scope: 'entity.name.tag' },
  { name: 'a table title', line: 'State Distribution of Mortgaged Properties(1)', needle: 'State', scope: 'entity.name.section.title' },
  { name: "a title's footnote reference", line: 'State Distribution of Mortgaged Properties(1)', needle: '(1)', scope: 'keyword.other.footnote-ref' },
  { name: 'an Item heading', line: 'Item 5.  Other Events.', needle: 'Item 5.', scope: 'entity.name.section' },
  { name: 'a footnote body', line: '(1)   The Other row', needle: 'The Other row', scope: 'comment.line.footnote' },
  { name: "a footnote's marker", line: '(1)   The Other row', needle: '(1)', scope: 'keyword.other.footnote-ref' },
  { name: 'a figure inside a footnote', line: '      approximately 6.973% per annum.', needle: '6.973%', scope: 'constant.numeric.percentage' },
  { name: 'a date', line: 'Dated: October 15, 2002', needle: 'October 15, 2002', scope: 'constant.other.date' },
  { name: 'a signature', line: 'By: /s/ Celia Coulter', needle: 'Celia Coulter', scope: 'string.other.signature' },
  { name: 'a telephone number is not a negative', line: 'area code (818) 225-3000', needle: '(818)', scope: 'text.sec-filing', not: 'constant.numeric' },
  { name: 'a commission file number is not money', line: '333-92152', needle: '333-92152', scope: 'text.sec-filing', not: 'constant.numeric.currency' },
];

for (const c of cases) {
  test(`sample: ${c.name}`, async () => {
    const scopes = await scopeOf(sample, c.line, c.needle);
    assert.ok(has(scopes, c.scope), `${c.needle}: ${scopes.join(' ')}`);
    if (c.not) assert.ok(!has(scopes, c.not), `${c.needle} is not ${c.not}: ${scopes.join(' ')}`);
  });
}

test('corpus excerpts: header fields, tags, PEM banner, negatives, footnote references', async () => {
  const header = fs.readFileSync(path.join(FIXTURES, 'sec-header.txt'), 'utf8');
  assert.ok(has(await scopeOf(header, 'CONFORMED SUBMISSION TYPE:', 'CONFORMED SUBMISSION TYPE'), 'variable.other.property'));
  assert.ok(has(await scopeOf(header, 'CONFORMED SUBMISSION TYPE:', '10-K'), 'string.unquoted'));
  assert.ok(has(await scopeOf(header, '<SEC-HEADER>', 'SEC-HEADER'), 'entity.name.tag'));
  assert.ok(has(await scopeOf(header, '-----BEGIN PRIVACY-ENHANCED', 'PRIVACY'), 'entity.name.tag.pem'));
  const statement = fs.readFileSync(path.join(FIXTURES, 'statement.txt'), 'utf8');
  assert.ok(has(await scopeOf(statement, 'Accumulated depreciation', '(616)'), 'constant.numeric.negative'));
  assert.ok(has(await scopeOf(statement, 'Other assets', '335'), 'constant.numeric'));
  assert.ok(has(await scopeOf(statement, '<TABLE>', 'TABLE'), 'entity.name.tag'));
  assert.ok(has(await scopeOf(statement, '______', '______'), 'punctuation.separator.rule'));
  const eps = fs.readFileSync(path.join(FIXTURES, 'eps.txt'), 'utf8');
  assert.ok(has(await scopeOf(eps, 'Total', '*'), 'keyword.other.footnote-ref'));
  assert.ok(has(await scopeOf(eps, 'COMMON STOCK{1}', '{1}'), 'keyword.other.footnote-ref'));
});

test('no scope a theme renders bold or italic (they change glyph widths in some fonts)', () => {
  const grammar = fs.readFileSync(path.join(ROOT, 'syntaxes', 'sec-filing.tmLanguage.json'), 'utf8');
  const names = [...grammar.matchAll(/"name":\s*"([^"]+)"/g)].map((m) => m[1]);
  assert.ok(names.length > 20);
  for (const n of names) assert.ok(!/\b(?:markup\.(?:bold|italic|heading|underline)|emphasis|strong)\b/.test(n), n);
});

test('every corpus file tokenizes', { skip: !fs.existsSync(CORPUS) && !process.env.CI ? 'no corpus' : false, timeout: 120_000 }, async () => {
  const g = await loadGrammar();
  for (const f of fs.readdirSync(CORPUS).filter((n) => !n.endsWith('.md'))) {
    const text = fs.readFileSync(path.join(CORPUS, f), 'latin1').slice(0, 400_000);
    const tokens: Token[] = tokenize(g, text);
    assert.ok(tokens.length > 0, f);
  }
});
