/** Paths the tests read, resolved from the repository root whether run from `test/` or `out/test/`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS, ROOT, SAMPLE } from '../../scripts/repo';

export { CORPUS, ROOT, SAMPLE };
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export function readSample(): string {
  return fs.readFileSync(SAMPLE, 'utf8');
}

/**
 * The sample with two lines laid out with tabs: the first table's total, with 553 and 100.00% both
 * off their columns (two moves on one line), and California's row with a wrong percent one column
 * off (a replacement of the figure and a rewrite of its line).
 */
export function sampleWithTabs(sample = readSample()): string {
  return sample
    .replace(
      '                               553          $ 225,112,214.21         100.00%',
      '\t\t\t      553\t    $ 225,112,214.21\t     100.00%',
    )
    .replace(
      'California                      268         $ 113,346,210.62       50.35%',
      'California\t\t\t268\t    $ 113,346,210.62\t  51.35%',
    );
}
