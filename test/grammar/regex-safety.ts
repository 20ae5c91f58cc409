/**
 * Catastrophic-backtracking checks with recheck, reusable by any test:
 *
 *   const found = [...grammarRegexes(), ...regexesIn(path.join(ROOT, 'server/src/core'))];
 *   const report = await checkRegexes(found);   // report.failures lists unsafe and undecided ones
 *
 * regexesIn() finds regex literals and `new RegExp('literal', 'flags')` calls in .ts files with the
 * TypeScript parser, and returns nothing for a folder that does not exist yet.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { check } from 'recheck';
import { GRAMMAR_FILE } from '../../scripts/grammar';
import { ROOT } from '../support/paths';

export interface FoundRegex {
  /** file:line, or the JSON path of a grammar pattern. */
  where: string;
  source: string;
  flags: string;
}

export interface RegexReport {
  checked: number;
  safe: number;
  /** Vulnerable, undecided within the time limit, or not understood by recheck: each must be rewritten. */
  failures: string[];
  ms: number;
}

/** The patterns of a TextMate grammar (match, begin, end, while), as Oniguruma sees them. */
export function grammarRegexes(file = GRAMMAR_FILE): FoundRegex[] {
  const out: FoundRegex[] = [];
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') {
        out.push({ where: `${path.relative(ROOT, file)} ${at}.${key}`, source: value, flags: '' });
      } else walk(value, `${at}.${key}`);
    }
  };
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { patterns: unknown; repository: unknown };
  walk(raw.patterns, 'patterns');
  walk(raw.repository, 'repository');
  return out;
}

/** .ts files under a folder (none if it does not exist), skipping build output and dependencies. */
export function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  if (fs.statSync(dir).isFile()) return dir.endsWith('.ts') ? [dir] : [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'out' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    out.push(...tsFiles(path.join(dir, entry.name)));
  }
  return out.sort();
}

/** Flags that matter to matching; g, y and d do not change what can backtrack. */
function matchFlags(flags: string): string {
  return flags.replace(/[gyd]/g, '');
}

/** Regex literals and new RegExp(...) / RegExp(...) calls with literal arguments in one .ts file. */
export function regexesInFile(file: string): FoundRegex[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: FoundRegex[] = [];
  const where = (node: ts.Node) =>
    `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const literal = (node: ts.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf('/');
      out.push({ where: where(node), source: lit.slice(1, end), flags: matchFlags(lit.slice(end + 1)) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const source = literal(node.arguments?.[0]);
      if (source !== undefined) {
        out.push({ where: where(node), source, flags: matchFlags(literal(node.arguments?.[1]) ?? '') });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Regexes in every .ts file under a folder; a folder that does not exist yet has none. */
export function regexesIn(dir: string): FoundRegex[] {
  return tsFiles(dir).flatMap(regexesInFile);
}

/**
 * Checks each regex with recheck, one at a time, each with its own time limit. `safe` is the only
 * passing status: `vulnerable` (with the attack string recheck found, shortened) and `unknown`
 * (a timeout, or a construct recheck cannot parse) are failures.
 */
export async function checkRegexes(
  found: readonly FoundRegex[],
  options: { perRegexMs?: number } = {},
): Promise<RegexReport> {
  const perRegexMs = options.perRegexMs ?? 8_000;
  const started = Date.now();
  const failures: string[] = [];
  let safe = 0;
  for (const f of found) {
    const shown = `${f.where} /${f.source.length > 120 ? `${f.source.slice(0, 120)}...` : f.source}/${f.flags}`;
    try {
      let d = await check(f.source, f.flags, { timeout: perRegexMs });
      // A shared machine under load can stall the checker past its limit on a pattern it decides in
      // a second when idle: a timeout is tried once more with three times the time before it fails.
      if (d.status === 'unknown' && d.error.kind === 'timeout') {
        d = await check(f.source, f.flags, { timeout: 3 * perRegexMs });
      }
      if (d.status === 'safe') safe++;
      else if (d.status === 'vulnerable') {
        failures.push(`${shown}: vulnerable (${d.complexity.type}), attack ${d.attack.pattern.slice(0, 80)}`);
      } else {
        failures.push(`${shown}: undecided (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`);
      }
    } catch (e) {
      failures.push(`${shown}: recheck failed: ${(e as Error).message}`);
    }
  }
  return { checked: found.length, safe, failures, ms: Date.now() - started };
}
