"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.footing = void 0;
exports.crossFootReport = crossFootReport;
/**
 * FL101 footing: each summed column's rows add up to its total row. An error names the figure and
 * the slip that explains the difference, where the table's reading is confirmed; a difference no
 * slip explains, or one in a table whose reading is not confirmed, is tentative (one severity lower).
 */
const decimal_1 = require("../decimal");
const pool_1 = require("../pool");
const replace_1 = require("../fixes/replace");
const move_1 = require("../fixes/move");
const slips_1 = require("../facts/slips");
const describe_1 = require("./describe");
/**
 * The figure a slip's cell should read, written as the cell is; a negative where the cell has none
 * is written as the column writes its negatives (`(5,453)` where the rows use parentheses).
 */
function writtenLike(value, cell, f) {
    const like = (0, describe_1.bare)(cell.text);
    if (value.units >= 0n || like.startsWith('(') || like.startsWith('-'))
        return (0, decimal_1.formatLike)(value, like);
    const parens = f.segment.some((r) => r.cells[f.column]?.text.includes('('));
    const magnitude = (0, decimal_1.formatLike)((0, decimal_1.abs)(value), like);
    return parens ? `(${magnitude})` : `-${magnitude}`;
}
/** A body cell whose share (pool tables) says it is the wrong one. */
function culpritReport(ctx, table, f) {
    const column = table.columns[f.column];
    const totalCell = f.total.cells[f.column];
    const culprit = f.culprit;
    const cell = culprit.row.cells[f.column];
    const expected = (0, decimal_1.formatLike)(culprit.expected, (0, describe_1.bare)(cell.text));
    const share = ctx.facts(table).shares.find((s) => s.baseColumn === f.column);
    const pct = share?.rows.find((r) => r.row === culprit.row);
    const implied = pct ? `its ${pct.cell.text.trim()} share implies` : 'the total implies';
    return {
        span: cell.span,
        table: table.index,
        message: `${(0, describe_1.show)(cell.value, column, cell)} in ${(0, describe_1.rowName)(culprit.row)} does not tie: the rows sum to ` +
            `${(0, describe_1.show)(f.computed, column, totalCell)} but the total is ${(0, describe_1.show)(f.stated, column, totalCell)}; ` +
            `${implied} ${(0, describe_1.show)(culprit.expected, column, cell)} (difference ${(0, decimal_1.format)((0, decimal_1.sub)(cell.value, culprit.expected))})`,
        related: [
            { span: totalCell.span, message: `total ${totalCell.text.trim()}` },
            ...(pct ? [{ span: pct.cell.span, message: `share ${pct.cell.text.trim()}` }] : []),
        ],
        fix: {
            title: `Change ${(0, describe_1.bare)(cell.text)} to ${expected}`,
            edits: [(0, replace_1.cellEdit)(ctx.model.lines, table, cell, expected)],
        },
    };
}
/**
 * A cell where this footing and a row's cross-foot both fail by the same amount (facts/crossFoot.ts):
 * the one figure to change, which makes both tie; reported once, here, naming the row's relation.
 * `parts`, for a table read from two parts (FL315), says so after the relation.
 */
function crossFootReport(ctx, table, f, parts = '') {
    const { relation, failure } = f.crossFoot;
    const blame = failure.blame;
    const column = table.columns[f.column];
    const totalCell = f.total.cells[f.column];
    const result = table.columns[relation.result];
    const resultCell = failure.row.cells[relation.result];
    const expected = writtenLike(blame.expected, blame.cell, f);
    const where = blame.row === f.total ? 'the total' : (0, describe_1.rowName)(blame.row);
    const tie = `Total ${(0, describe_1.show)(f.stated, column, totalCell)} ≠ sum of rows ${(0, describe_1.show)(f.computed, column, totalCell)}`;
    const cross = `and across its row ${(0, describe_1.relationText)(table, relation)}${parts} (true on ${(0, describe_1.relationSupport)(relation)}) gives ` +
        `${(0, describe_1.show)(failure.computed, result, resultCell)} for ${(0, describe_1.show)(failure.stated, result, resultCell)}`;
    const related = [
        ...(blame.row === f.total ? [] : [{ span: totalCell.span, message: `total ${totalCell.text.trim()}` }]),
        ...(resultCell === blame.cell
            ? []
            : [{ span: resultCell.span, message: `${(0, describe_1.columnName)(table, result)}: ${resultCell.text.trim()}` }]),
        ...(0, describe_1.rowsInvolved)(f.segment, column),
    ];
    return {
        span: blame.cell.span,
        table: table.index,
        message: `${(0, describe_1.bare)(blame.cell.text)} in ${where} should read ${expected}, which makes its column and its row tie: ` +
            `${tie}, ${cross}`,
        related,
        fix: {
            title: `Change ${(0, describe_1.bare)(blame.cell.text)} to ${expected}`,
            edits: [(0, replace_1.cellEdit)(ctx.model.lines, table, blame.cell, expected)],
        },
    };
}
/**
 * A total that is wrong only because its row's relation carried another total's wrong figure into it
 * (`TOTAL = INTEREST + PRINCIPAL` with the principal total wrong): still reported, one severity
 * lower, saying where it comes from.
 */
