"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.show = show;
exports.bare = bare;
exports.writtenFigure = writtenFigure;
exports.rowName = rowName;
exports.rowsInvolved = rowsInvolved;
exports.periodName = periodName;
exports.columnName = columnName;
exports.relationText = relationText;
exports.productText = productText;
exports.relationSupport = relationSupport;
exports.suspectsText = suspectsText;
/** How checks write numbers and rows in messages: as the filing writes them. */
const decimal_1 = require("../decimal");
const slips_1 = require("../facts/slips");
const statements_1 = require("../facts/statements");
/** `$225,112,214.21`, `553`, `50.35%`, `$(1,045)`: the value with its column's sign and decimals. */
function show(value, column, like) {
    const scale = like?.value ? like.value.scale : value.scale;
    const rounded = (0, decimal_1.roundTo)(value, Math.max(scale, 0));
    if (column.kind === 'percent')
        return `${(0, decimal_1.format)(rounded)}%`;
    const magnitude = (0, decimal_1.format)((0, decimal_1.abs)(rounded));
    const dollar = column.kind === 'amount' && (like === undefined || like.dollar) ? '$' : '';
    if (rounded.units >= 0n)
        return `${dollar}${magnitude}`;
    return like?.text.includes('(') ? `${dollar}(${magnitude})` : `-${dollar}${magnitude}`;
}
/** A figure as a fix writes it: the number alone, without a `$` written apart. */
function bare(text) {
    const t = text.replace(/^\$\s*/, '').trim();
    // An HTML negative whose `)` stands in the next cell (read with it: grid.ts) is shown closed.
    return t.startsWith('(') && !t.includes(')') ? `${t})` : t;
}
/** A figure as written, `$` and all, with the spaces that set the `$` apart closed up. */
function writtenFigure(cell) {
    return cell.text.trim().replace(/\$\s+/, '$');
}
function rowName(row) {
    if (row.kind === 'total')
        return row.label ? row.label : 'total row';
    return row.label ? `"${row.label}"` : 'unlabelled row';
}
/** Related information pointing at each row's cell in a column (capped to keep messages small). */
function rowsInvolved(rows, column, limit = 60) {
    const out = [];
    for (const row of rows) {
        const cell = row.cells[column.index];
        if (!cell || !cell.value)
            continue;
        out.push({ span: cell.span, message: `${rowName(row)}: ${cell.text.trim()}` });
        if (out.length >= limit)
            break;
    }
    return out;
}
/** A column's header words without the rules drawn in them, words wrapped at a hyphen joined (`Adjust- ments` is `Adjust-ments`). */
function plainHeader(c) {
    return c.header
        .replace(/[-=_]{3,}/g, ' ')
        .replace(/(\w)- (\w)/g, '$1-$2')
        .replace(/\s+/g, ' ')
        .trim();
}
/**
 * An amount column as a change is told against (FL107): by the one year its header names (`1996`,
 * where the header also caught the table's title), else by its name.
 */
function periodName(table, column) {
    const year = (0, statements_1.yearOf)(column);
    return year === null ? columnName(table, column) : String(year);
}
/**
 * A column's name in a relation: its header words without the rules drawn in them, or `column N`
 * when it has none; a name another column of the table shares gets its position too (`AMOUNT
 * (column 4)`). With `lead`, the words a group heading puts over it and its neighbours are left out
 * (`FACTOR INFORMATION PER $1000 OF ORIGINAL FACE PRINCIPAL` is `PRINCIPAL`).
 */
function columnName(table, column, lead = false) {
    const nameOf = (c) => {
        const plain = plainHeader(c);
        return lead && plain ? withoutGroupHeading(table, c, plain) : plain;
    };
    const name = nameOf(column);
    if (!name)
        return `column ${column.index}`;
    const shared = table.columns.some((c) => c !== column && nameOf(c) === name);
    const short = name.length > 60 ? `…${lastWords(name, 59)}` : name;
    return shared ? `${short} (column ${column.index})` : short;
}
/** The last whole words of `name` within `max` characters (a word longer than that, cut). */
function lastWords(name, max) {
    const tail = name.slice(-max);
    const space = tail.indexOf(' ');
    return name[name.length - max - 1] === ' ' || space < 0 ? tail : tail.slice(space + 1);
}
/**
 * The name without the words of a group heading: the longest run of three or more leading words
 * that two other columns' headers also begin with.
 */
function withoutGroupHeading(table, column, name) {
    const words = name.split(' ');
    const runs = [];
    for (const other of table.columns) {
        if (other === column)
            continue;
        const theirs = plainHeader(other).split(' ');
        let k = 0;
        while (k < words.length - 1 && k < theirs.length - 1 && words[k] === theirs[k])
            k++;
        if (k >= 3)
            runs.push(k);
    }
    // A run two others share: the shorter of the two longest.
    runs.sort((a, b) => b - a);
    return runs.length >= 2 ? words.slice(runs[1]).join(' ') : name;
}
/** A relation as an equation of column names: `TOTAL = INTEREST + PRINCIPAL`. */
function relationText(table, relation) {
    const name = (c) => columnName(table, table.columns[c], true);
    const terms = relation.terms.map((t, i) => {
        if (i === 0)
            return t.sign > 0 ? name(t.column) : `-${name(t.column)}`;
        return `${t.sign > 0 ? '+' : '-'} ${name(t.column)}`;
    });
    return `${name(relation.result)} = ${terms.join(' ')}`;
}
/** A product across the rows, as a formula: `Proceeds = Shares × Price` (`/ 1,000` where it is in thousands). */
function productText(table, product) {
    const name = (c) => columnName(table, table.columns[c], true);
    const unit = product.unit ? ` / ${(0, decimal_1.format)((0, decimal_1.decimal)(10n ** BigInt(product.unit), 0))}` : '';
    return `${name(product.result)} = ${name(product.factors[0])} × ${name(product.factors[1])}${unit}`;
}
/** How often a relation holds: `10 of 11 rows`. */
function relationSupport(relation) {
    const all = relation.holds.length + relation.fails.length;
    return `${relation.holds.length} of ${all} rows`;
}
/** How many of the figures that could each hold a slip a message names. */
const SUSPECTS_SHOWN = 3;
/**
 * The figures one slip in any of which would explain a difference, when more than one could: `one
 * figure printed with a slip would explain it, but more than one could: 525,000 in "Sale of ..." (a
 * one-digit slip for 535,000), ... and 1 more`.
 */
function suspectsText(suspects) {
    return ('one figure printed with a slip would explain it, but more than one could: ' +
        suspects
            .slice(0, SUSPECTS_SHOWN)
            .map((s) => `${bare(s.cell.text)} in ${rowName(s.row)} (${slips_1.SLIP_WORDS[s.kind]} for ${(0, decimal_1.formatLike)(s.expected, bare(s.cell.text))})`)
            .join(', ') +
        (suspects.length > SUSPECTS_SHOWN ? ` and ${suspects.length - SUSPECTS_SHOWN} more` : ''));
}
//# sourceMappingURL=describe.js.map