/**
 * Reading `NAME.filinglint.json` beside a filing on disk (the editor's "silence" action writes it),
 * so that the language server and the command line silence the same findings. Apart from the
 * format (sidecar.ts) because it needs Node's file system, which the format does not.
 */
import * as fs from 'node:fs';
import { parseSidecar, sidecarPath, type Suppression } from './sidecar';

/** The suppressions beside `filingPath`; none when there is no such file or it cannot be read. */
export function readSidecar(filingPath: string): Suppression[] {
  try {
    const file = sidecarPath(filingPath);
    return fs.existsSync(file) ? parseSidecar(fs.readFileSync(file, 'utf8')) : [];
  } catch {
    return [];
  }
}
