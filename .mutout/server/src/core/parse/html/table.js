"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildHtmlTables = buildHtmlTables;
const columns_1 = require("../columns");
const header_1 = require("../header");
const grid_1 = require("./grid");
const header_2 = require("./header");
const rows_1 = require("./rows");
const footnotes_1 = require("./footnotes");
const stacked_1 = require("./stacked");
/**
 * The grid column of the row labels: where most rows that start with words, and have a figure right
 * of them, start them (a `Total` row's label says where the labels are when every other label is a
 * number, a model year or a rate). Rows of words alone are headings: a table of two rows under four
 * heading rows set from the first figure's column (`Three Months Ended`, `March 31,`,
 * `(unaudited)`, Alphabet's other income) has its labels where its two rows have them. With fewer
 * than two such rows, where most rows that start with words start them; in a table with no words
 * on its rows, the first column with anything in it.
 */
function labelColumn(grid) {
    const labelled = new Map();
    const worded = new Map();
    let first = Infinity;
    for (const row of grid) {
        const c = row.cells.find((x) => x.text && !x.absorbed);
        if (!c)
            continue;
        first = Math.min(first, c.g0);
        if (c.figure)
            continue;
        worded.set(c.g0, (worded.get(c.g0) ?? 0) + 1);
        if (row.cells.some((x) => x.figure && x.g0 > c.g0))
            labelled.set(c.g0, (labelled.get(c.g0) ?? 0) + 1);
    }
    // Two rows at least: one row of words and figures (a label spanning rows of month numbers) is
    // not evidence enough against the others.
    const best = mostOf((labelled.get(mostOf(labelled)) ?? 0) >= 2 ? labelled : worded);
    return best >= 0 ? best : Number.isFinite(first) ? first : 0;
}
/** The column most rows count, the leftmost of a tie; -1 for none. */
function mostOf(counts) {
    let best = -1;
    let n = 0;
    for (const [col, k] of counts)
        if (k > n || (k === n && col < best))
            [best, n] = [col, k];
    return best;
}
/**
 * The first row of figures: a row with a figure right of the labels that is not a heading of years.
 * A heading of years may have words over the labels (`CATEGORY  2010  2009`, `(In Millions)  2004
 * 2005 ...`): two years or more, where a row below has a figure that is not a year under one of them.
 * One year beside a label may be data (`Year built  1998`), as may a column of years to its foot.
 */
function bodyStart(grid, labelCol) {
    for (let i = 0; i < grid.length; i++) {
        const row = grid[i];
        if (!row.cells.some((c) => c.figure && c.g0 > labelCol))
            continue;
        const label = row.cells.some((c) => c.text && c.g0 <= labelCol);
        if (!label && (0, header_2.onlyYears)(row))
            continue;
        if (label && (0, header_2.yearsOnly)(row) >= 2 && amountsBelow(grid, i, row))
            continue;
        return i;
    }
    return -1;
}
/**
 * Whether a row below `at` has a figure that is not a year under one of `heading`'s years: in its
 * grid column, or within the year's cell where it spans the figure's (a year centred over the `$`
 * and the amount, as Workiva sets them).
 */
function amountsBelow(grid, at, heading) {
    const years = heading.cells.filter((c) => c.figure);
    // A figure's key is its cell's last grid column: a year's own lies within the year's cell.
    const under = (key) => years.some((y) => y.g0 <= key && key < y.g1);
    for (let i = at + 1; i < grid.length; i++) {
        for (const c of grid[i].cells)
            if (c.figure && under(c.figure.key) && !(0, header_2.isYear)(c.figure.text))
                return true;
    }
    return false;
}
/**
 * Numbers that open a row of words: list markers and item numbers (`(3)` before `Amended and Restated
 * Fund Accounting ... Agreement` in a fund's exhibit list, `10.1` before an exhibit's description),
 * not figures. A row's figures follow its label; where the row's first text is a number and words
 * of a sentence follow it (three words at least), the numbers before those words are words too. A
 * year is left as it is: `2023` over `Percent change` heads columns.
 */
