"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GRID_UNIT = void 0;
exports.buildBody = buildBody;
const body_1 = require("../body");
const lines_1 = require("../lines");
const grid_1 = require("./grid");
const scan_1 = require("./scan");
/** Display units per grid column: rules and cells are compared in them (a rule over columns 7-8, a cell in 8). */
exports.GRID_UNIT = 10;
const RULE_TEXT = /^(?:[_]{2,}|[-]{3,}|[=]{3,})$/;
/** Where a rule is drawn over a row: its side's border on the row or its cells, over which grid columns. */
function borderOf(row, side) {
    let char = row.raw[side];
    let start = Infinity;
    let end = -1;
    for (const c of row.cells) {
        const b = c.raw[side] ?? row.raw[side];
        if (!b)
            continue;
        if (b === '=' || !char)
            char = b;
        start = Math.min(start, c.g0);
        end = Math.max(end, c.g1);
    }
    if (!char || end < 0)
        return null;
    return { char, start: start * exports.GRID_UNIT, end: end * exports.GRID_UNIT };
}
/** A row drawn as a rule in characters: nothing but underscores, dashes or equals signs. */
function ruleRow(row) {
    let char;
    let start = Infinity;
    let end = -1;
    for (const c of row.cells) {
        if (!c.text)
            continue;
        if (!RULE_TEXT.test(c.text))
            return null;
        char = c.text[0];
        start = Math.min(start, c.g0);
        end = Math.max(end, c.g1);
    }
    return char ? { char, start: start * exports.GRID_UNIT, end: end * exports.GRID_UNIT } : null;
}
function buildBody(src, grid, from, layout) {
    const { labelCol, columnOf, columnCount } = layout;
    const base = src.lineOf(grid[from].raw.start);
    let slot = 0;
    const rows = [];
    const rules = [];
    let pending = null;
    let gap = false;
    // As body.ts reads a text table: a row right under a rule is a total, unless the rule is double.
    const underRule = new Set();
    let numeric = 0;
    let last = grid[from].raw.start;
    const addPending = (r) => {
        if (!pending)
            pending = { ...r };
        else {
            if (r.char === '=')
                pending.char = '=';
            pending.start = Math.min(pending.start, r.start);
            pending.end = Math.max(pending.end, r.end);
        }
    };
    for (let i = from; i < grid.length; i++) {
        const row = grid[i];
        const top = borderOf(row, 'top');
        if (top && rows.length > 0)
            addPending(top);
        const drawn = ruleRow(row);
        const hasText = row.cells.some((c) => c.text);
        if (drawn) {
            if (rows.length > 0)
                addPending(drawn);
            continue;
        }
        if (!hasText) {
            const bottom = borderOf(row, 'bottom');
            if (bottom && rows.length > 0)
                addPending(bottom);
            else if (!top && rows.length > 0 && !pending)
                gap = true;
            continue;
        }
        let ruled;
        if (pending) {
            const p = pending;
            slot++;
            rules.push({
                line: base + slot,
                start: 0,
                end: 0,
                display: { start: p.start, end: p.end },
                char: p.char === '_' ? '_' : p.char,
            });
            ruled = p.char;
            pending = null;
        }
        else if (gap)
            slot++;
        gap = false;
        slot++;
        const line = base + slot;
        const made = makeRow(src, row, line, labelCol, columnOf, columnCount);
        if (made.kind === 'body') {
            numeric++;
            if (ruled && ruled !== '=')
                underRule.add(made);
            const previous = rows[rows.length - 1];
            // A `Total ...` row without a rule is a total only right under the rows it adds; after a gap
            // or a heading it leads the rows below it.
            const rightUnder = previous !== undefined && previous.kind !== 'heading' && previous.line === line - 1;
            // A rule right under a heading that opens a block (the table's first row, or one after a total
            // or another heading: FedEx's `Asset Class (International Plan)` under its U.S. plan's total)
            // underlines it: the labelled row below starts the heading's rows, with none above it to add.
            // A heading among a block's rows (a line of words between movements) leaves its rule a total's.
            const beforeHeading = rows[rows.length - 2];
            const underHeading = previous?.kind === 'heading' &&
                (beforeHeading === undefined || beforeHeading.kind === 'total' || beforeHeading.kind === 'heading') &&
                made.label !== '' &&
                !(0, body_1.isTotalLabel)(made.label);
            if ((ruled && ruled !== '=' && !underHeading) || (!ruled && rightUnder && (0, body_1.isTotalLabel)(made.label))) {
                made.kind = 'total';
            }
        }
        rows.push(made);
        last = row.raw.start;
        const bottom = borderOf(row, 'bottom');
        if (bottom)
            addPending(bottom);
    }
    if (pending) {
        const p = pending;
        rules.push({ line: base + slot + 1, start: 0, end: 0, display: { start: p.start, end: p.end }, char: p.char });
    }
    // Empty rows between (nearly) every two rows space the table out, as a grid's rules draw it: they
    // part no groups, and a `Total ...` row after one closes the rows above it.
    if (spacedThroughout(rows)) {
        rows.forEach((r, k) => {
            if (r.kind === 'body' && k > 0 && rows[k - 1].kind !== 'heading' && (0, body_1.isTotalLabel)(r.label))
                r.kind = 'total';
        });
    }
    // Rules under (nearly) every row draw a grid, not totals: only rows that say they are totals are.
    // The first row has no rule of the body above it, so a short table's grid is its other rows'.
    // An unlabelled row there is a total only where it closes its rows (the last of them, or the last
    // before a heading); one followed by more items is a line of the item above it (a second grant).
    if (numeric >= body_1.GRID_ROWS && (0, body_1.nearlyAll)(underRule.size, numeric - 1)) {
        rows.forEach((r, k) => {
            if (r.kind !== 'total' || (0, body_1.isTotalLabel)(r.label))
                return;
            const next = rows[k + 1];
            if (r.label !== '' || (next && next.kind !== 'heading' && next.label !== '' && !(0, body_1.isTotalLabel)(next.label))) {
                r.kind = 'body';
            }
        });
    }
    return { rows, rules, first: grid[from].raw.start, last };
}
/**
 * A negative figure whose parentheses do not pair (`(32,546` left open, or closed twice): a figure
 * misprinted in its column, not a piece of the label, even before the row's first figure; so is a
 * figure with stray characters typed after it (`157,603..`, lines.ts `isStrayTyped`). (Figures
 * without a parenthesis are left as they were: `7,10` before the amounts is a list of notes.)
 */
