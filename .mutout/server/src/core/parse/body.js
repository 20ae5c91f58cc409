"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GRID_ROWS = exports.MAX_TOTALS_GAP = exports.MAX_WRAPPED_LABEL = exports.MAX_TAGGED_BLANKS = exports.MAX_BODY_BLANKS = void 0;
exports.isTotalLabel = isTotalLabel;
exports.lastBodyReach = lastBodyReach;
exports.bodyEnd = bodyEnd;
exports.isNilRow = isNilRow;
exports.isWrappedLabel = isWrappedLabel;
exports.isDeduction = isDeduction;
exports.signedBothWays = signedBothWays;
exports.scanBody = scanBody;
exports.underlinesYear = underlinesYear;
exports.nearlyAll = nearlyAll;
const lines_1 = require("./lines");
const regions_1 = require("./regions");
const header_1 = require("./header");
/** Blank lines allowed inside a table body before the table is taken to have ended. */
exports.MAX_BODY_BLANKS = 2;
/** Blank lines allowed inside a body within `<TABLE>` tags, whose tags say where it ends. */
exports.MAX_TAGGED_BLANKS = 6;
/** Lines a wrapped row label may take before its numbers. */
exports.MAX_WRAPPED_LABEL = 4;
/** Blank lines a certificateholder report's TOTALS row may sit below its body. */
exports.MAX_TOTALS_GAP = 20;
const TOTAL_LABEL = /^(?:grand\s+|sub-?\s?)?totals?\b/i;
/** A row that calls itself a total: `Total ...`, `TOTALS`, `Grand total`, `Subtotal`, `Sub-total`. */
function isTotalLabel(label) {
    return TOTAL_LABEL.test(label);
}
/**
 * A page number (`57`, `- 57 -`) alone on its line, just above a `<PAGE>` marker (or the end), or set
 * off by a blank line above it over the next page's headings (Texas Instruments' 1997 cash flows:
 * `16` at the margin, then the column headings again over `CASH FLOWS (continued)`, with no marker
 * between the pages): no row of figures has a number alone under a blank line and over words.
 */
function isPageNumber(doc, line) {
    if (!PAGE_NUMBER.test(doc.lines[line].trim()))
        return false;
    for (let k = line + 1; k < doc.lines.length && k <= line + 3; k++) {
        const kind = doc.infos[k]?.kind;
        if (kind === 'blank')
            continue;
        if (kind === 'page' || lines_1.PAGE_RE.test(doc.lines[k]))
            return true;
        // Not a year, four digits, which heads the rows under it (`1993` over `Allowance for Losses on:`).
        return (k === line + 1 &&
            doc.infos[line - 1]?.kind === 'blank' &&
            (kind === 'text' || kind === 'prose') &&
            SHORT_PAGE_NUMBER.test(doc.lines[line].trim()));
    }
    return true;
}
/** A page number as filings print it: `57`, `- 57 -`, `-57-`. */
const PAGE_NUMBER = /^(?:-\s*)?\d{1,4}(?:\s*-)?$/;
/** One of up to three digits, never a year. */
const SHORT_PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/;
/**
 * The last line bodyEnd read, set by each call (it is never re-entered): the scan's last line plus
 * the lookahead of its helpers (a detached totals row is looked for up to MAX_TOTALS_GAP + 2 lines on).
 */
