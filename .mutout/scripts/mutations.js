"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RELATION_KINDS = void 0;
exports.shifted = shifted;
exports.mutate = mutate;
exports.mutateRollForwards = mutateRollForwards;
exports.mutateChains = mutateChains;
exports.mutateRepeatedFigures = mutateRepeatedFigures;
exports.mutateBalances = mutateBalances;
exports.mutateQuarterlyTotals = mutateQuarterlyTotals;
exports.mutatePercentRows = mutatePercentRows;
exports.mutateStatementTies = mutateStatementTies;
exports.mutateScheduleTies = mutateScheduleTies;
exports.mutateOptionPriceTies = mutateOptionPriceTies;
exports.mutateContinuedColumns = mutateContinuedColumns;
/**
 * Mutations of real tables: in every table of a filing whose reading is confirmed (each total
 * foots, and some total foots in two columns or more under one reading), change one figure as a
 * typist would slip, one at a time, and see the slip reported:
 *
 * - one digit: the leading digit of a body figure raised by one (lowered from 9), beyond any
 *   rounding allowance: FL101 at the figure's total or at the figure (or FL105 at the figure, a
 *   year's opening balance that the year before's closing one mends);
 * - a transposition: the figure's first two different adjacent digits swapped: the same;
 * - a shift: a figure of a column whose figures share one edge moved two characters left: FL201
 *   at the figure;
 * - across a row: in every table with a relation between columns that holds on every row (see
 *   facts/relations.ts), a term of one row changed by a digit or a transposition: a check of the
 *   arithmetic (FL1xx, FL3xx) at the figure, or FL104 or FL101 at the row's result or at the column's
 *   total (scope `relation`);
 * - repeated figures: in every table that repeats an earlier table's figures (facts/repeatedFigures.ts)
 *   with room for one more difference, a figure the two state alike slipped in the later one: FL305
 *   at the figure or at the earlier table's (scope `relation`; the filing is analysed whole, again
 *   after each slip, incrementally);
 * - exchanged figures: in every such table, two figures of a row exchanged between the footing's
 *   column and another that foots at the same total: FL101 at either figure or either total (scope
 *   `relation`, a measure);
 * - tables continued by columns on the next page (facts/continuedColumns.ts): for each relation their
 *   total keeps across both parts on every row, a term of the part above in one row slipped: FL315 at
 *   the figure or at the row's total (scope `relation`; the filing analysed whole, incrementally);
 * - balance sheets: in every balance sheet whose total assets and total liabilities and equity are
 *   found (facts/balanceSheets.ts), the latter slipped at one date: FL306 at either total, or FL101
 *   at the slipped one (scope `relation`; the filing analysed whole, incrementally).
 *
 * Each mutation is linted in an excerpt of its table alone.
 */
const core_1 = require("../server/src/core");
const repeatedFigures_1 = require("../server/src/core/facts/repeatedFigures");
const decimal_1 = require("../server/src/core/decimal");
const facts_1 = require("../server/src/core/facts");
const rollForwards_1 = require("../server/src/core/facts/rollForwards");
const periodChains_1 = require("../server/src/core/facts/periodChains");
const balanceSheets_1 = require("../server/src/core/facts/balanceSheets");
const quarterlyTotals_1 = require("../server/src/core/facts/quarterlyTotals");
const statements_1 = require("../server/src/core/facts/statements");
const percentRows_1 = require("../server/src/core/facts/percentRows");
const percentChanges_1 = require("../server/src/core/facts/percentChanges");
const products_1 = require("../server/src/core/facts/products");
const optionPrices_1 = require("../server/src/core/facts/optionPrices");
const continuedColumns_1 = require("../server/src/core/facts/continuedColumns");
const move_1 = require("../server/src/core/fixes/move");
const replace_1 = require("../server/src/core/fixes/replace");
/** The kinds of slips typed into figures that a relation between them catches, in the order they are printed. */
exports.RELATION_KINDS = [
    'cross-foot digit',
    'cross-foot transposition',
    'change digit',
    'change transposition',
    'product digit',
    'product transposition',
    'repeated digit',
    'repeated transposition',
    'balance digit',
    'balance transposition',
    'chain digit',
    'chain transposition',
    'schedule chain digit',
    'schedule chain transposition',
    'quarter digit',
    'quarter transposition',
    'percent row digit',
    'percent row transposition',
    'statement tie digit',
    'statement tie transposition',
    'schedule tie digit',
    'schedule tie transposition',
    'option price digit',
    'option price transposition',
    'continued columns digit',
    'continued columns transposition',
    'exchanged figures',
];
/**
 * A footing of a table read one way that the figures confirm (a single reading holds): every total
 * foots, and this one foots plainly (its rows since the rule, as written) in two columns or more.
 * With `plainOnly` false, any reading will do.
 */
