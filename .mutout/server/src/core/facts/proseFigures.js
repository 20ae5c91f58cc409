"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.proseFigures = proseFigures;
exports.proseTies = proseTies;
/**
 * Figures the text states from a statement: the management's discussion says "Net cash used in
 * investing activities of $148.2 million for 1998" where the statement of cash flows prints
 * (147,151) in thousands. A reader ties these by hand, sentence by sentence; so does this.
 *
 * A sentence states a statement's figure when it names the statement's line (its cash flows from
 * operating, investing or financing activities) and gives the figure right after it (`was`, `of`,
 * `totaled`), with no other noun between: "cash used in investing activities included purchases of
 * $11.0 million" states a part of the line, not the line. The period is the year the sentence names
 * for that figure (`in 1998`, `for the three months ended March 31, 2000`, or `1998 and 1997,
 * respectively` for two), and its length (a quarter, nine months, a year) must not contradict the
 * statement's. The unit is the sentence's own (`$2.6 billion`, `$172,378,000`): a figure written with
 * decimals and no unit word (`$1,371.6`, in millions said once above) is passed over.
 *
 * Each page's sentences are read once and kept with the page across edits, as are each HTML
 * paragraph's with the paragraph (prose.ts, readText); what they are compared with is the document's
 * statements, looked up on every analysis.
 */
const decimal_1 = require("../decimal");
const memo_1 = require("../memo");
const prose_1 = require("./prose");
const statements_1 = require("./statements");
const slips_1 = require("./slips");
const moved = (f, delta) => ({
    ...f,
    span: { ...f.span, line: f.span.line + delta },
});
/** The figures the document's text states for its statements' lines, kept across edits (see readText). */
function proseFigures(model) {
    return (0, prose_1.readText)(model, FIGURES);
}
const FIGURES = (0, prose_1.textReading)({ mentions: namesActivities, read: readParagraph, moved });
/** Whether a line says `activities`, in any case, found without a regex on every line. */
function namesActivities(line) {
    return line.includes('ctivities') || line.includes('CTIVITIES');
}
/**
 * A statement line as prose names it: `net cash provided by operating activities`, `cash used in
 * investing activities`, `net cash provided by (used in) financing activities`, `cash flows from
 * operating activities`. Not capital spending: what the text calls capital expenditures is often
 * more or less than the statement's line of purchases (11 of 36 such figures in the project's
 * corpus differ from the line, none by a slip).
 */
const LABEL = /\b(?:net\s+)?cash\s+(?:flows?\s+)?(?:(provided|generated|used|received)\s+(?:by|in|for|from)\s+|(from)\s+)?(\((?:used\s+(?:in|for|by)|provided\s+by)\)\s+)?(operating|investing|financing)\s+activities\b/gi;
/**
 * What may stand between the line's name and its figure: a period (`in 1997`, `for the six months
 * ended June 30, 1998`, `during the first quarter of 1998`) and the verb. Nothing else: "activities
 * included purchases of $11.0 million" states a part.
 */