function followsNote(table, f, report) {
    if (!f.follows)
        return report;
    const { blame, relation } = f.follows;
    const from = `${(0, describe_1.bare)(blame.cell.text)} in ${(0, describe_1.columnName)(table, table.columns[blame.column])}`;
    return {
        ...report,
        tentative: true,
        message: `${report.message}; this follows from ${from} (${(0, describe_1.relationText)(table, relation)} holds on this row)`,
        related: [{ span: blame.cell.span, message: `${from}, the figure to change` }, ...report.related],
    };
}
/**
 * A total that fails only because a subtotal among its rows is wrong and carried its slip down (a
 * wrong `Gross profit` makes `Operating income` fail by as much): still reported, one severity lower,
 * naming the subtotal's figure, with no edit of its own (correcting the subtotal makes both foot).
 */
function carriedReport(table, f, source) {
    const slip = f.slip;
    const column = table.columns[f.column];
    const totalCell = f.total.cells[f.column];
    const from = `${(0, describe_1.bare)(slip.cell.text)} in ${slip.row.label ? slip.row.label : 'the subtotal above'}`;
    return {
        span: totalCell.span,
        table: table.index,
        // One severity below the finding it follows from: two below the rule's where that one is tentative.
        tentative: source?.tentative ? 2 : true,
        message: `Total ${(0, describe_1.show)(f.stated, column, totalCell)} ≠ sum of rows ${(0, describe_1.show)(f.computed, column, totalCell)} ` +
            `(difference ${(0, decimal_1.format)((0, decimal_1.sub)(f.stated, f.computed))}); this follows from ${from}, which should read ` +
            `${writtenLike(slip.expected, slip.cell, f)}: corrected, this total foots as printed`,
        related: [{ span: slip.cell.span, message: `${from}, the figure to change` }],
    };
}
/** The totals below a subtotal's slip that fail only because of it, named on the subtotal's report. */
function withFollowers(report, followers) {
    if (!followers)
        return report;
    const named = followers.map((g) => {
        const cell = g.total.cells[g.column];
        return { span: cell.span, message: `${(0, describe_1.rowName)(g.total)} ${(0, describe_1.bare)(cell.text)} foots once this is corrected` };
    });
    return { ...report, related: [...report.related, ...named] };
}
/** How many other tables of the pool state this total (so a row is wrong, not the total). */
function poolBacking(model, table, f) {
    const column = table.columns[f.column];
    const pool = (0, pool_1.poolOf)(model);
    const key = column.kind === 'count' ? 'count' : 'amount';
    const agreed = pool.agreed[key];
    if (!agreed || !(0, decimal_1.eq)(agreed, f.stated) || (0, pool_1.totalsOf)(table) === null)
        return 0;
    return pool.agreeing[key].filter((p) => p.table !== table).length;
}
/** The heading a subtotal's label names: the row right above its first row. */
function namedHeading(table, f) {
    return table.rows[table.rows.indexOf(f.segment[0]) - 1]?.label.replace(/:\s*$/, '') ?? '';
}
function footingReport(ctx, table, f) {
    const column = table.columns[f.column];
    const totalCell = f.total.cells[f.column];
    const allowance = f.tolerance.units === 0n ? '' : `, more than the rounding allowance of ${(0, decimal_1.format)(f.tolerance)}`;
    const tie = `Total ${(0, describe_1.show)(f.stated, column, totalCell)} ≠ sum of rows ${(0, describe_1.show)(f.computed, column, totalCell)} ` +
        `(difference ${(0, decimal_1.format)((0, decimal_1.sub)(f.stated, f.computed))}${allowance})`;
    const related = (0, describe_1.rowsInvolved)(f.segment, column);
    // When the pool's other tables state this same total, the total is right and a row is wrong:
    // say so, and offer no edit (which row is not known).
    const others = poolBacking(ctx.model, table, f);
    if (others > 0) {
        return {
            span: totalCell.span,
            table: table.index,
            message: `${tie}; ${others} other table${others === 1 ? '' : 's'} of the pool state ` +
                `${(0, describe_1.show)(f.stated, column, totalCell)}, so a row is wrong`,
            related,
        };
    }
    if (f.heldBelow) {
        // The label names the rows, and the total below ties with their sum: the subtotal is wrong.
        const below = f.heldBelow.total;
        const replacement = (0, decimal_1.formatLike)(f.computed, (0, describe_1.bare)(totalCell.text));
        return {
            span: totalCell.span,
            table: table.index,
            message: `${tie}; its label names the rows under "${namedHeading(table, f)}", and ${(0, describe_1.rowName)(below)} below ` +
                `${below.cells[f.column].text.trim()} adds ${replacement} here, not ${(0, describe_1.bare)(totalCell.text)}`,
            related: [...related, { span: below.cells[f.column].span, message: (0, describe_1.rowName)(below) }],
            fix: sumOfRowsFix(ctx, table, totalCell, replacement),
        };
    }
    const slip = f.slip;
    // Only a confirmed reading with a slip to show for it is an error; anything less is tentative.
    const tentative = !(f.confirmedBy === 'columns' && slip) || undefined;
    const unconfirmed = f.confirmedBy === 'columns' ? '' : '; no other column of this total confirms how its rows are read';
    if (slip?.or) {
        // The total or one row: either slip explains the difference, so no edit is offered.
        const alt = slip.or;
        const altExpected = writtenLike(alt.expected, alt.cell, f);
        return {
            span: slip.cell.span,
            table: table.index,
            tentative,
            message: `${(0, describe_1.bare)(slip.cell.text)} in the total reads like ${slips_1.SLIP_WORDS[slip.kind]} for ` +
                `${writtenLike(slip.expected, slip.cell, f)}, or ${(0, describe_1.bare)(alt.cell.text)} in ${(0, describe_1.rowName)(alt.row)} like ` +
                `${slips_1.SLIP_WORDS[alt.kind]} for ${altExpected}; the table does not say which: ${tie}${unconfirmed}`,
            related: [{ span: alt.cell.span, message: `${(0, describe_1.bare)(alt.cell.text)}, or ${altExpected}` }, ...related],
        };
    }
    if (slip) {
        const expected = writtenLike(slip.expected, slip.cell, f);
        const isTotal = slip.row === f.total;
        const where = isTotal ? 'the total' : (0, describe_1.rowName)(slip.row);
        return {
            span: slip.cell.span,
            table: table.index,
            tentative,
            message: `${(0, describe_1.bare)(slip.cell.text)} in ${where} reads like ${slips_1.SLIP_WORDS[slip.kind]} for ${expected}: ${tie}${unconfirmed}`,
            related: isTotal ? related : [{ span: totalCell.span, message: `total ${totalCell.text.trim()}` }, ...related],
            fix: {
                title: `Change ${(0, describe_1.bare)(slip.cell.text)} to ${expected}`,
                // A sign lost or printed in error is set right with the digits left where they are.
                edits: [(slip.kind === 'sign' ? replace_1.signedCellEdit : replace_1.cellEdit)(ctx.model.lines, table, slip.cell, expected)],
            },
        };
    }
    const replacement = (0, decimal_1.formatLike)(f.computed, (0, describe_1.bare)(totalCell.text));
    const shaped = f.suspects
        ? `; ${(0, describe_1.suspectsText)(f.suspects)}`
        : f.shape
            ? `; the difference is what ${slips_1.SLIP_WORDS[f.shape]} in one of its figures would make`
            : '';
    // Where slips in rows alone would explain the difference, the total is not the figure to change.
    const totalSuspected = !f.suspects || f.suspects.some((s) => s.row === f.total);
    return {
        span: totalCell.span,
        table: table.index,
        tentative,
        message: `${tie}${shaped}${unconfirmed}`,
        related,
        ...(totalSuspected ? { fix: sumOfRowsFix(ctx, table, totalCell, replacement) } : {}),
    };
}
/** The fix that writes the sum of a total's rows in place of its figure, on its right edge. */
function sumOfRowsFix(ctx, table, totalCell, replacement) {
    return {
        title: `Change the total to the sum of its rows, ${replacement}`,
        edits: [(0, replace_1.cellEdit)(ctx.model.lines, table, totalCell, replacement)],
    };
}
/**
 * Figures that stand in one column and add up in another of the same total (facts/movedFigures.ts):
 * one finding, on the first of them, naming both columns; the fix moves each figure to the other
 * column's edge where the blanks between allow it.
 */