function confirmed(t, plainOnly) {
    const facts = (0, core_1.factsOf)(t);
    if (facts.footings.length === 0 || facts.footings.some((f) => !f.ok))
        return undefined;
    const nonZero = (f) => f.segment.filter((r) => r.cells[f.column]?.value?.units).length;
    for (const f of facts.footings) {
        if (plainOnly && !f.plain)
            continue;
        if (!(0, facts_1.markedTotal)(f))
            continue;
        const siblings = facts.footings.filter((g) => g.total === f.total && g !== f && nonZero(g) >= 2);
        if (siblings.length > 0 && nonZero(f) >= 2)
            return f;
    }
    return undefined;
}
/** The figure's text with its first digit raised by one (9 lowered to 8). */
function bumped(text) {
    const m = /[1-9]/.exec(text);
    if (!m)
        return null;
    const d = Number(m[0]);
    return text.slice(0, m.index) + String(d === 9 ? 8 : d + 1) + text.slice(m.index + 1);
}
/** The figure's text with its first two different adjacent digits swapped (commas skipped over). */
function transposed(text) {
    const digits = [];
    for (let i = 0; i < text.length; i++)
        if (/\d/.test(text[i]))
            digits.push(i);
    for (let k = 0; k + 1 < digits.length; k++) {
        const a = digits[k];
        const b = digits[k + 1];
        // Equal digits swap to the same figure; a zero swapped to the front is no figure.
        if (text[a] === text[b] || (k === 0 && text[b] === '0'))
            continue;
        return text.slice(0, a) + text[b] + text.slice(a + 1, b) + text[a] + text.slice(b + 1);
    }
    return null;
}
/** The excerpt with a cell's figure (`digits`, as written) slipped each way there is: its first digit raised, two digits transposed. */
function slipsOf(local, cell, digits) {
    const out = [];
    for (const [slip, to] of [
        ['digit', bumped(digits)],
        ['transposition', transposed(digits)],
    ]) {
        if (!to)
            continue;
        const mutated = [...local];
        mutated[cell.span.line] = replaceFigure(local[cell.span.line], cell.span, to);
        out.push({ slip, to, mutated });
    }
    return out;
}
/** A line with a cell's figure made to read `to`: its characters alone (an HTML figure's tags kept). */
function replaceFigure(line, span, to) {
    const edit = (0, replace_1.replaceKeepingRightEdge)(line, span, to, true);
    return replaceAt(line, edit.span.start, edit.span.end, edit.newText);
}
function replaceAt(line, start, end, text) {
    return line.slice(0, start) + text + line.slice(end);
}
/** A body figure of the footing's column worth changing: not zero, two digits or more, no tab on its line. */
function target(f, lines) {
    for (const r of f.segment) {
        const c = r.cells[f.column];
        if (!c?.value || c.value.units === 0n || c.percent)
            continue;
        if ((c.value.units < 0n ? -c.value.units : c.value.units) < 10n)
            continue;
        if (lines[c.span.line].includes('\t'))
            continue;
        return c;
    }
    return undefined;
}
/**
 * A table's lines (`local`, the table alone) with one figure moved two characters left, in the
 * first column whose figures (totals included) share one edge and one way of writing, keeping a
 * gutter of two spaces to the figure on its left; null when no column allows it.
 */
function shifted(t, local) {
    for (const column of t.columns) {
        // A column holding ranges (`6.0-9.5%`) or a figure that could not be read is set as the filer
        // likes: FL201 does not check it.
        if (column.kind === 'label' || column.range)
            continue;
        if (t.rows.some((r) => r.unread.some((u) => u.column === column.index)))
            continue;
        const cells = t.rows
            .filter((r) => r.kind !== 'heading')
            .map((r) => r.cells[column.index])
            .filter((c) => !!c?.value);
        if (cells.length < 4 || new Set(cells.map((c) => c.edge)).size !== 1)
            continue;
        if (new Set(cells.map((c) => `${c.value.scale}${c.percent}`)).size !== 1)
            continue;
        const c = t.rows.find((r) => r.kind === 'body' && r.cells[column.index] === cells[1]) ? cells[1] : cells[0];
        if (local[c.span.line].includes('\t'))
            continue;
        const edit = (0, move_1.moveEdit)(local[c.span.line], c, -2);
        if (!edit || !/^ {2}$/.test(local[c.span.line].slice(edit.span.start - 2, edit.span.start)))
            continue;
        const lines = [...local];
        lines[c.span.line] = replaceAt(local[c.span.line], edit.span.start, edit.span.end, edit.newText);
        return { cell: c, lines };
    }
    return null;
}
/** Every mutation of every confirmed table of a filing's text, linted. */
/**
 * Slips across rows: for each relation of the table that holds on every row, the first term of a
 * strong row (its figures not zero) worth changing, changed by a digit and by a transposition.
 */
