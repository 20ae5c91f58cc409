/**
 * Silenced findings. A filing cannot carry comments, so suppressions live outside it: in a sidecar
 * file next to the filing (`NAME.filinglint.json`) or in the workspace setting `filingLint.suppress`.
 * Each is keyed by code and, optionally, table title, so it survives edits elsewhere in the file.
 */
import type { Finding } from '../findings';
import type { FilingModel } from '../model';

export interface Suppression {
  code: string;
  /** The table's title; absent for the whole file. */
  table?: string;
}

/** The sidecar file's shape. */
export interface SidecarFile {
  suppress: Suppression[];
}

export function sidecarPath(filingPath: string): string {
  return `${filingPath}.filinglint.json`;
}

export function parseSidecar(text: string): Suppression[] {
  try {
    const data = JSON.parse(text) as Partial<SidecarFile>;
    return (Array.isArray(data.suppress) ? data.suppress : []).filter((s): s is Suppression => !!s && typeof s.code === 'string' && (s.table === undefined || typeof s.table === 'string'));
  } catch {
    return [];
  }
}

export function applySuppressions(model: FilingModel, findings: Finding[], suppressions: Suppression[]): Finding[] {
  if (suppressions.length === 0) return findings;
  return findings.filter((f) => {
    const title = f.table !== undefined ? model.tables[f.table]?.title : undefined;
    return !suppressions.some((s) => (s.code === f.code || s.code === f.rule || s.code === '*') && (s.table === undefined || s.table === title));
  });
}

/** The sidecar text with one more suppression (no duplicates), for the client to write. */
export function addToSidecar(existing: string | undefined, add: Suppression): string {
  const list = existing ? parseSidecar(existing) : [];
  if (!list.some((s) => s.code === add.code && s.table === add.table)) list.push(add);
  return `${JSON.stringify({ suppress: list }, null, 2)}\n`;
}
