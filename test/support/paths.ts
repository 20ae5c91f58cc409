/** Paths the tests read, resolved from the repository root whether run from `test/` or `out/test/`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS, ROOT, SAMPLE } from '../../scripts/repo';

export { CORPUS, ROOT, SAMPLE };
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export function readSample(): string {
  return fs.readFileSync(SAMPLE, 'utf8');
}