const MISPRINTED = /^\(\$?\s*\d[\d,.]*\)*%?$/;
function isMisprinted(c, labelCol, columnOf) {
    return !c.figure && c.g0 > labelCol && (MISPRINTED.test(c.text) || (0, lines_1.isStrayTyped)(c.text)) && columnOf.has(c.g1 - 1);
}
/** A cell of closing parentheses alone, beside a figure: `)`, `))`. */
const PARENS_ONLY = /^\)+$/;
/** One row: its label, its figures in the model's columns, and what among them could not be read. */
function makeRow(src, row, line, labelCol, columnOf, columnCount) {
    const cells = new Array(columnCount + 1);
    const unread = [];
    const labelParts = [];
    const firstFigure = row.cells.findIndex((c) => c.figure && c.g0 > labelCol && columnOf.has(c.figure.key));
    for (let k = 0; k < row.cells.length; k++) {
        const c = row.cells[k];
        if (!c.text || c.absorbed)
            continue;
        const misprinted = isMisprinted(c, labelCol, columnOf);
        // `$` in a cell of its own before a misprinted figure is the figure's, not the label's (before a
        // figure that reads, the grid has joined them).
        const next = row.cells[k + 1];
        const currencyOfNext = c.text === '$' && c.g0 > labelCol && next?.absorbed === false;
        if (currencyOfNext && isMisprinted(next, labelCol, columnOf))
            continue;
        if (!misprinted && (c.g0 <= labelCol || (firstFigure >= 0 ? k < firstFigure : !c.figure))) {
            labelParts.push(c);
            continue;
        }
        const column = c.figure ? columnOf.get(c.figure.key) : columnOf.get(c.g1 - 1);
        if (column === undefined)
            continue;
        if (!c.figure) {
            if (!/\d/.test(c.text))
                continue;
            // The parentheses set in the cell beside it are read with it, as printed: `(32,546` `))`.
            if (misprinted && next && !next.absorbed && !next.figure && PARENS_ONLY.test(next.text)) {
                unread.push(textOnly(column, `${c.text}${next.text}`, textSpan(src, c), c.g0, next.g1));
                k++;
            }
            else
                unread.push(textCell(src, c, column));
            continue;
        }
        const cell = figureCell(src, c, column);
        if (cells[column])
            unread.push(cell);
        else
            cells[column] = cell;
    }
    // A label cell whose `rowspan` reaches this row labels it too: a second line of the same item
    // (a person's second grant), not an unlabelled total.
    if (labelParts.length === 0) {
        for (const c of row.spanned)
            if (c.g0 <= labelCol && c.text && !c.figure)
                labelParts.push(c);
    }
    // Spacers that print nothing (a zero-width space in a cell of its own) are no part of the label.
    const label = labelParts
        .map((c) => (0, grid_1.withoutInvisible)(c.text).trim())
        .filter((t) => t !== '')
        .join(' ')
        .trim();
    if (labelParts.length > 0)
        cells[0] = labelCell(src, labelParts[0], labelParts[labelParts.length - 1]);
    const hasFigures = cells.some((c, k) => k > 0 && c !== undefined) || unread.length > 0;
    return { kind: hasFigures ? 'body' : 'heading', label, lines: [line], line, cells: hasFigures ? cells : [], unread };
}
/** Whether an empty row stands between (nearly) every two rows with text (GRID_ROWS of them at least). */
function spacedThroughout(rows) {
    if (rows.length < body_1.GRID_ROWS)
        return false;
    let spaced = 0;
    for (let k = 1; k < rows.length; k++)
        if (rows[k].lines[0] - rows[k - 1].line > 1)
            spaced++;
    return (0, body_1.nearlyAll)(spaced, rows.length - 1);
}
function figureCell(src, c, column) {
    const f = c.figure;
    const n = f.number;
    const display = { start: c.g0 * exports.GRID_UNIT, end: c.g1 * exports.GRID_UNIT };
    return {
        column,
        text: f.text,
        span: src.span(f.start, f.end),
        display,
        edge: display.end,
        marker: c.raw.markers.join(''),
        afterLeader: undefined,
        value: n.dash ? null : n.value,
        dollar: f.dollar,
        percent: f.percent,
    };
}
/** A cell's text from its first character above a space to its last, as a span. */
function textSpan(src, c, last = c) {
    const a = c.raw.text.length - c.raw.text.trimStart().length;
    const b = last.raw.text.trimEnd().length;
    const start = (0, scan_1.sourceOffset)(c.raw, a);
    const end = b > 0 ? (0, scan_1.sourceEnd)(last.raw, b - 1, src.html) : start;
    return src.span(start, Math.max(start, end));
}
/** A cell of text (no figure) over grid columns g0 to g1. */
function textOnly(column, text, span, g0, g1) {
    const display = { start: g0 * exports.GRID_UNIT, end: g1 * exports.GRID_UNIT };
    return {
        column,
        text,
        span,
        display,
        edge: display.end,
        marker: '',
        afterLeader: undefined,
        value: null,
        dollar: false,
        percent: false,
    };
}
function textCell(src, c, column) {
    return textOnly(column, c.text, textSpan(src, c), c.g0, c.g1);
}
function labelCell(src, first, last) {
    const text = first === last ? first.text : `${first.text} ${last.text}`;
    return textOnly(0, text, textSpan(src, first, first), first.g0, last.g1);
}
//# sourceMappingURL=rows.js.map