function acrossRows(file, t, local, offset) {
    const out = [];
    for (const relation of (0, core_1.factsOf)(t).relations) {
        if (relation.fails.length > 0)
            continue;
        const columns = [relation.result, ...relation.terms.map((x) => x.column)];
        const row = relation.holds.find((r) => r.kind === 'body' && columns.every((c) => r.cells[c]?.value && r.cells[c].value.units !== 0n));
        if (!row)
            continue;
        // The figure's own line: an HTML row's `line` numbers the printed table's rows, not the source.
        const term = relation.terms.find((x) => {
            const cell = row.cells[x.column];
            const v = cell.value.units;
            return (v < 0n ? -v : v) >= 10n && !local[cell.span.line].includes('\t');
        });
        if (!term)
            continue;
        const cell = row.cells[term.column];
        const result = row.cells[relation.result];
        const digits = (0, replace_1.shownText)(local[cell.span.line], cell.span);
        const totals = (0, core_1.factsOf)(t)
            .footings.filter((f) => f.column === term.column && f.segment.includes(row))
            .map((f) => f.total.cells[f.column]);
        for (const { slip, to, mutated } of slipsOf(local, cell, digits)) {
            const kind = slip === 'digit' ? 'cross-foot digit' : 'cross-foot transposition';
            const at = (x, c) => x.span.line === c.span.line && x.span.start === c.span.start;
            const found = (0, core_1.analyze)(mutated.join('\n')).findings.some((x) => (x.severity === 'error' || x.severity === 'warning') &&
                ((arithmetic(x.code) && at(x, cell)) ||
                    ((x.code === 'FL104' || x.code === 'FL101') && (at(x, result) || totals.some((c) => at(x, c))))));
            out.push({ kind, scope: 'relation', file, line: cell.span.line + offset + 1, from: digits, to, found });
        }
    }
    return out;
}
/**
 * Whether a code checks figures' arithmetic (FL1xx, FL3xx), not their layout or characters: a slip
 * it reports on the figure itself is reported, whichever check saw it (a Schedule II balance that
 * breaks its row also breaks the chain of balances, FL105, which names the figure first).
 */
function arithmetic(code) {
    return code.startsWith('FL1') || code.startsWith('FL3');
}
/**
 * Slips in a product across the rows (facts/products.ts): for each product that holds on every row,
 * the result of its first body row changed by a digit and by a transposition; found when FL104 or
 * FL101 reports that figure.
 */
function products(file, t, local, offset) {
    const out = [];
    for (const product of (0, products_1.productsOf)(t)) {
        if (product.fails.length > 0)
            continue;
        const row = product.holds.find((r) => r.kind === 'body' && !local[r.cells[product.result].span.line].includes('\t'));
        if (!row)
            continue;
        const cell = row.cells[product.result];
        const digits = (0, replace_1.shownText)(local[cell.span.line], cell.span);
        for (const { slip, to, mutated } of slipsOf(local, cell, digits)) {
            const kind = slip === 'digit' ? 'product digit' : 'product transposition';
            const found = (0, core_1.analyze)(mutated.join('\n')).findings.some((x) => (x.code === 'FL104' || x.code === 'FL101') &&
                x.span.line === cell.span.line &&
                x.span.start === cell.span.start);
            out.push({ kind, scope: 'relation', file, line: cell.span.line + offset + 1, from: digits, to, found });
        }
    }
    return out;
}
/**
 * One percent change slipped in every change column the rows confirm (a digit raised, two digits
 * transposed), on a row whose change has two digits or more; found when FL107 reports that figure.
 */