function movedReport(ctx, table, f) {
    if (f.moved.exchanged)
        return exchangedReport(ctx, table, f);
    const { cells, from, to } = f.moved;
    const fromColumn = table.columns[from.column];
    const toColumn = table.columns[to.column];
    const figures = cells.map((c) => (0, describe_1.bare)(c.cell.text));
    const listed = figures.length === 1 ? figures[0] : `${figures.slice(0, -1).join(', ')} and ${figures.at(-1)}`;
    const [standIn, addIn] = [(0, describe_1.columnName)(table, fromColumn), (0, describe_1.columnName)(table, toColumn)];
    const fromTotal = from.total.cells[from.column];
    const toTotal = to.total.cells[to.column];
    const edits = [];
    for (const { cell } of cells) {
        const edit = table.source === 'html' ? null : (0, move_1.moveAcross)(ctx.model.lines[cell.span.line], cell, digitsEdge(table, to.column));
        if (edit)
            edits.push(edit);
    }
    return {
        span: cells[0].cell.span,
        table: table.index,
        message: `${listed} ${figures.length === 1 ? 'stands' : 'stand'} in ${standIn} but ${figures.length === 1 ? 'adds' : 'add'} up in ${addIn}: ` +
            `without ${figures.length === 1 ? 'it' : 'them'} ${standIn} adds up to its total ${fromTotal.text.trim()} ` +
            `(with ${figures.length === 1 ? 'it' : 'them'}, ${(0, describe_1.show)(from.computed, fromColumn, fromTotal)}), and with ` +
            `${figures.length === 1 ? 'it' : 'them'} ${addIn} adds up to ${toTotal.text.trim()} ` +
            `(without, ${(0, describe_1.show)(to.computed, toColumn, toTotal)})`,
        related: [
            ...cells.slice(1).map((c) => ({ span: c.cell.span, message: `${(0, describe_1.bare)(c.cell.text)} in ${(0, describe_1.rowName)(c.row)}` })),
            { span: fromTotal.span, message: `total of ${standIn}: ${fromTotal.text.trim()}` },
            { span: toTotal.span, message: `total of ${addIn}: ${toTotal.text.trim()}` },
        ],
        ...(edits.length === cells.length ? { fix: { title: `Move ${listed} to ${addIn}`, edits } } : {}),
    };
}
/**
 * Two figures that stand in each other's columns: one finding, on the first, naming both; the fix
 * exchanges them in a text table where they are written alike in width (each then keeps the other's
 * edge), and in an HTML table always (each cell's number is replaced in place).
 */