function unfigureListMarkers(grid) {
    for (const row of grid) {
        const first = row.cells.findIndex((c) => c.text && !c.absorbed);
        if (first < 0 || !row.cells[first].figure || (0, header_2.isYear)(row.cells[first].figure.text))
            continue;
        const words = row.cells.findIndex((c, k) => k > first && !c.figure && !c.absorbed && isSentence(c.text));
        if (words < 0)
            continue;
        for (let k = first; k < words; k++)
            row.cells[k].figure = null;
    }
}
/**
 * Three words of two letters or more at least: a sentence, an item's description, not a column
 * heading's word or two. Counted in one pass (a pattern for it backtracks on long runs of letters).
 */
function isSentence(text) {
    let words = 0;
    let run = 0;
    for (let i = 0; i <= text.length; i++) {
        const ch = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
        if (ch >= 0x61 && ch <= 0x7a) {
            run++;
            continue;
        }
        if (run >= 2 && ++words >= 3)
            return true;
        run = 0;
    }
    return false;
}
/**
 * Figures whose cells reach past their columns. A figure is keyed by its cell's last grid column, as
 * figures are set flush right; but Workiva sets some rows' cells wider than the others (Boeing's
 * satellite deliveries over the 2022 column and one grid column more, Linde's share-based
 * compensation over paid-in capital's), and their figures would make a column of their own, left
 * out of the totals they are printed above. Such a figure is keyed by the grid column its cell
 * covers that most figures are keyed by, where that column has twice as many as the figure's own at
 * least, or where the two never share a row: a column of its own it is not. The counts are taken
 * before any figure moves.
 */
function keyOverhangingFigures(grid, from, labelCol) {
    const counts = new Map();
    // Each key's rows, and the first grid column all its figures' cells cover.
    const rowsAt = new Map();
    const coveredFrom = new Map();
    for (let i = from; i < grid.length; i++) {
        for (const c of grid[i].cells) {
            if (!c.figure || c.g0 <= labelCol)
                continue;
            const key = c.figure.key;
            counts.set(key, (counts.get(key) ?? 0) + 1);
            rowsAt.set(key, (rowsAt.get(key) ?? new Set()).add(i));
            coveredFrom.set(key, Math.max(coveredFrom.get(key) ?? 0, c.g0));
        }
    }
    // Two keys that never share a row, where every figure of the one covers the other's column, are
    // one column set two ways: Disney's negative balances take the `)` column into their cells, and
    // end a column right of the movements printed between them.
    // Decided once for each pair of keys: a long table asks it of every figure.
    const decided = new Map();
    const oneColumn = (key, k) => {
        const pair = `${key}:${k}`;
        let one = decided.get(pair);
        if (one === undefined) {
            const rows = rowsAt.get(key) ?? new Set();
            const other = rowsAt.get(k) ?? new Set();
            one = (coveredFrom.get(key) ?? Infinity) <= k && ![...rows].some((i) => other.has(i));
            decided.set(pair, one);
        }
        return one;
    };
    for (let i = from; i < grid.length; i++) {
        for (const c of grid[i].cells) {
            const f = c.figure;
            // A year is a heading set in the body (`Percent of Revenue` over `2025  2024`), not a figure.
            if (!f || c.g0 <= labelCol || c.g1 - c.g0 < 2 || (0, header_2.isYear)(f.text))
                continue;
            const own = counts.get(f.key) ?? 0;
            let best = -1;
            let most = 0;
            for (let k = c.g0; k < f.key; k++) {
                const n = counts.get(k) ?? 0;
                if (n >= most && n > 0)
                    [best, most] = [k, n];
            }
            if (best >= 0 && (most >= 2 * own || oneColumn(f.key, best)))
                f.key = best;
        }
    }
}
/** Words before a figure that make it the upper bound of a range (`$0.01 to $5,000.00`). */
const RANGE_WORD = /^(?:to|through|thru|-|–|—)$/i;
/** Columns whose figures follow `to` in two rows or more: range bounds, not amounts (not added). */
function rangeKeys(grid, from, labelCol) {
    const counts = new Map();
    for (let i = from; i < grid.length; i++) {
        const cells = grid[i].cells;
        for (let k = 1; k < cells.length; k++) {
            const f = cells[k].figure;
            if (!f || cells[k].g0 <= labelCol)
                continue;
            let p = k - 1;
            while (p >= 0 && (!cells[p].text || cells[p].absorbed))
                p--;
            // A dash that is itself a figure (a zero, in the column before) joins nothing.
            if (p >= 0 && !cells[p].figure && RANGE_WORD.test(cells[p].text))
                counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
        }
    }
    return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}