let bodyReach = 0;
/** The last line the latest call of bodyEnd read (see bodyReach). */
function lastBodyReach() {
    return bodyReach;
}
/** The last numeric line of the body that starts at `start`. */
function bodyEnd(doc, start) {
    const { infos } = doc;
    // Inside `<TABLE>` tags the filer said where the table ends (a tag line ends the body below):
    // blank lines and headings after them are still the table's.
    const tagged = (doc.flags[start] & regions_1.TABLE_TAG_LINE) !== 0;
    const maxBlanks = tagged ? exports.MAX_TAGGED_BLANKS : exports.MAX_BODY_BLANKS;
    let last = start;
    let blanks = 0;
    // Whether a blank line or a rule came since the last row with figures.
    let apart = false;
    // Where the figures of the rows read so far begin: a label line stays left of it.
    let figuresFrom = firstFigureAt(infos[start].chunks);
    let j = start + 1;
    for (; j < infos.length; j++) {
        const kind = infos[j].kind;
        if (kind === 'numeric') {
            if (isPageNumber(doc, j))
                break;
            // A row of periods set off from the rows above by a blank line or a rule is the next table's
            // header, title or none (Coca-Cola's equity investees: the balance sheet's figures, its
            // double rule, then `Year Ended December 31,   1999   1998   1997` over the income statement's),
            // inside `<TABLE>` tags too: a filer's one pair of tags may hold several schedules.
            if (apart && (0, header_1.isPeriodRow)(infos[j]))
                break;
            figuresFrom = Math.min(figuresFrom, firstFigureAt(infos[j].chunks));
            last = j;
            blanks = 0;
            apart = false;
        }
        else if (kind === 'rule' || ((kind === 'text' || kind === 'prose') && isNilRow(doc.lines[j]))) {
            // A row of nothing but dashes (`Deferred income ....   --    --`) has no figure to read, but
            // it is a row of the body all the same: the rule and the total under it are still the table's.
            blanks = 0;
            if (kind === 'rule')
                apart = true;
        }
        else if (kind === 'blank') {
            apart = true;
            if (++blanks > maxBlanks) {
                // Certificateholder reports print their TOTALS row under a rule after a dozen blank lines.
                const totals = detachedTotals(doc, j);
                if (totals < 0)
                    break;
                j = totals - 1;
                blanks = 0;
            }
        }
        else if (!tagged && blanks > 0 && kind === 'text' && headsColumns(doc, j)) {
            // After a blank line, a block of column headings over their rule is the next table's header
            // (untagged tables set one under another: a roll-forward, then the year before's).
            break;
        }
        else if ((kind === 'text' || isLabelProse(doc, j, figuresFrom)) && (blanks < 2 || tagged)) {
            // Text after two blank lines starts something new (the next statement's title), not a heading
            // (but for a heading inside `<TABLE>` tags).
            // Label lines inside the body: a wrapped label or a section heading, followed by rows.
            // Headings may stack with a blank line between them (`Foreign currency / management`, blank, `Forward contracts`).
            let k = j;
            let gap = 0;
            while (k + 1 < infos.length && k - j < exports.MAX_WRAPPED_LABEL * 2) {
                const nk = infos[k + 1].kind;
                if (nk === 'text' || isLabelProse(doc, k + 1, figuresFrom))
                    gap = 0;
                else if (nk === 'blank' && gap === 0)
                    gap = 1;
                else
                    break;
                k++;
            }
            const next = nextNonBlank(infos, k + 1, 1);
            // Rows follow: figures, or a row of nil dashes (`authorized, none issued ....   --   --`).
            if (next < 0 || (infos[next].kind !== 'numeric' && !isNilRow(doc.lines[next])))
                break;
            // Text over a heading of years and its underline is the next table's title and header, where
            // tables are not tagged (`Graph: Capital Spending`, then `1996  1995  1994` over `----`). So is
            // text set off from the rows above by a blank line or a rule over a row of periods, underlined
            // or not: IBM's notes run one schedule under another, each under its letter and title and its
            // own `1993   1992`; PepsiCo's segment tables each under a rule, a title and `1997   1996`.
            // (Text right under a row is a wrapped label: its row may hold nothing but years.)
            if (startsTable(doc, next) || (apart && (0, header_1.isPeriodRow)(infos[next])))
                break;
            blanks = 0;
            j = k;
        }
        else {
            break;
        }
    }
    bodyReach = j + exports.MAX_TOTALS_GAP + 2;
    return last;
}
/** A labelled row whose cells are all nil dashes (`--`, `-`, `—`), each set off by a gutter. */
function isNilRow(text) {
    // Nearly every line asked is a label without a dash: one native search sends it back.
    if (text.length >= 200 || (text.indexOf('-') < 0 && text.indexOf('—') < 0))
        return false;
    // Read with string steps, not one pattern: a pattern for "label, then gutter-dash repeated" backtracks
    // exponentially on long runs of dashes and gutters.
    const parts = text.trim().split(GUTTER);
    let cells = 0;
    while (parts.length > 1 && NIL_CELL.test(parts[parts.length - 1])) {
        parts.pop();
        cells++;
    }
    let label = parts.join(' ');
    if (cells === 0) {
        // `Preferred stock. --`: a label ending in a period needs no gutter before its one nil cell.
        const nil = TRAILING_NIL.exec(label);
        if (!nil)
            return false;
        label = label.slice(0, nil.index).trimEnd();
        if (!label.endsWith('.'))
            return false;
    }
    return label.length >= 2 && NIL_LABEL.test(label) && LABEL_END.test(label[label.length - 1]);
}
const GUTTER = /\s{2,}/;
const NIL_CELL = /^(?:-{1,3}|—)$/;
const TRAILING_NIL = /(?:-{1,3}|—)$/;
const NIL_LABEL = /^[A-Za-z(][^-—]*$/;
const LABEL_END = /[A-Za-z.):,]/;
/** Whether a line's figures are all years (`Charges   Used   1998`): a heading line, not a row. */
function yearsOnly(info) {
    return info.chunks.every((c) => c.number === null || HEADING_YEAR.test(c.text));
}
const HEADING_YEAR = /^(?:19|20)\d\d$/;
/** Lines a block of column headings may take before its rule. */
const MAX_HEADER_LINES = 6;
/**
 * Whether the lines from `line` on are a block of column headings: lines without a blank between
 * them, two or more of them with headings set apart by gutters (`Quarter   1998   Initial`), no
 * figures but years, then their rule. A section heading inside a body heads rows, not a rule.
 */
