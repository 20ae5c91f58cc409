"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.crossTable = void 0;
/**
 * FL301 cross-table: the tables that describe one pool share its total count and total balance
 * (553 loans, $225,112,214.21 nine times in the sample). A table that foots but states another total
 * by what one slip makes (563 for 553) is reported at its total, naming the tables it disagrees with.
 *
 * A total further off is another pool's, not a slip: a prospectus describes more than the trust's
 * pool (its static pool data gives each prior securitization's pool by the same distributions, a
 * table may cover the consumer receivables alone, a risk-retention table sums notes and a residual
 * interest at fair value). Such a table is left alone.
 */
const decimal_1 = require("../decimal");
const slips_1 = require("../facts/slips");
const pool_1 = require("../pool");
exports.crossTable = {
    code: 'FL301',
    name: 'cross-table',
    description: 'A table describing the pool states a total count or balance that the other tables of the pool do not.',
    defaultSeverity: 'warning',
    scope: 'document',
    run(ctx) {
        const out = [];
        const pool = (0, pool_1.poolOf)(ctx.model);
        for (const key of pool_1.POOL_KEYS) {
            const agreed = pool.agreed[key];
            if (!agreed)
                continue;
            const agreeing = pool.agreeing[key];
            // What every disagreeing table's report says of the agreeing ones, made once.
            const noun = key === 'count' ? 'total count' : 'total balance';
            const names = agreeing.slice(0, 4).map((a) => `"${a.table.title}"`);
            const shown = key === 'amount' ? `$${(0, decimal_1.format)(agreed)}` : (0, decimal_1.format)(agreed);
            const others = `${noun} ${shown} of ${agreeing.length} other table${agreeing.length === 1 ? '' : 's'} of this pool ` +
                `(${names.join(', ')}${agreeing.length > 4 ? ', …' : ''}), though this table foots`;
            const related = agreeing
                .slice(0, 20)
                .map((a) => ({ span: a[key].span, message: `"${a.table.title}": ${a[key].text.trim()}` }));
            for (const p of pool.disagreeing[key]) {
                const cell = p[key];
                // A table that does not foot is already reported at this total by FL101.
                if (ctx.facts(p.table).footings.some((f) => !f.ok))
                    continue;
                const slip = (0, slips_1.slipBetween)(cell.value, agreed);
                if (!slip)
                    continue;
                out.push({
                    span: cell.span,
                    table: p.table.index,
                    message: `${cell.text.trim()} disagrees with the ${others}: it reads like ${slips_1.SLIP_WORDS[slip]} for ${shown}`,
                    related,
                });
            }
        }
        return out;
    },
};
//# sourceMappingURL=crossTable.js.map