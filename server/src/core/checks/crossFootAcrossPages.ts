/**
 * FL315 cross-foot-across-pages: a table too wide for its page, its columns continued over the same
 * rows on the next one (facts/continuedColumns.ts), whose total column is the sum of columns of both
 * parts on every row but one, and one figure's slip explains that row. Neither part's own relations
 * show it (FL104 reads each part alone), so the two are read as one table and reported as FL104
 * reports a row: on the cell to blame, with the fix.
 */
import { continuedColumns } from '../facts/continuedColumns';
import type { ModelCheck, Report } from './check';
import { relationReports } from './crossFoot';

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
    }
    return out;
  },
};