const VERB = /^(,?\s+(?:in|for|during)\s+(?:the\s+)?[a-z ,-]{0,50}?(?:(?:19|20)\d\d|year|quarter|months|period),?)?\s+(?:was|were|totaled|totalled|of|amounted\s+to|equaled|aggregated)\s+(?:approximately\s+|about\s+)?/i;
/** A figure with its unit: `$2.6 billion`, `$172,378,000`, `$ 11.8 million`. */
const FIGURE = /^\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand)\b)?/i;
const UNITS = { thousand: 3, million: 6, billion: 9 };
/** More figures of the same line after the first: `, $12.8 million in 1997 and $6.0 million in 1996`. */
const NEXT = /^(?:,\s*(?:and\s+)?|\s+and\s+)/i;
/** A period's phrase begun after a figure, read or not. */
const DANGLING = /^,?\s+(?:in|for|during)\b/i;
/** The period a figure's own phrase names: `in 1998`, `for the year ended December 31, 1998`. */
const OWN_PERIOD = /^,?\s+(?:in|for|during)\s+(?:the\s+)?([a-z][a-z0-9 ,-]{0,60}?)?((?:19|20)\d\d)\b/i;
function readParagraph(para, out) {
    const { text } = para;
    const sentences = (0, prose_1.sentenceBounds)(text);
    let k = 0;
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
        const item = m[4].toLowerCase();
        // `provided by (used in)` says neither way.
        const word = m[3] ? '' : (m[1] ?? '').toLowerCase();
        const direction = word === 'used' ? -1 : word === '' ? 0 : 1;
        // Labels come in order: the sentence pointer only moves on (a search from the first sentence
        // each time is quadratic in a long paragraph of labels).
        while (k + 1 < sentences.length && sentences[k][1] <= m.index)
            k++;
        const sentence = sentences[k];
        let at = m.index + m[0].length;
        const verb = VERB.exec(text.slice(at, sentence[1]));
        if (!verb)
            continue;
        const leadPeriod = verb[1] ?? '';
        at += verb[0].length;
        // The figures, each with the period its own phrase names, if any.
        const found = [];
        for (;;) {
            const f = FIGURE.exec(text.slice(at, sentence[1]));
            if (!f)
                break;
            const number = (0, decimal_1.parseNumber)(f[1]);
            if (!number || (f[2] === undefined && f[1].includes('.')))
                break;
            const start = at;
            at += f[0].length;
            const after = text.slice(at, sentence[1]);
            const own = OWN_PERIOD.exec(after);
            // A period begun and not read (`$115 million for` where a page breaks the sentence) is not
            // the one named before.
            if (!own && DANGLING.test(after))
                break;
            const figure = {
                start,
                end: start + f[0].length,
                digitsEnd: start + f[0].indexOf(f[1]) + f[1].length,
                value: number.value,
                exponent: f[2] ? UNITS[f[2].toLowerCase()] : 0,
                period: own ? own[0] : '',
                year: own ? Number(own[2]) : undefined,
            };
            found.push(figure);
            if (own)
                at += own[0].length;
            const next = NEXT.exec(text.slice(at, sentence[1]));
            if (!next || !text.startsWith('$', at + next[0].length))
                break;
            at += next[0].length;
        }
        if (found.length === 0)
            continue;
        // After the last figure: its own period's phrase may be the list's years (`for 1998 and 1997, respectively`).
        const rest = text.slice(found[found.length - 1].end, sentence[1]);
        const whole = text.slice(sentence[0], sentence[1]);
        const years = (0, prose_1.periodsFor)(found, leadPeriod, rest, text.slice(0, sentence[0]), whole);
        if (!years)
            continue;
        found.forEach((f, i) => {
            const span = para.span(f.start, f.digitsEnd);
            if (!span)
                return;
            out.push({
                item,
                label: m[0].replace(/\s+/g, ' '),
                direction,
                text: text.slice(f.start, f.end).replace(/\s+/g, ' '),
                span,
                value: f.value,
                exponent: f.exponent,
                year: years[i].year,
                months: years[i].months,
            });
        });
    }
}
/** A statement's line as the statement labels it, by item. */
const ROW = {
    operating: rowLabel('operating'),
    investing: rowLabel('investing'),
    financing: rowLabel('financing'),
};
function rowLabel(item) {
    return new RegExp(String.raw `^net\s+cash\s+(?:flows?\s+)?(?:\(?(?:provided|used|generated|received|by|in|for|from)\)?\s+){0,4}${item}\s+activities[^a-z]*$`, 'i');
}
/**
 * Each stated figure against the cash-flow statements that state its line for its year: those
 * whose columns name the year once and whose period does not contradict the sentence's. A figure
 * with two such statements that disagree with each other is not tied (a restated or pro forma one).
 */