/**
 * The tables of one `<TABLE>`: one, or one per block where tables are stacked in it (stacked.ts).
 * The first block takes the caption and the paragraphs above, the last the footnotes below.
 */
function buildHtmlTables(raw, src, index, page) {
    const grid = (0, grid_1.gridOf)(raw, src.html);
    unfigureListMarkers(grid);
    const labelCol = labelColumn(grid);
    const from = bodyStart(grid, labelCol);
    if (from < 0)
        return [];
    keyOverhangingFigures(grid, from, labelCol);
    const starts = [0, ...(0, stacked_1.stackedStarts)(grid, labelCol, from)];
    const tables = [];
    let above = null;
    starts.forEach((start, k) => {
        const last = k === starts.length - 1;
        const rows = grid.slice(start, last ? grid.length : starts[k + 1]);
        const context = {
            start: k === 0 ? raw.start : rows[0].raw.start,
            end: last ? raw.end : grid[starts[k + 1]].raw.start - 1,
            caption: k === 0 ? raw.caption : null,
            before: k === 0 ? raw.before : [],
            after: last ? raw.after : [],
            nested: raw.nested,
            above,
        };
        // A table of one block is read with the label column and first row already found for it.
        const layout = starts.length === 1 ? { labelCol, from } : undefined;
        const built = buildBlock(rows, context, src, index + tables.length, page, layout);
        if (!built)
            return;
        tables.push(built.table);
        above ??= { title: built.titleBlock, scale: built.table.scale };
    });
    return tables;
}
function buildBlock(grid, raw, src, index, page, layout) {
    const labelCol = layout?.labelCol ?? labelColumn(grid);
    const from = layout?.from ?? bodyStart(grid, labelCol);
    if (from < 0)
        return null;
    const above = grid.slice(0, from).filter((r) => r.cells.some((c) => c.text));
    // The figure columns: each grid column a figure of the body is set in, left to right.
    const keys = new Set();
    for (let i = from; i < grid.length; i++) {
        for (const c of grid[i].cells)
            if (c.figure && c.g0 > labelCol)
                keys.add(c.figure.key);
    }
    const sorted = [...keys].sort((a, b) => a - b);
    // A row above the columns whose one cell spans them all names the table, not a column.
    const banner = above.find((r) => spansAll(r, labelCol, sorted[sorted.length - 1]));
    let headerRows = above.filter((r) => r !== banner);
    const columnOf = new Map();
    sorted.forEach((key, k) => columnOf.set(key, k + 1));
    const body = (0, rows_1.buildBody)(src, grid, from, { labelCol, columnOf, columnCount: sorted.length });
    if (body.rows.length < 2)
        return null;
    const caption = raw.caption;
    const bannerCell = banner?.cells.find((c) => c.text);
    let titleBlock = caption || !bannerCell ? (0, header_2.findTitle)(caption, raw.before) : { text: bannerCell.text, start: bannerCell.raw.start };
    if (!titleBlock) {
        // The heading over the labels names the table, and heads no column.
        titleBlock = labelHeading(headerRows, labelCol);
        if (titleBlock)
            headerRows = headerRows.slice(1);
    }
    // The note above, copied: moving a table moves its scale note's line, and each table is moved on its own.
    const inherited = raw.above?.scale;
    const scale = (0, header_2.findScale)(src, caption, raw.before, headerRows) ?? (inherited ? { ...inherited } : null);
    const ranges = rangeKeys(grid, from, labelCol);
    const columns = buildColumns(body.rows, sorted, headerRows, labelCol, scale !== null, ranges);
    if (!columns)
        return null;
    // A block stacked under another with no title of its own goes on with that one's (on no line of its own).
    const split = (0, header_1.splitTitleRefs)((titleBlock ?? raw.above?.title)?.text ?? '');
    const title = split.title || (0, header_1.untitledTitle)(index);
    const titleLine = split.title && titleBlock ? src.lineOf(titleBlock.start) : -1;
    const footnotes = raw.nested ? [] : (0, footnotes_1.findFootnotes)(src, raw.after);
    const tableStart = src.lineOf(raw.start);
    const tableEnd = src.lineOf(raw.end);
    const headerLines = [...new Set(headerRows.map((r) => src.lineOf(r.raw.start)))];
    const lastNote = footnotes.length ? footnotes[footnotes.length - 1].endLine : tableEnd;
    const table = {
        index,
        title,
        ...(split.title ? {} : { untitled: true }),
        titleLine,
        titleRefs: split.refs,
        headerLines,
        columns,
        rows: body.rows,
        rules: body.rules,
        footnotes,
        scale,
        startLine: titleLine >= 0 ? Math.min(titleLine, tableStart) : tableStart,
        endLine: Math.max(tableEnd, lastNote),
        bodyStartLine: src.lineOf(body.first),
        bodyEndLine: src.lineOf(body.last),
        page,
        source: 'html',
    };
    return { table, titleBlock };
}
/**
 * A table with no title above it may head its labels with one: the top header row's only words,
 * over the label column alone, above more header rows (`Ending Schedule Balance` over `Range`).
 */
