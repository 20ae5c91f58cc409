/**
 * Grammar speed: tokenizes the largest corpus filings with vscode-textmate (binary tokens, as the
 * editor does) at 1x, 2x and 4x their size (copies concatenated) and prints bytes, ms and MB/s for
 * each, with the time ratios, to show that tokenizing time grows linearly with size.
 *
 *   node out/scripts/bench-grammar.js [--files a.txt,b.txt] [--top 4] [--repeat 2] [--long-lines]
 *
 * --long-lines adds single lines of 5,000, 10,000 and 20,000 characters built from fragments that
 * could make a pattern rescan its line (digits, parentheses, dollar signs, tags...): time must grow
 * like the length, not its square.
 *
 * Without the corpus it falls back to the sample filing. Each size is timed `repeat` (2) times after
 * a warm-up and the fastest run is kept. Tokens are counted as an editor with a colour theme sees them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGrammar, splitLines, tokenizeBinary } from './grammar';
import { CORPUS, SAMPLE } from './repo';

/** A plain colour theme, so binary tokens split where an editor's theme would split them. */
const BENCH_THEME = {
  settings: [
    { settings: { foreground: '#333333', background: '#ffffff' } },
    { scope: 'constant.numeric', settings: { foreground: '#098658' } },
    { scope: 'constant.numeric.currency', settings: { foreground: '#0a6e4a' } },
    { scope: 'constant.numeric.percentage', settings: { foreground: '#0b7e5a' } },
    { scope: 'constant.numeric.negative', settings: { foreground: '#a31515' } },
    { scope: 'constant.other', settings: { foreground: '#0451a5' } },
    { scope: 'string', settings: { foreground: '#a31516' } },
    { scope: 'keyword', settings: { foreground: '#0000ff' } },
    { scope: 'keyword.control', settings: { foreground: '#af00db' } },
    { scope: 'entity.name.tag', settings: { foreground: '#800000' } },
    { scope: 'entity.other.attribute-name', settings: { foreground: '#e50000' } },
    { scope: 'punctuation', settings: { foreground: '#777777' } },
    { scope: 'markup.quote', settings: { foreground: '#555555' } },
    { scope: 'meta.embedded', settings: { foreground: '#333334' } },
  ],
};

export interface GrammarBenchRow {
  copies: number;
  bytes: number;
  lines: number;
  tokens: number;
  ms: number;
  /** Megabytes (2^20 bytes) per second. */
  mbPerSecond: number;
  /** Size in MB, kept for callers that read { sizeMB, ms }. */
  sizeMB: number;
}

export interface GrammarBenchOptions {
  files?: string[];
  top?: number;
  repeat?: number;
  copies?: number[];
}

/** The largest files of the corpus (or the sample when there is no corpus). */
export function benchFiles(top = 4): string[] {
  if (!fs.existsSync(CORPUS)) return [SAMPLE];
  return fs
    .readdirSync(CORPUS)
    .filter((n) => !n.endsWith('.md'))
    .map((n) => path.join(CORPUS, n))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)
    .slice(0, top);
}

export async function benchGrammar(options: GrammarBenchOptions = {}): Promise<GrammarBenchRow[]> {
  const files = options.files?.length ? options.files : benchFiles(options.top);
  const repeat = Math.max(1, options.repeat ?? 2);
  const g = await createGrammar(BENCH_THEME);
  const unit = files.map((f) => fs.readFileSync(f, 'latin1')).join('\n');
  tokenizeBinary(g, splitLines(unit)); // warm-up: compiles every pattern, lets the JIT settle
  const rows: GrammarBenchRow[] = [];
  for (const copies of options.copies ?? [1, 2, 4]) {
    const text = Array.from({ length: copies }, () => unit).join('\n');
    const lines = splitLines(text);
    let best = Infinity;
    let tokens = 0;
    for (let r = 0; r < repeat; r++) {
      const t = performance.now();
      tokens = tokenizeBinary(g, lines).tokens;
      best = Math.min(best, performance.now() - t);
    }
    const bytes = Buffer.byteLength(text, 'latin1');
    const sizeMB = bytes / 1024 / 1024;
    rows.push({ copies, bytes, lines: lines.length, tokens, ms: best, mbPerSecond: sizeMB / (best / 1000), sizeMB });
  }
  return rows;
}