function exchangedReport(ctx, table, f) {
    const { cells, from, to, exchanged } = f.moved;
    const [x, y] = [cells[0], exchanged];
    const [fromColumn, toColumn] = [table.columns[from.column], table.columns[to.column]];
    const [fromName, toName] = [(0, describe_1.columnName)(table, fromColumn), (0, describe_1.columnName)(table, toColumn)];
    const [fromTotal, toTotal] = [from.total.cells[from.column], to.total.cells[to.column]];
    const written = (c) => ctx.model.lines[c.span.line].slice(c.span.start, c.span.end);
    const [xText, yText] = [written(x.cell), written(y.cell)];
    const fix = table.source === 'html' || xText.length === yText.length
        ? {
            title: `Exchange ${(0, describe_1.bare)(x.cell.text)} and ${(0, describe_1.bare)(y.cell.text)}`,
            edits: [
                { span: x.cell.span, newText: yText },
                { span: y.cell.span, newText: xText },
            ],
        }
        : undefined;
    return {
        span: x.cell.span,
        table: table.index,
        message: `${(0, describe_1.bare)(x.cell.text)} in ${fromName} and ${(0, describe_1.bare)(y.cell.text)} in ${toName} read as each other's: exchanged, ` +
            `${fromName} adds up to its total ${fromTotal.text.trim()} (as they stand, ${(0, describe_1.show)(from.computed, fromColumn, fromTotal)}) ` +
            `and ${toName} to ${toTotal.text.trim()} (as they stand, ${(0, describe_1.show)(to.computed, toColumn, toTotal)})`,
        related: [
            { span: y.cell.span, message: `${(0, describe_1.bare)(y.cell.text)} in ${(0, describe_1.rowName)(y.row)}, ${toName}` },
            { span: fromTotal.span, message: `total of ${fromName}: ${fromTotal.text.trim()}` },
            { span: toTotal.span, message: `total of ${toName}: ${toTotal.text.trim()}` },
        ],
        ...(fix ? { fix } : {}),
    };
}
/** Where most figures of a column end their digits (a negative's `)` hangs past it). */
function digitsEdge(table, column) {
    const counts = new Map();
    for (const row of table.rows) {
        const cell = row.cells[column];
        if (cell?.value)
            counts.set(cell.edge, (counts.get(cell.edge) ?? 0) + 1);
    }
    let best = table.columns[column].rightEdge;
    let most = 0;
    for (const [edge, n] of counts)
        if (n > most || (n === most && edge > best))
            [best, most] = [edge, n];
    return best;
}
exports.footing = {
    code: 'FL101',
    name: 'footing',
    description: 'A numeric column does not add up to its total row (counts and cents exactly, rounded figures within the rounding interval).',
    defaultSeverity: 'error',
    scope: 'table',
    // The wording of a total the pool's other tables state depends on them.
    dependsOn: (ctx) => (0, pool_1.poolKey)((0, pool_1.poolOf)(ctx.model)),
    runTable(table, ctx) {
        const out = [];
        const footings = ctx.facts(table).footings;
        // Totals that fail only by a subtotal's slip carried down, by that subtotal's footing. The subtotal
        // is reported with them; where it is not reported (its reading in doubt), they are on their own.
        const followers = new Map();
        for (const f of footings) {
            const from = f.slip?.carried;
            if (!f.ok && from && !f.moved && !f.crossFoot && footings.includes(from)) {
                followers.set(from, [...(followers.get(from) ?? []), f]);
            }
        }
        // Each subtotal's report, for the totals that follow from it (subtotals come first, top down).
        const reported = new Map();
        const push = (f, report) => {
            if (followers.has(f))
                reported.set(f, report);
            out.push(report);
        };
        for (const f of footings) {
            // A year's opening balance printed other than the year before closed: FL105 names it (see periodChains).
            if (f.ok || f.chained)
                continue;
            if (f.moved) {
                // Reported once, on the figures, by the column they stand in.
                if (f.moved.from === f)
                    out.push(movedReport(ctx, table, f));
            }
            else if (f.crossFoot)
                push(f, withFollowers(crossFootReport(ctx, table, f), followers.get(f)));
            else if (f.slip?.carried) {
                const from = f.slip.carried;
                if (followers.get(from)?.includes(f))
                    push(f, carriedReport(table, f, reported.get(from)));
                // The subtotal's own reading is in doubt, so its slip is not named: the difference is still
                // reported here, as no one figure's (tentative: an unnamed slip never makes an error).
                else
                    out.push(footingReport(ctx, table, { ...f, slip: undefined }));
            }
            else if (f.culprit)
                out.push(culpritReport(ctx, table, f));
            else
                push(f, withFollowers(followsNote(table, f, footingReport(ctx, table, f)), followers.get(f)));
        }
        return out;
    },
};
//# sourceMappingURL=footing.js.map