function headsColumns(doc, line) {
    let headed = 0;
    for (let k = line; k < doc.infos.length && k - line <= MAX_HEADER_LINES; k++) {
        const kind = doc.infos[k].kind;
        if (kind === 'rule')
            return headed >= 2;
        // A line with figures other than years is a row: the block heads the rows of this body.
        if (kind === 'numeric' ? !yearsOnly(doc.infos[k]) : kind !== 'text')
            return false;
        if (doc.chunksOf(k).length >= 2)
            headed++;
    }
    return false;
}
/** A line of period headings with an underline below it: a table's header, not a row of this body. */
function startsTable(doc, line) {
    if (!(0, header_1.isYearHeading)(doc.infos[line]))
        return false;
    // EDGAR's column markup (`<S>  <C>  <C>`) may sit between the header and its rule.
    let below = line + 1;
    while (below < doc.infos.length && below - line <= 3) {
        const kind = doc.infos[below].kind;
        if (kind === 'rule')
            return true;
        if (kind !== 'blank' && !(0, header_1.isColumnMarkup)(doc.lines[below]))
            return false;
        below++;
    }
    return false;
}
/**
 * A line long enough to read as prose that is a row label all the same: one that wraps onto the row
 * below it, or, inside `<TABLE>` tags, one that stays left of the figures (a balance sheet's `Common
 * stock, $.001 par value; 50,000,000 and 21,592,117 shares authorized, ...` over several lines; a
 * paragraph runs on under the figures). Whether rows follow is for the caller to see.
 */
function isLabelProse(doc, line, figuresFrom) {
    if (doc.infos[line].kind !== 'prose')
        return false;
    if (isWrappedLabel(doc, line))
        return true;
    return (doc.flags[line] & regions_1.TABLE_TAG_LINE) !== 0 && doc.view(line).text.trimEnd().length <= figuresFrom;
}
/** Where a row's first figure starts (a large number when it has none). */
function firstFigureAt(chunks) {
    for (const c of chunks)
        if (c.number)
            return c.start;
    return Number.MAX_SAFE_INTEGER;
}
/** A long label line that wraps onto the row below it (`GECS financing receivables (investment in ...`). */
function isWrappedLabel(doc, line) {
    const text = doc.lines[line];
    // Its length as printed: spaces typed out to the table's width after it (Pfizer's 1996 segment
    // table) make no paragraph of it.
    if (text.trimEnd().length >= 100)
        return false;
    // The label may wrap over more lines first (`Convertible Preferred Stock, $0.001 par value; none`
    // over `and 7,750,072 shares authorized; none and` over `7,738,072 issued and outstanding  --  8,000`),
    // each indented under the first.
    const indent = (0, lines_1.firstNonBlank)(text);
    let next = line + 1;
    while (next < doc.infos.length && next - line < MAX_LABEL_LINES && doc.infos[next].kind === 'text') {
        if ((0, lines_1.firstNonBlank)(doc.lines[next]) <= indent)
            return false;
        // A row of nil dashes ends the label as a row of figures does.
        if (isNilRow(doc.lines[next]))
            return true;
        next++;
    }
    return next < doc.infos.length && doc.infos[next].kind === 'numeric' && /^\s+\S/.test(doc.lines[next]);
}
/** Lines a wrapped label takes before the line with its figures. */
const MAX_LABEL_LINES = 3;
/** The line of a `TOTALS` row a blank gap (and a rule) away, or -1. */
function detachedTotals(doc, from) {
    const { infos, lines } = doc;
    let p = from;
    while (p < infos.length && p - from < exports.MAX_TOTALS_GAP && infos[p].kind === 'blank')
        p++;
    if (p < infos.length && infos[p].kind === 'rule')
        p++;
    if (p < infos.length && infos[p].kind === 'numeric' && isTotalLabel(lines[p].trim()))
        return p;
    return -1;
}
function nextNonBlank(infos, from, maxBlanks) {
    let blanks = 0;
    for (let j = from; j < infos.length; j++) {
        if (infos[j].kind !== 'blank')
            return j;
        if (++blanks > maxBlanks)
            return -1;
    }
    return -1;
}
/** A row that takes something off (`Deduct: Intersegment Sales`, `Less: ...`). */
const DEDUCTION = /^\s*(?:less|deduct|minus)\b/i;
/** Whether a label says its row is taken off (`Less:`, `Deduct:`, `Minus`): subtracted, whatever its sign. */
function isDeduction(label) {
    return DEDUCTION.test(label) && !signedBothWays(label);
}
/** Words a label pairs with their opposite to say which way its figures go. */
const DIRECTION = '(?:earnings|income|gains?|loss(?:es)?|expenses?|benefits?|charges?|credits?|increases?|decreases?|profits?)';
const BOTH_WAYS = new RegExp(`\\(${DIRECTION}\\)\\s*/?\\s*${DIRECTION}\\b|\\b${DIRECTION}\\s*/?\\s*\\(${DIRECTION}\\)`, 'i');
/**
 * Whether a label names both ways its figures can go, one of them in parentheses (`Less: other
 * comprehensive (earnings)/loss attributable to noncontrolling interests`, `gain/(loss)`, `income
 * (expense)`): its figures carry their own sign, and are added as printed, `Less:` or not (Mondelez's
 * 5, 14 and 16 of noncontrolling losses, each added back to the balance).
 */
