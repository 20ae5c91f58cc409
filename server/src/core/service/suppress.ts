/**
 * Silenced findings left out of an analysis. A filing cannot carry comments, so suppressions live
 * outside it, in the sidecar file beside it or the workspace setting; their format is shared by the
 * client, the server and the command line (common/sidecar.ts).
 */
import type { Suppression } from '../../../../common/sidecar';
import type { Finding } from '../findings';
import type { FilingModel } from '../model';

export function applySuppressions(model: FilingModel, findings: Finding[], suppressions: Suppression[]): Finding[] {
  if (suppressions.length === 0) return findings;
  return findings.filter((f) => {
    const title = f.table !== undefined ? model.tables[f.table]?.title : undefined;
    return !suppressions.some(
      (s) => (s.code === f.code || s.code === f.rule || s.code === '*') && (s.table === undefined || s.table === title),
    );
  });
}