function labelHeading(headerRows, labelCol) {
    if (headerRows.length < 2)
        return null;
    const cells = headerRows[0].cells.filter((c) => c.text);
    if (cells.length !== 1 || cells[0].g1 > labelCol + 1 || cells[0].figure)
        return null;
    return { text: cells[0].text, start: cells[0].raw.start };
}
/** Whether a row's only cell with text reaches from the labels over the last figure column. */
function spansAll(row, labelCol, lastKey) {
    const cells = row.cells.filter((c) => c.text);
    return cells.length === 1 && cells[0].g0 <= labelCol && cells[0].g1 > lastKey && !cells[0].figure;
}
function buildColumns(rows, keys, headerRows, labelCol, scaleNote, ranges) {
    const columns = [
        {
            index: 0,
            kind: 'label',
            start: 0,
            end: (labelCol + 1) * rows_1.GRID_UNIT,
            rightEdge: (labelCol + 1) * rows_1.GRID_UNIT,
            header: (0, header_2.headerWords)(headerRows, labelCol),
        },
    ];
    let populated = false;
    keys.forEach((key, k) => {
        const col = k + 1;
        const header = (0, header_2.headerWords)(headerRows, key);
        // A column of `(1)`, `(2)` in cells of their own under no header of its own: footnote markers
        // of the figures before them (a schedule's `Deductions 9,436 (1)`), not negatives.
        if (header.trim() === '' && (0, columns_1.markersOnly)(rows, col, () => true))
            (0, columns_1.readAsMarkers)(rows, col);
        const cells = [];
        let values = 0;
        let start = key * rows_1.GRID_UNIT;
        for (const r of rows) {
            const cell = r.cells[col];
            if (!cell)
                continue;
            cells.push(cell);
            if (cell.value)
                values++;
            start = Math.min(start, cell.display.start);
        }
        if (values >= 2)
            populated = true;
        const range = ranges.has(key);
        columns.push({
            index: col,
            kind: range ? 'number' : (0, columns_1.inferKind)({ header, cells, scaleNote }),
            start,
            end: (key + 1) * rows_1.GRID_UNIT,
            rightEdge: (key + 1) * rows_1.GRID_UNIT,
            header,
            ...(range ? { range: true } : {}),
        });
    });
    return populated ? columns : null;
}
//# sourceMappingURL=table.js.map