function changes(file, t, local, offset) {
    const out = [];
    for (const change of (0, percentChanges_1.percentChanges)(t)) {
        if (change.failing.length > 0)
            continue;
        const r = change.rows.find((x) => {
            const v = x.cell.value.units;
            return (v < 0n ? -v : v) >= 10n && !local[x.cell.span.line].includes('\t');
        });
        if (!r)
            continue;
        const { cell } = r;
        const digits = (0, replace_1.shownText)(local[cell.span.line], cell.span);
        for (const { slip, to, mutated } of slipsOf(local, cell, digits)) {
            const kind = slip === 'digit' ? 'change digit' : 'change transposition';
            const found = (0, core_1.analyze)(mutated.join('\n')).findings.some((x) => x.code === 'FL107' && x.span.line === cell.span.line && x.span.start === cell.span.start);
            out.push({ kind, scope: 'relation', file, line: cell.span.line + offset + 1, from: digits, to, found });
        }
    }
    return out;
}
/**
 * Each table of a filing with its lines cut out and parsed alone (the excerpt a mutation is linted
 * in); tables that do not parse as one table alone are passed over. An HTML table's lines are read
 * as an HTML document of their own, between an opening and a closing tag. The last filing's
 * excerpts are kept: a corpus run cuts each filing for every kind of slip.
 */
function excerpts(text) {
    if (lastExcerpts?.text === text)
        return lastExcerpts.out;
    const lines = text.split(/\r\n|\r|\n/);
    const out = [];
    const { tables } = (0, core_1.parseFiling)(lines.join('\n'));
    for (const table of tables) {
        const html = table.source === 'html';
        // Lines that hold another table whole (a document on a few long lines) cut out as several
        // tables: passed over before they are read, as reading each long line again takes minutes.
        if (html && holdsAnother(tables, table))
            continue;
        const cut = lines.slice(table.startLine, table.endLine + 1);
        const local = html ? ['<html><body>', ...cut, '</body></html>'] : cut;
        const own = (0, core_1.parseFiling)(local.join('\n'));
        if (own.tables.length === 1) {
            out.push({ table, t: own.tables[0], local, offset: table.startLine + (html ? 0 : 1), html });
        }
    }
    lastExcerpts = { text, out };
    return out;
}
let lastExcerpts;
/** Whether the lines of `table` hold another of `tables` whole. */
function holdsAnother(tables, table) {
    return tables.some((t) => t !== table && t.startLine >= table.startLine && t.endLine <= table.endLine);
}
/** Marks the results from `from` on as made in an HTML table. */
function markHtml(results, from, html) {
    if (html)
        for (let k = from; k < results.length; k++)
            results[k].html = true;
}
function mutate(file, text) {
    const out = [];
    for (const { t, local, offset, html } of excerpts(text)) {
        const from = out.length;
        out.push(...acrossRows(file, t, local, offset - 1));
        out.push(...changes(file, t, local, offset - 1));
        out.push(...products(file, t, local, offset - 1));
        const single = confirmed(t, true);
        const f = single ?? confirmed(t, false);
        if (!f) {
            markHtml(out, from, html);
            continue;
        }
        const scope = single ? 'single reading' : 'other readings';
        const cell = target(f, local);
        if (cell) {
            const digits = (0, replace_1.shownText)(local[cell.span.line], cell.span);
            for (const { slip: kind, to, mutated } of slipsOf(local, cell, digits)) {
                const total = f.total.cells[f.column];
                // FL105 names the figure instead where it is a year's opening balance that the year before's
                // closing one mends (the footing it explains is reported there, once).
                const found = (0, core_1.analyze)(mutated.join('\n')).findings.some((x) => (x.severity === 'error' || x.severity === 'warning') &&
                    ((x.code === 'FL101' && x.span.line === total.span.line && x.span.start === total.span.start) ||
                        ((x.code === 'FL101' || x.code === 'FL105') &&
                            x.span.line === cell.span.line &&
                            x.span.start === cell.span.start)));
                out.push({ kind, scope, file, line: cell.span.line + offset, from: digits, to, found });
            }
        }
        out.push(...exchanged(file, t, f, local, offset));
        // Alignment is not checked in HTML, where no figure has a column to be out of.
        const shift = html ? undefined : shifted(t, local);
        if (shift) {
            const { cell: c, lines: mutated } = shift;
            const found = (0, core_1.analyze)(mutated.join('\n')).findings.some((x) => x.code === 'FL201' && x.span.line === c.span.line && x.span.start === c.span.start - 2);
            out.push({
                kind: 'shift',
                scope,
                file,
                line: c.span.line + offset,
                from: c.text.trim(),
                to: 'moved 2 left',
                found,
            });
        }
        markHtml(out, from, html);
    }
    return out;
}
/**
 * Two figures of one row exchanged between two columns that foot at one total (a typist's slip of
 * columns, not of digits): the first row of the footing's rows whose figures in both columns differ
 * and are written as wide. Found when FL101 names either figure or either total.
 */