export function formatBench(rows: readonly GrammarBenchRow[], files: readonly string[]): string {
  const out: string[] = [];
  out.push(
    `grammar tokenizing (vscode-textmate ${require('vscode-textmate/package.json').version}, tokenizeLine2), ${files.length} file(s):`,
  );
  for (const f of files) out.push(`  ${path.basename(f)} (${fs.statSync(f).size} bytes)`);
  out.push('');
  out.push('size    bytes         lines      tokens        ms       MB/s   time vs 1x   ms per MB vs 1x');
  const base = rows[0];
  for (const r of rows) {
    const cells = [
      `${r.copies}x`.padEnd(6),
      String(r.bytes).padStart(10),
      String(r.lines).padStart(10),
      String(r.tokens).padStart(10),
      r.ms.toFixed(0).padStart(8),
      r.mbPerSecond.toFixed(2).padStart(9),
      (r.ms / base.ms).toFixed(2).padStart(11),
      (r.ms / r.bytes / (base.ms / base.bytes)).toFixed(2).padStart(16),
    ];
    out.push(cells.join('  '));
  }
  const last = rows[rows.length - 1];
  out.push('');
  const timeRatio = (last.ms / base.ms).toFixed(2);
  const sizeRatio = (last.bytes / base.bytes).toFixed(2);
  const perMbRatio = (last.ms / last.bytes / (base.ms / base.bytes)).toFixed(2);
  out.push(
    `${last.copies}x the input took ${timeRatio}x the time (linear: ${sizeRatio}x); ` +
      `time per MB at ${last.copies}x is ${perMbRatio}x that at 1x.`,
  );
  return out.join('\n');
}

export const LONG_LINE_FRAGMENTS = [
  '1',
  '1 ',
  '(1)',
  'a(1)',
  ' (12)  ',
  '$ ',
  '$1,234 ',
  '1,',
  '12.',
  '--- ',
  '/s/ A ',
  'May 1, ',
  'A ',
  'NY 1234',
  '1%',
  '((1',
  '\t',
  '*',
  '{1}',
  '<A>',
  '999-',
  'Item 1 ',
  '.5',
];

/** Milliseconds to tokenize one line of each fragment repeated to each length (best of three). */
export async function benchLongLines(lengths = [5_000, 10_000, 20_000]): Promise<{ fragment: string; ms: number[] }[]> {
  const g = await createGrammar(BENCH_THEME);
  return LONG_LINE_FRAGMENTS.map((fragment) => ({
    fragment,
    ms: lengths.map((n) => {
      const line = fragment.repeat(Math.ceil(n / fragment.length)).slice(0, n);
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t = performance.now();
        tokenizeBinary(g, [line, `      ${line}`]);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    }),
  }));
}

function parseArgs(argv: string[]): GrammarBenchOptions & { longLines?: boolean } {
  const options: GrammarBenchOptions & { longLines?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--files') {
      options.files = value()
        .split(',')
        .map((f) => path.resolve(f));
    } else if (flag === '--top') options.top = Number(value());
    else if (flag === '--repeat') options.repeat = Number(value());
    else if (flag === '--long-lines') options.longLines = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(
        'usage: node out/scripts/bench-grammar.js [--files a.txt,b.txt] [--top N] [--repeat N] [--long-lines]',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  const files = options.files?.length ? options.files : benchFiles(options.top);
  (async () => {
    console.log(formatBench(await benchGrammar({ ...options, files }), files));
    if (options.longLines) {
      console.log('\nlong lines (ms for 5,000 / 10,000 / 20,000 characters; ratio 20k/5k, linear is 4):');
      for (const r of await benchLongLines()) {
        console.log(
          `  ${JSON.stringify(r.fragment).padEnd(12)} ${r.ms.map((m) => m.toFixed(1).padStart(7)).join(' ')}   ${(r.ms[2] / r.ms[0]).toFixed(1)}`,
        );
      }
    }
  })().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
