"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dataScheduleBalance = void 0;
/**
 * FL303 data-schedule-balance: the financial data schedule of a 1997-2001 filing (EX-27) tags the
 * balance sheet's two totals, and a balance sheet balances: `<TOTAL-ASSETS>` equals
 * `<TOTAL-LIABILITY-AND-EQUITY>` (`<TOTAL-LIABILITIES-AND-EQUITY>` in some articles) in each
 * schedule. The figures are tagged, so there is no reading to doubt: a schedule whose two totals
 * differ is inconsistent, whichever of them is wrong (Pfizer's 1995 schedule tags 12,724 and 12,729).
 *
 * The tag lines are found page by page and kept with each page across edits (facts/dataSchedules.ts);
 * the schedules are paired from them in the document's order.
 */
const decimal_1 = require("../decimal");
const dataSchedules_1 = require("../facts/dataSchedules");
exports.dataScheduleBalance = {
    code: 'FL303',
    name: 'data-schedule-balance',
    description: "A financial data schedule's (EX-27) total assets differ from its total liabilities and equity.",
    defaultSeverity: 'error',
    scope: 'document',
    run(ctx) {
        const { lines, flags, pages } = ctx.model;
        const out = [];
        // The total assets of the schedule being read, until its total liabilities and equity pair it;
        // a document's type line ends a schedule.
        let assets;
        for (const page of pages) {
            for (const t of (0, dataSchedules_1.tagsOf)(page, lines, flags)) {
                if (t.tag === 'TYPE')
                    assets = undefined;
                else if (t.tag === 'ASSETS')
                    assets = t;
                else if (t.tag === 'LIABILITIES' && assets) {
                    const a = assets;
                    assets = undefined;
                    // Period by period; a schedule whose two lines have different numbers of figures is not read.
                    if (a.figures.length !== t.figures.length)
                        continue;
                    t.figures.forEach((f, k) => {
                        const g = a.figures[k];
                        if (!f.value || !g.value || (0, decimal_1.eq)(f.value, g.value))
                            return;
                        const shown = (x, y) => lines[x.line].slice(y.start, y.end);
                        const period = t.figures.length > 1 ? `, period ${k + 1} of ${t.figures.length},` : '';
                        out.push({
                            span: { line: t.line, start: f.start, end: f.end },
                            message: `${t.name} ${shown(t, f)} ≠ ${a.name} ${shown(a, g)} in this financial data schedule${period} ` +
                                `(difference ${(0, decimal_1.format)((0, decimal_1.sub)(f.value, g.value))}): a balance sheet's two totals are equal`,
                            related: [{ span: { line: a.line, start: g.start, end: g.end }, message: `${a.name} ${shown(a, g)}` }],
                        });
                    });
                }
            }
        }
        return out;
    },
};
//# sourceMappingURL=dataSchedule.js.map