function exchanged(file, t, f, local, offset) {
    const sibling = (0, core_1.factsOf)(t).footings.find((g) => g.total === f.total && g.column !== f.column && g.ok);
    if (!sibling)
        return [];
    for (const row of f.segment) {
        const [a, b] = [row.cells[f.column], row.cells[sibling.column]];
        if (!a?.value || !b?.value || a.percent || b.percent || a.span.line !== b.span.line)
            continue;
        const line = a.span.line;
        if (local[line].includes('\t'))
            continue;
        const [x, y] = [(0, replace_1.shownText)(local[a.span.line], a.span), (0, replace_1.shownText)(local[b.span.line], b.span)];
        if (x === y || x.length !== y.length || a.value.units === 0n || b.value.units === 0n)
            continue;
        const mutated = [...local];
        // The right-hand figure first, so that the left one's span still holds.
        const [left, right] = a.span.start < b.span.start ? [a, b] : [b, a];
        const [leftTo, rightTo] = left === a ? [y, x] : [x, y];
        mutated[line] = replaceAt(replaceAt(local[line], right.span.start, right.span.end, rightTo), left.span.start, left.span.end, leftTo);
        const at = [a, b, f.total.cells[f.column], sibling.total.cells[sibling.column]].map((c) => c.span);
        const found = (0, core_1.analyze)(mutated.join('\n')).findings.some((x) => x.code === 'FL101' && at.some((s) => s.line === x.span.line && s.start === x.span.start));
        return [
            {
                kind: 'exchanged figures',
                scope: 'relation',
                file,
                line: line + offset,
                from: `${x} ${y}`,
                to: `${y} ${x}`,
                found,
            },
        ];
    }
    return [];
}
/**
 * Every roll-forward of a filing that ties, with one movement slipped (its leading digit raised by
 * one, as `bumped` does): in each segment that ties on a movement that is not zero, the first such
 * movement of two digits or more, linted in an excerpt of its table. Found when FL105 names that
 * figure or the closing balance, or FL101 names it or the total it is part of (a closing balance
 * under a rule is footing's). `single reading`: every segment of the table ties, and on two
 * segments or columns at least, so that one still ties to confirm the reading once a figure slips.
 */
function mutateRollForwards(file, text) {
    const out = [];
    for (const { t, local, offset, html } of excerpts(text)) {
        const from = out.length;
        const { ties } = (0, rollForwards_1.rollForwardsOf)(t);
        // A slip is told only where the reading ties elsewhere in the table: a roll-forward alone in its
        // table (one column, one block) is measured, not held to it.
        const confirmable = ties.every((x) => x.ok) && ties.filter((x) => x.nonTrivial).length >= 2;
        const scope = confirmable ? 'single reading' : 'other readings';
        const done = new Set();
        for (const x of ties) {
            if (!x.ok || !x.nonTrivial || done.has(x.segment))
                continue;
            const cell = x.segment.movements
                .map((r) => r.cells[x.column])
                .find((c) => !!c?.value &&
                !c.percent &&
                !x.segment.hidden.has(c) &&
                (c.value.units < 0n ? -c.value.units : c.value.units) >= 10n &&
                !local[c.span.line].includes('\t'));
            if (!cell)
                continue;
            done.add(x.segment);
            const digits = (0, replace_1.shownText)(local[cell.span.line], cell.span);
            const to = bumped(digits);
            if (!to)
                continue;
            const mutated = [...local];
            mutated[cell.span.line] = replaceFigure(local[cell.span.line], cell.span, to);
            const close = x.segment.close.cells[x.column];
            const at = (f, c) => f.span.line === c.span.line && f.span.start === c.span.start;
            const found = (0, core_1.analyze)(mutated.join('\n')).findings.some((f) => (f.code === 'FL105' || f.code === 'FL101') &&
                (f.severity === 'error' || f.severity === 'warning') &&
                (at(f, cell) ||
                    at(f, close) ||
                    (f.code === 'FL101' && f.related.some((r) => r.span.line === cell.span.line))));
            out.push({ kind: 'movement', scope, file, line: cell.span.line + offset, from: digits, to, found });
        }
        markHtml(out, from, html);
    }
    return out;
}
/**
 * The opening balance of a year slipped, in every table whose years roll forward and chain (each year
 * opens with the balance the year before closed with, in the column beside): the year no longer rolls
 * forward, and the prior year's closing figure mends it. Found when FL105 names the opening figure
 * and offers the figure it was.
 */
