/**
 * FL315 cross-foot-across-pages: a table too wide for its page, its columns continued over the same
 * rows on the next one (facts/continuedColumns.ts), whose total column is the sum of columns of both
 * parts on every row but one, and one figure's slip explains that row. Neither part's own relations
 * show it (FL104 reads each part alone), so the two are read as one table and reported as FL104
 * reports a row: on the cell to blame, with the fix; where a part's column footing fails by the same
 * amount at that cell, as FL101 reports such a cell, naming both.
 */
import { continuedColumns } from '../facts/continuedColumns';
import type { ModelCheck, Report } from './check';
import { relationReports } from './crossFoot';
import { crossFootReport } from './footing';

export const crossFootAcrossPages: ModelCheck = {
  code: 'FL315',
  name: 'cross-foot-across-pages',
  description:
    "A table continued by columns on the next page breaks, in one row, the total its columns on both pages keep (Total Segments = the segments of both pages), and one figure's slip explains it.",
  defaultSeverity: 'error',
  scope: 'document',
  run(ctx) {
    const out: Report[] = [];
    for (const c of continuedColumns(ctx.model.tables)) {
      const before = c.above.columns.length - 1;
      const parts = ` (its first ${before} columns on page ${c.above.page}, where the table begins)`;
      out.push(...relationReports(c.wide, c.relations, ctx.model.lines, parts));
      // A cell where a part's footing fails by the same amount: FL101 reads that part alone and cannot
      // name the relation across both, so the one figure that makes both tie is reported here.
      for (const relation of c.relations) {
        for (const failure of relation.fails) {
          const footing = failure.blame?.why === 'footing' ? failure.blame.footing : undefined;
          if (footing && !failure.chained) out.push(crossFootReport(ctx, c.wide, footing, parts));
        }
      }
    }
    return out;
  },
};