function proseTies(model) {
    const figures = proseFigures(model);
    if (figures.length === 0)
        return [];
    const statements = model.tables.filter((t) => isCashFlows(t));
    const out = [];
    for (const figure of figures) {
        const ties = [];
        for (const table of statements) {
            const tie = tieIn(table, figure);
            if (tie)
                ties.push(tie);
        }
        const agreeing = ties.find((t) => t.agrees);
        if (agreeing)
            out.push(agreeing);
        else if (ties.length > 0 && ties.every((t) => (0, decimal_1.cmp)(t.intended, ties[0].intended) === 0))
            out.push(ties[0]);
    }
    return out;
}
/**
 * A statement of cash flows: by its title, or by its lines, whatever its title says (`(UNAUDITED, IN
 * THOUSANDS)` read as the title, `UNAUDITED CONDENSED STATEMENTS ...`, a title read into the header):
 * two of its three subtotals of cash from activities. Not a table titled pro forma, restated, a
 * parent's or a segment's, whose figures the text does not walk through. Once per table object: every
 * analysis of a filing whose text states such figures asks it of every table.
 */
const isCashFlows = (0, memo_1.memoize)((table) => {
    if ((0, statements_1.statementKind)(table) === 'cash flows')
        return true;
    if (statements_1.NOT_PRIMARY.test(table.title))
        return false;
    const found = new Set();
    for (const r of table.rows) {
        if (r.kind === 'heading' || !namesActivities(r.label))
            continue;
        const label = (0, statements_1.bareLabel)(r.label);
        for (const item of ITEMS)
            if (ROW[item].test(label))
                found.add(item);
    }
    return found.size >= 2;
});
const ITEMS = ['operating', 'investing', 'financing'];
function tieIn(table, figure) {
    const column = (0, statements_1.columnsByYear)(table).get(figure.year);
    if (!column)
        return null;
    const months = (0, prose_1.statementMonths)(table, column.header);
    if (figure.months !== null && months !== null && figure.months !== months)
        return null;
    const row = table.rows.find((r) => r.kind !== 'heading' && ROW[figure.item].test((0, statements_1.bareLabel)(r.label)));
    const cell = row?.cells[column.index];
    if (!row || !cell?.value || row.unread.some((u) => u.column === column.index))
        return null;
    // The statement's figure in the sentence's unit: (147,151) in thousands is -147.151 million.
    const exponent = (table.scale?.exponent ?? 0) - figure.exponent;
    const value = (0, decimal_1.timesPow10)(cell.value, exponent);
    const magnitude = (0, decimal_1.abs)(value);
    const intended = (0, decimal_1.roundTo)(value, Math.min(figure.value.scale, magnitude.scale));
    const same = (0, slips_1.sameFigure)(figure.value, magnitude) || (0, decimal_1.cmp)((0, decimal_1.abs)(intended), figure.value) === 0;
    const opposite = signOpposed(figure.direction, value, row.label);
    const agrees = same && !opposite;
    const slip = agrees ? null : same ? 'sign' : opposite ? null : (0, slips_1.slipApart)(figure.value, magnitude);
    const tie = { figure, table, cell, intended, agrees, slip };
    // Of three figures or more: a line of two (`$2.5 million`) shares its figure with others by chance.
    if (!agrees && !same && (0, decimal_1.significantDigits)(figure.value) >= 3) {
        const quoted = table.rows.find((r) => {
            const v = r !== row ? r.cells[column.index]?.value : null;
            return v && (0, slips_1.sameFigure)(figure.value, (0, decimal_1.abs)((0, decimal_1.timesPow10)(v, exponent)));
        });
        if (quoted)
            tie.quoted = quoted;
    }
    return tie;
}
/**
 * Whether the sentence's `provided` or `used` says the flow ran the other way from the statement's
 * figure. A statement that labels its line `Net cash used in ...` may print the outflow unsigned: its
 * figure's sign says nothing then.
 */
function signOpposed(direction, value, label) {
    if (direction === 0 || value.units === 0n)
        return false;
    const usedOnly = /\bused\b/i.test(label) && !/\b(?:provided|generated|received)\b/i.test(label);
    if (usedOnly)
        return false;
    return value.units < 0n !== direction < 0;
}
//# sourceMappingURL=proseFigures.js.map