function mutateChains(file, text) {
    const out = [];
    for (const { t, local, offset, html } of excerpts(text)) {
        const from = out.length;
        // Down a schedule's rows, where both rows keep the relation the rows show. A slip within the
        // rounding of a rounded schedule (6 for 7, in millions) leaves its row adding up: then the two
        // balances printed two ways are a warning.
        for (const chain of (0, periodChains_1.scheduleChainsOf)(t)) {
            if (chain.ok && chain.bothHold) {
                out.push(...openingSlips(file, offset, local, chain.open, 'schedule chain', true));
            }
        }
        for (const chain of (0, periodChains_1.periodChainsOf)(t)) {
            if (chain.ok && chain.bothTie)
                out.push(...openingSlips(file, offset, local, chain.open, 'chain', false));
        }
        markHtml(out, from, html);
    }
    return out;
}
/**
 * A chained opening figure slipped each way there is; found when FL105 names it with the figure it
 * was as the fix (or, `warned`, as a warning).
 */
function openingSlips(file, offset, local, open, kind, warned) {
    const { span } = open;
    if (local[span.line].includes('\t'))
        return [];
    const digits = local[span.line].slice(span.start, span.end);
    return slipsOf(local, open, digits).map(({ slip, to, mutated }) => {
        const found = (0, core_1.analyze)(mutated.join('\n')).findings.some((f) => f.code === 'FL105' &&
            f.span.line === span.line &&
            f.span.start <= span.start &&
            ((warned && f.severity === 'warning') ||
                (f.severity === 'error' &&
                    f.fix?.edits.some((e) => e.newText.replace(/\D/g, '') === digits.replace(/\D/g, '')) === true)));
        return {
            kind: `${kind} ${slip}`,
            scope: 'relation',
            file,
            line: span.line + offset,
            from: digits,
            to,
            found,
        };
    });
}
/** Whether a finding's range starts where a place does. */
function names(f, place) {
    return f.span.line === place.line && f.span.start === place.start;
}
/**
 * Each target figure of a whole filing slipped each way there is (its first digit raised, two digits
 * transposed), the filing analysed again after each, incrementally from `cache`. Found when `found`
 * holds of the findings, given the target's place and the places its finding may name instead.
 */
function slippedInFiling(file, lines, cache, targets, kinds, found) {
    const out = [];
    for (const { place, named } of targets) {
        const digits = lines[place.line].slice(place.start, place.end);
        const cell = { span: place };
        for (const { slip, to, mutated } of slipsOf(lines, cell, digits)) {
            const { findings } = (0, core_1.analyzeLines)(mutated, { cache });
            out.push({
                kind: kinds[slip],
                scope: 'relation',
                file,
                line: place.line + 1,
                from: digits,
                to,
                found: found(findings, place, named),
            });
        }
    }
    return out;
}
/**
 * A filing analysed once, the targets `pick` finds in it, each slipped each way there is and the
 * filing analysed again after each (see slippedInFiling).
 */
function slippedTargets(file, text, pick, kinds, found) {
    const lines = text.split(/\r\n|\r|\n/);
    const cache = (0, core_1.createParseCache)();
    const { model } = (0, core_1.analyzeLines)(lines.slice(), { cache });
    return slippedInFiling(file, lines, cache, pick(model, lines), kinds, found);
}
/**
 * Every pair of tables of a filing where the later repeats the earlier's figures and one more
 * difference would still leave them repeating each other: the first figure of three digits or more
 * they state alike, slipped in the later table each way there is. Found when FL305 names that figure
 * or the earlier table's.
 */