function signedBothWays(label) {
    return BOTH_WAYS.test(label);
}
function scanBody(doc, start, end) {
    const { infos } = doc;
    const totalish = new Set();
    const rules = [];
    let previous = 'other';
    let ruleChar = '-';
    let numeric = 0;
    let underRule = 0;
    // Whether the last row was a total with nothing but blank lines since.
    let closedBlock = false;
    for (let l = start; l <= end; l++) {
        const kind = infos[l].kind;
        if (kind === 'rule') {
            // A year's own underline heads the rows under it with the year; it closes no total.
            if (l > start && underlinesYear(doc, l)) {
                previous = 'other';
                continue;
            }
            const view = doc.view(l);
            const s = view.text.search(/[-=_]/);
            const e = view.text.trimEnd().length;
            rules.push({
                line: l,
                start: view.toChar(s),
                end: view.toChar(e),
                display: { start: s, end: e },
                char: infos[l].ruleChar ?? '-',
            });
            // A rule set off by a blank line from the total above it parts two blocks: the row under it
            // starts the next block (`Total U.S. Dollars ...`, blank, rule, `Fixed ...`).
            previous = previous === 'other' && closedBlock ? 'other' : 'rule';
            ruleChar = infos[l].ruleChar ?? '-';
        }
        else if (kind === 'numeric') {
            numeric++;
            if (previous === 'rule' && ruleChar !== '=')
                underRule++;
            // A double rule closes the total above it: the row under it starts what follows.
            if (previous === 'rule' && ruleChar === '=')
                previous = 'other';
            // A `Total ...` row without a rule is a total only right under the rows it adds; after a
            // blank line or a heading it leads the rows below it (`Total Retail Sales-` then its parts).
            // A deduction (`Deduct: Intersegment Sales  (8)`) between rules is an item of the total
            // below it, not a total of the rows above.
            const label = leadingText(infos[l].chunks);
            if ((previous === 'rule' && !isDeduction(label) && !firstItem(numeric, label)) ||
                (previous === 'row' && infos[l - 1].kind === 'numeric' && isTotalLabel(label))) {
                totalish.add(l);
            }
            closedBlock = totalish.has(l);
            previous = 'row';
        }
        else if (kind === 'blank') {
            if (previous === 'row')
                previous = 'other';
        }
        else {
            // A total's label may wrap (`Total gains and losses not affecting` over `retained earnings
            // (524)`, `(Loss) Earnings before Income` over `     Taxes  (8,797)`): its first line keeps
            // the rule above for the row, as a label on one line would.
            if (!(previous === 'rule' && (isTotalLabel(doc.lines[l].trim()) || wrapsOnto(doc, l, end))))
                previous = 'other';
            closedBlock = false;
        }
    }
    // Rules under (nearly) every row draw a grid, not totals: only rows that say they are totals
    // (`Total ...`, or no label at all) are. The first row has no rule between it and a row above.
    if (numeric >= exports.GRID_ROWS && nearlyAll(underRule, numeric - 1)) {
        for (const l of [...totalish]) {
            const label = leadingText(infos[l].chunks);
            if (label !== '' && !isTotalLabel(label))
                totalish.delete(l);
        }
    }
    else
        markedLikeTotals(doc, start, end, totalish);
    return { rules, totalish };
}
/**
 * Whether the body's first row of figures, under a rule (its column headings' underline), is an item:
 * no rows above it to add, and a label that does not say total (`Service cost - benefits earned
 * during the year` under `----  ----  ----`). A `Total ...` row there is a total printed above the
 * rows it adds, which the facts read from the rows under it.
 */
