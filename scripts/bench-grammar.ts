/**
 * Grammar speed: tokenizing the largest corpus text filings with vscode-textmate at 1x, 2x and 4x
 * their size. Time per MB should stay flat (linear). Run alone: `node out/scripts/bench-grammar.js`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadGrammar, tokenize } from './grammar';
import { CORPUS, SAMPLE } from './repo';

export async function benchGrammar(): Promise<{ sizeMB: number; ms: number }[]> {
  const g = await loadGrammar();
  const sources = fs.existsSync(CORPUS)
    ? ['10k405-1997-ibm-full-submission.txt', '10k-1997-coca-cola-full-submission.txt', '10k405-1995-merck-full-submission.txt'].map((f) => path.join(CORPUS, f)).filter((f) => fs.existsSync(f))
    : [SAMPLE];
  const unit = sources.map((f) => fs.readFileSync(f, 'latin1')).join('\n');
  tokenize(g, unit.slice(0, 200_000)); // warm up
  const out: { sizeMB: number; ms: number }[] = [];
  for (const copies of [1, 2, 4]) {
    const text = Array.from({ length: copies }, () => unit).join('\n');
    const t = performance.now();
    tokenize(g, text);
    out.push({ sizeMB: text.length / 1024 / 1024, ms: performance.now() - t });
  }
  return out;
}

if (require.main === module) {
  void benchGrammar().then((rows) => {
    for (const r of rows) console.log(`${r.sizeMB.toFixed(2)} MB: ${r.ms.toFixed(0)} ms, ${(r.sizeMB / (r.ms / 1000)).toFixed(2)} MB/s, ${(r.ms / r.sizeMB / (rows[0].ms / rows[0].sizeMB)).toFixed(2)}x the 1x time per MB`);
  });
}