/** Whether two figures are equal once the finer is rounded to the coarser's places. */
function roundedAlike(a, b) {
    return a.scale >= b.scale ? (0, decimal_1.cmp)((0, decimal_1.roundTo)(a, b.scale), b) === 0 : (0, decimal_1.cmp)((0, decimal_1.roundTo)(b, a.scale), a) === 0;
}
function mutateRepeatedFigures(file, text) {
    const lines = text.split(/\r\n|\r|\n/);
    const cache = (0, core_1.createParseCache)();
    const { model } = (0, core_1.analyzeLines)(lines.slice(), { cache });
    // Places are copied before any slip: a figure replaced in place moves nothing.
    const targets = [];
    for (const table of model.tables) {
        if (table.source === 'html')
            continue;
        const own = (0, repeatedFigures_1.figuresOf)(table);
        for (const r of (0, repeatedFigures_1.repeatsOf)(model, table)) {
            if (r.other.startLine >= table.startLine)
                continue;
            if (r.differing + 1 > repeatedFigures_1.MAX_DIFFERING || 4 * (r.differing + 1) > r.agreeing - 1)
                continue;
            const target = [...own.values()].flat().find((f) => {
                const g = (0, repeatedFigures_1.sameFigureIn)(r.other, f);
                const v = f.cell.value;
                return (!!g &&
                    // Equal once the finer is rounded to the coarser's places: then one slip of either
                    // figure is one slip between them (two figures a rounding plug apart, 3,272.3 and 3,273,
                    // are the same figure, but a slip of one is not then a slip from the other).
                    roundedAlike(v, g.cell.value) &&
                    (v.units < 0n ? -v.units : v.units) >= 100n &&
                    !lines[f.cell.span.line].includes('\t'));
            });
            if (!target)
                continue;
            const other = (0, repeatedFigures_1.sameFigureIn)(r.other, target).cell;
            targets.push({ place: { ...target.cell.span }, named: [{ ...other.span }] });
        }
    }
    return slippedInFiling(file, lines, cache, targets, { digit: 'repeated digit', transposition: 'repeated transposition' }, (findings, place, named) => findings.some((x) => x.code === 'FL305' && (names(x, place) || names(x, named[0]))));
}
/**
 * Every balance sheet of a filing whose two totals are found: its total liabilities and equity at its
 * first date slipped each way there is. Found when FL306 names either total, or FL101 the slipped one.
 */
function mutateBalances(file, text) {
    return slippedTargets(file, text, (model, lines) => {
        const done = new Set();
        const targets = [];
        for (const tie of (0, balanceSheets_1.balanceTies)(model.tables)) {
            if (done.has(tie.assetsTable) || lines[tie.claims.span.line].includes('\t'))
                continue;
            done.add(tie.assetsTable);
            targets.push({ place: { ...tie.claims.span }, named: [{ ...tie.assets.span }] });
        }
        return targets;
    }, { digit: 'balance digit', transposition: 'balance transposition' }, (findings, place, named) => findings.some((x) => (x.code === 'FL306' && (names(x, place) || names(x, named[0]))) ||
        (x.code === 'FL101' && (x.severity === 'error' || x.severity === 'warning') && names(x, place))));
}
/**
 * Every quarterly table with three agreeing ties or more (one slipped leaves the two FL311 asks
 * for): the first quarter of each agreeing line, of three digits or more, slipped each way there
 * is. Found when FL311 names that quarter, as its cell or among its related places.
 */
function mutateQuarterlyTotals(file, text) {
    return slippedTargets(file, text, (model, lines) => {
        const ties = (0, quarterlyTotals_1.quarterTies)(model);
        const targets = [];
        for (const tie of ties) {
            if (!tie.agrees || !tie.telling || tie.table.source === 'html')
                continue;
            const agreeing = ties.filter((t) => t.table === tie.table && t.agrees && t.telling).length;
            if (agreeing < 3)
                continue;
            const quarter = tie.quarters.find((c) => {
                const v = c.value;
                return (v.units < 0n ? -v.units : v.units) >= 100n && !lines[c.span.line].includes('\t');
            });
            if (quarter)
                targets.push({ place: { ...quarter.span }, named: [] });
        }
        return targets;
    }, { digit: 'quarter digit', transposition: 'quarter transposition' }, (findings, place) => findings.some((x) => x.code === 'FL311' &&
        (names(x, place) || x.related.some((r) => r.span.line === place.line && r.span.start === place.start))));
}
/**
 * Every table whose rows of percentages of sales are read (facts/percentRows.ts) with four agreeing
 * percentages or more (one slipped leaves the three and two thirds the reading asks for): the
 * first agreeing percentage of each percent row, slipped each way there is. Found when FL102 names it.
 */
function mutatePercentRows(file, text) {
    return slippedTargets(file, text, (model, lines) => {
        const targets = [];
        for (const table of model.tables) {
            const read = (0, percentRows_1.percentRowsOf)(table);
            if (!read || table.source === 'html')
                continue;
            const agreeing = read.cells.filter((c) => c.ok);
            if (agreeing.length < 4 || 3 * (agreeing.length - 1) < 2 * read.cells.length)
                continue;
            for (const row of new Set(agreeing.map((c) => c.row))) {
                const cell = agreeing.find((c) => c.row === row && c.cell.value.units !== 0n)?.cell;
                if (cell && !lines[cell.span.line].includes('\t'))
                    targets.push({ place: { ...cell.span }, named: [] });
            }
        }
        return targets;
    }, { digit: 'percent row digit', transposition: 'percent row transposition' }, (findings, place) => findings.some((x) => x.code === 'FL102' && names(x, place)));
}
/**
 * Every tie between two statements of a text filing whose figures agree (net income in the cash-flow
 * statement and the income statement, cash at the end of a period and the balance sheet's): the
 * cash-flow statement's figure, of two digits or more, slipped each way there is. Found when FL304
 * names it or the figure it is tied to.
 */
