"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.crossFootAcrossPages = void 0;
/**
 * FL315 cross-foot-across-pages: a table too wide for its page, its columns continued over the same
 * rows on the next one (facts/continuedColumns.ts), whose total column is the sum of columns of both
 * parts on every row but one, and one figure's slip explains that row. Neither part's own relations
 * show it (FL104 reads each part alone), so the two are read as one table and reported as FL104
 * reports a row: on the cell to blame, with the fix; where a part's column footing fails by the same
 * amount at that cell, as FL101 reports such a cell, naming both.
 */
const continuedColumns_1 = require("../facts/continuedColumns");
const crossFoot_1 = require("./crossFoot");
const footing_1 = require("./footing");
exports.crossFootAcrossPages = {
    code: 'FL315',
    name: 'cross-foot-across-pages',
    description: "A table continued by columns on the next page breaks, in one row, the total its columns on both pages keep (Total Segments = the segments of both pages), and one figure's slip explains it.",
    defaultSeverity: 'error',
    scope: 'document',
    run(ctx) {
        const out = [];
        for (const c of (0, continuedColumns_1.continuedColumns)(ctx.model.tables)) {
            const before = c.above.columns.length - 1;
            const parts = ` (its first ${before} columns on page ${c.above.page}, where the table begins)`;
            out.push(...(0, crossFoot_1.relationReports)(c.wide, c.relations, ctx.model.lines, parts));
            // A cell where a part's footing fails by the same amount: FL101 reads that part alone and cannot
            // name the relation across both, so the one figure that makes both tie is reported here.
            for (const relation of c.relations) {
                for (const failure of relation.fails) {
                    const footing = failure.blame?.why === 'footing' ? failure.blame.footing : undefined;
                    if (footing && !failure.chained)
                        out.push((0, footing_1.crossFootReport)(ctx, c.wide, footing, parts));
                }
            }
        }
        return out;
    },
};
//# sourceMappingURL=crossFootAcrossPages.js.map