/** Where things are, from the repository root, whether run from source or from `out/`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'samples'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`repository root not found above ${start}`);
    dir = up;
  }
}

export const ROOT = findRoot(__dirname);
export const SAMPLE = path.join(ROOT, 'samples', 'cwmbs-alt-2002-20-8k.txt');
/** The shared corpus of third-party filings, beside the repository. */
export const SHARED_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
export const CORPUS = path.join(SHARED_CORPUS, 'real');

/** The project's own corpus of real filings (test/corpus/filings), kept gzip-compressed. */
export const PROJECT_FILINGS = path.join(ROOT, 'test', 'corpus', 'filings');

/**
 * A filing's bytes as filed, whether it is stored as it is or gzip-compressed (`NAME.gz`, how the
 * project's corpus keeps its filings: a quarter of the size, the same bytes once decompressed).
 */
export function readFiling(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  return file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes;
}

/** The name a stored filing goes by in findings and verdicts: without its `.gz`. */
export function filingName(file: string): string {
  return path.basename(file).replace(/\.gz$/, '');
}

/** The filings of the project's corpus, by path, in name order. */
export function projectFilings(): string[] {
  if (!fs.existsSync(PROJECT_FILINGS)) return [];
  return fs
    .readdirSync(PROJECT_FILINGS)
    .sort()
    .map((f) => path.join(PROJECT_FILINGS, f));
}