function mutateStatementTies(file, text) {
    return slippedTargets(file, text, (model, lines) => {
        const targets = [];
        for (const tie of (0, statements_1.statementTies)(model.tables)) {
            if (tie.slipOnly || tie.table.source === 'html' || (0, decimal_1.cmp)(tie.cell.value, tie.other.value) !== 0)
                continue;
            const v = tie.cell.value;
            if ((v.units < 0n ? -v.units : v.units) < 10n || lines[tie.cell.span.line].includes('\t'))
                continue;
            targets.push({ place: { ...tie.cell.span }, named: [{ ...tie.other.span }] });
        }
        return targets;
    }, { digit: 'statement tie digit', transposition: 'statement tie transposition' }, (findings, place, named) => findings.some((x) => x.code === 'FL304' && (names(x, place) || names(x, named[0]))));
}
/**
 * Every figure of a financial data schedule (EX-27) tied to its statement and agreeing with it, but
 * earnings per share (a statement prints several, and a slip may land on another): slipped each way
 * there is. Found when FL304 names it.
 */
function mutateScheduleTies(file, text) {
    return slippedTargets(file, text, (model, lines) => {
        const targets = [];
        for (const tie of (0, statements_1.scheduleTies)(model)) {
            if (tie.agrees !== true || tie.item.includes('per share'))
                continue;
            const v = tie.figure.value;
            if ((v.units < 0n ? -v.units : v.units) < 10n || lines[tie.tag.line].includes('\t'))
                continue;
            targets.push({ place: { line: tie.tag.line, start: tie.figure.start, end: tie.figure.end }, named: [] });
        }
        return targets;
    }, { digit: 'schedule tie digit', transposition: 'schedule tie transposition' }, (findings, place) => findings.some((x) => x.code === 'FL304' && names(x, place)));
}
/**
 * Every balance of options whose weighted-average price the table by range of exercise prices gives
 * alike: the activity table's price slipped each way there is. Found when FL312 names it.
 */
function mutateOptionPriceTies(file, text) {
    return slippedTargets(file, text, (model, lines) => {
        const targets = [];
        for (const tie of (0, optionPrices_1.optionPriceTies)(model)) {
            if (!tie.ok || tie.at.table.source === 'html' || lines[tie.at.priceCell.span.line].includes('\t'))
                continue;
            targets.push({ place: { ...tie.at.priceCell.span }, named: [] });
        }
        return targets;
    }, { digit: 'option price digit', transposition: 'option price transposition' }, (findings, place) => findings.some((x) => x.code === 'FL312' && names(x, place)));
}
/**
 * Every table continued by columns on the next page whose total keeps a relation across both parts
 * on every row (facts/continuedColumns.ts): for each such relation, the first of its terms in the part
 * above, in the first body row where every figure of the relation is read and not zero, of three
 * digits or more, slipped each way there is. Found when FL315 names that figure or the row's total
 * (a slip in a term is as well one in the total, which is named first, as FL104 names it).
 */
function mutateContinuedColumns(file, text) {
    return slippedTargets(file, text, (model, lines) => {
        const targets = [];
        for (const c of (0, continuedColumns_1.continuedColumns)(model.tables)) {
            const split = c.above.columns.length - 1;
            for (const relation of c.relations) {
                if (relation.fails.length > 0)
                    continue;
                const columns = [relation.result, ...relation.terms.map((t) => t.column)];
                for (const row of relation.holds) {
                    if (row.kind !== 'body' ||
                        !columns.every((i) => row.cells[i]?.value && row.cells[i].value.units !== 0n)) {
                        continue;
                    }
                    const term = relation.terms.find((t) => {
                        const cell = row.cells[t.column];
                        const v = cell.value.units;
                        return t.column <= split && (v < 0n ? -v : v) >= 100n && !lines[cell.span.line].includes('\t');
                    });
                    if (!term)
                        continue;
                    const total = row.cells[relation.result];
                    targets.push({ place: { ...row.cells[term.column].span }, named: [{ ...total.span }] });
                    break;
                }
            }
        }
        return targets;
    }, { digit: 'continued columns digit', transposition: 'continued columns transposition' }, (findings, place, named) => findings.some((x) => x.code === 'FL315' &&
        (x.severity === 'error' || x.severity === 'warning') &&
        (names(x, place) || names(x, named[0]))));
}
//# sourceMappingURL=mutations.js.map