function firstItem(numeric, label) {
    return numeric === 1 && label !== '' && !isTotalLabel(label);
}
/** A numeric row's label indentation and whether a `$` stands before its first figure. */
function marking(doc, l) {
    const { chunks } = doc.infos[l];
    const at = chunks.findIndex((c) => c.number);
    if (at <= 0)
        return null;
    return {
        indent: chunks[0].start,
        dollar: doc.lines[l].slice(chunks[at - 1].end, chunks[at].end).includes('$'),
        label: leadingText(chunks),
    };
}
/**
 * Totals a table marks its own way: where its `Total ...` rows (two or more, without a rule above)
 * share one indentation and a `$` before their first figure, a row written so right under two
 * items or more of another indentation is a total too, though its label does not say so (`    Income
 * before income taxes  $ 500,286` under six regions' operating income, beside `    Total net sales
 * $ 9,188,748`). The rows it adds are the facts' to find; a row so marked that adds none is not footed.
 */
function markedLikeTotals(doc, start, end, totalish) {
    const { infos } = doc;
    let indent = -1;
    let labelled = 0;
    for (const l of totalish) {
        const m = marking(doc, l);
        if (!m || !isTotalLabel(m.label))
            continue;
        if (!m.dollar || (indent >= 0 && m.indent !== indent))
            return;
        indent = m.indent;
        labelled++;
    }
    if (labelled < 2)
        return;
    let items = 0;
    for (let l = start; l <= end; l++) {
        if (infos[l].kind !== 'numeric') {
            if (infos[l].kind !== 'blank')
                items = 0;
            continue;
        }
        const m = marking(doc, l);
        if (totalish.has(l) || !m) {
            items = 0;
            continue;
        }
        if (m.indent === indent) {
            if (m.dollar && items >= 2)
                totalish.add(l);
            items = 0;
        }
        else
            items++;
    }
}
/**
 * Whether text line `line` is the first line of a label whose row is the line below: a line of
 * figures set in deeper than it (its continuation), the only one so set, under a label that is not
 * a heading. A heading (`Cost:`, `Diluted EPS`) is followed by its items, two or more set in alike.
 */
function wrapsOnto(doc, line, end) {
    if (line + 1 > end || doc.infos[line + 1].kind !== 'numeric')
        return false;
    const text = doc.lines[line];
    if (/:\s*$/.test(text))
        return false;
    const at = (0, lines_1.firstNonBlank)(text);
    if ((0, lines_1.firstNonBlank)(doc.lines[line + 1]) <= at)
        return false;
    if (line + 2 > end)
        return true;
    const after = doc.infos[line + 2].kind;
    return after === 'rule' || after === 'blank' || (0, lines_1.firstNonBlank)(doc.lines[line + 2]) <= at;
}
/** The widest underline of a year alone on its line (`----`, `- ----`). */
const UNDERLINED_YEAR = 8;
/** Whether line `line` is a short rule right under a year alone on its line (`1998` over `- ----`). */
function underlinesYear(doc, line) {
    return (doc.infos[line].kind === 'rule' &&
        line > 0 &&
        (0, header_1.isSectionYear)(doc.infos[line - 1]) &&
        doc.lines[line].trim().length <= UNDERLINED_YEAR);
}
/** Rows a table needs before a mark on nearly all of them (a rule, an empty row) is taken for its layout. */
exports.GRID_ROWS = 4;
/**
 * Whether `marked` of `of` rows is nearly all of them, four in five: rules or empty rows that come
 * with (nearly) every row draw a grid or space a table out; they mark no totals and part no groups.
 */
function nearlyAll(marked, of) {
    return marked * 5 >= of * 4;
}
/** The leading text of a line, before its first number: what a row calls itself. */
function leadingText(chunks) {
    const parts = [];
    for (const c of chunks) {
        if (c.number)
            break;
        parts.push(c.text);
    }
    return parts.join(' ');
}
//# sourceMappingURL=body.js.map