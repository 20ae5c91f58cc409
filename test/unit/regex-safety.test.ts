/**
 * Every regular expression in the product is checked for catastrophic backtracking with recheck:
 * the regex literals of the core, server, client and command line (found with the TypeScript
 * parser) and every pattern of the TextMate grammar.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { ROOT } from '../support/paths';

// recheck ships its own types for ESM only; the CommonJS entry is all this test needs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { check } = require('recheck') as { check(source: string, flags: string, options?: { timeout?: number }): Promise<{ status: string; attack?: { pattern?: string } }> };

interface Found {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'out' && entry.name !== 'node_modules') out.push(...sourceFiles(p));
    else if (entry.isFile() && p.endsWith('.ts')) out.push(p);
  }
  return out;
}

function regexLiterals(file: string): Found[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      out.push({ where: `${path.relative(ROOT, file)}:${line + 1}`, source: literal.slice(1, end), flags: literal.slice(end + 1).replace(/[gy]/g, '') });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function grammarPatterns(): Found[] {
  const file = path.join(ROOT, 'syntaxes', 'sec-filing.tmLanguage.json');
  const out: Found[] = [];
  const walk = (node: unknown, at: string) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') out.push({ where: `grammar ${at}.${key}`, source: value, flags: '' });
      else walk(value, `${at}.${key}`);
    }
  };
  walk(JSON.parse(fs.readFileSync(file, 'utf8')), '');
  return out;
}

const found = [...['server/src', 'client/src', 'cli', 'common'].flatMap((d) => sourceFiles(path.join(ROOT, d)).flatMap(regexLiterals)), ...grammarPatterns()];

test('regular expressions were found to check', () => {
  assert.ok(found.length > 60, `${found.length} regexes`);
  assert.ok(found.some((f) => f.where.startsWith('grammar')));
});

test('no regular expression can backtrack catastrophically', { timeout: 240_000 }, async () => {
  const unsafe: string[] = [];
  const unknown: string[] = [];
  for (const f of found) {
    const result = await check(f.source, f.flags, { timeout: 10_000 });
    if (result.status === 'vulnerable') unsafe.push(`${f.where} /${f.source}/ attack: ${result.attack?.pattern}`);
    else if (result.status !== 'safe') unknown.push(`${f.where} /${f.source}/: ${result.status}`);
  }
  assert.deepEqual(unsafe, []);
  // recheck may not decide a pattern within its time limit; none of ours should be that complex.
  assert.deepEqual(unknown, []);
});
