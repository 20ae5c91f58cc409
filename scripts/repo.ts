/** Where things are, from the repository root, whether run from source or from `out/`. */
import * as fs from 'node:fs';
import * as path from 'node:path';

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
