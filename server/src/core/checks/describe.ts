/** How checks write numbers and rows in messages: as the filing writes them. */
import { abs, decimal, format, formatLike, roundTo, type Decimal } from '../decimal';
import type { Cell, Column, Row, Table } from '../model';
import { SLIP_WORDS, type SlipKind } from '../facts/slips';
import type { Relation } from '../facts';
import type { Product } from '../facts/products';
import { yearOf } from '../facts/statements';
import type { RelatedInfo } from '../findings';

/** `$225,112,214.21`, `553`, `50.35%`, `$(1,045)`: the value with its column's sign and decimals. */
export function show(value: Decimal, column: Column, like?: Cell): string {
  const scale = like?.value ? like.value.scale : value.scale;
  const rounded = roundTo(value, Math.max(scale, 0));
  if (column.kind === 'percent') return `${format(rounded)}%`;
  const magnitude = format(abs(rounded));
  const dollar = column.kind === 'amount' && (like === undefined || like.dollar) ? '$' : '';
  if (rounded.units >= 0n) return `${dollar}${magnitude}`;
  return like?.text.includes('(') ? `${dollar}(${magnitude})` : `-${dollar}${magnitude}`;
}

/** A figure as a fix writes it: the number alone, without a `$` written apart. */
export function bare(text: string): string {
  const t = text.replace(/^\$\s*/, '').trim();
  // An HTML negative whose `)` stands in the next cell (read with it: grid.ts) is shown closed.
  return t.startsWith('(') && !t.includes(')') ? `${t})` : t;
}

/** A figure as written, `$` and all, with the spaces that set the `$` apart closed up. */
export function writtenFigure(cell: Cell): string {
  return cell.text.trim().replace(/\$\s+/, '$');
}

export function rowName(row: Row): string {
  if (row.kind === 'total') return row.label ? row.label : 'total row';
  return row.label ? `"${row.label}"` : 'unlabelled row';
}

/** Related information pointing at each row's cell in a column (capped to keep messages small). */
export function rowsInvolved(rows: Row[], column: Column, limit = 60): RelatedInfo[] {
  const out: RelatedInfo[] = [];
  for (const row of rows) {
    const cell = row.cells[column.index];
    if (!cell || !cell.value) continue;
    out.push({ span: cell.span, message: `${rowName(row)}: ${cell.text.trim()}` });
    if (out.length >= limit) break;
  }
  return out;
}

/** A column's header words without the rules drawn in them, words wrapped at a hyphen joined (`Adjust- ments` is `Adjust-ments`). */
function plainHeader(c: Column): string {
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
export function periodName(table: Table, column: Column): string {
  const year = yearOf(column);
  return year === null ? columnName(table, column) : String(year);
}

/**
 * A column's name in a relation: its header words without the rules drawn in them, or `column N`
 * when it has none; a name another column of the table shares gets its position too (`AMOUNT
 * (column 4)`). With `lead`, the words a group heading puts over it and its neighbours are left out
 * (`FACTOR INFORMATION PER $1000 OF ORIGINAL FACE PRINCIPAL` is `PRINCIPAL`).
 */
export function columnName(table: Table, column: Column, lead = false): string {
  const nameOf = (c: Column) => {
    const plain = plainHeader(c);
    return lead && plain ? withoutGroupHeading(table, c, plain) : plain;
  };
  const name = nameOf(column);
  if (!name) return `column ${column.index}`;
  const shared = table.columns.some((c) => c !== column && nameOf(c) === name);
  const short = name.length > 60 ? `…${lastWords(name, 59)}` : name;
  return shared ? `${short} (column ${column.index})` : short;
}

/** The last whole words of `name` within `max` characters (a word longer than that, cut). */
function lastWords(name: string, max: number): string {
  const tail = name.slice(-max);
  const space = tail.indexOf(' ');
  return name[name.length - max - 1] === ' ' || space < 0 ? tail : tail.slice(space + 1);
}

/**
 * The name without the words of a group heading: the longest run of three or more leading words
 * that two other columns' headers also begin with.
 */
function withoutGroupHeading(table: Table, column: Column, name: string): string {
  const words = name.split(' ');
  const runs: number[] = [];
  for (const other of table.columns) {
    if (other === column) continue;
    const theirs = plainHeader(other).split(' ');
    let k = 0;
    while (k < words.length - 1 && k < theirs.length - 1 && words[k] === theirs[k]) k++;
    if (k >= 3) runs.push(k);
  }
  // A run two others share: the shorter of the two longest.
  runs.sort((a, b) => b - a);
  return runs.length >= 2 ? words.slice(runs[1]).join(' ') : name;
}

/** A relation as an equation of column names: `TOTAL = INTEREST + PRINCIPAL`. */
export function relationText(table: Table, relation: Relation): string {
  const name = (c: number) => columnName(table, table.columns[c], true);
  const terms = relation.terms.map((t, i) => {
    if (i === 0) return t.sign > 0 ? name(t.column) : `-${name(t.column)}`;
    return `${t.sign > 0 ? '+' : '-'} ${name(t.column)}`;
  });
  return `${name(relation.result)} = ${terms.join(' ')}`;
}

/** A product across the rows, as a formula: `Proceeds = Shares × Price` (`/ 1,000` where it is in thousands). */
export function productText(table: Table, product: Product): string {
  const name = (c: number) => columnName(table, table.columns[c], true);
  const unit = product.unit ? ` / ${format(decimal(10n ** BigInt(product.unit), 0))}` : '';
  return `${name(product.result)} = ${name(product.factors[0])} × ${name(product.factors[1])}${unit}`;
}

/** How often a relation holds: `10 of 11 rows`. */
export function relationSupport(relation: Relation): string {
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
export function suspectsText(suspects: readonly { row: Row; cell: Cell; kind: SlipKind; expected: Decimal }[]): string {
  return (
    'one figure printed with a slip would explain it, but more than one could: ' +
    suspects
      .slice(0, SUSPECTS_SHOWN)
      .map(
        (s) =>
          `${bare(s.cell.text)} in ${rowName(s.row)} (${SLIP_WORDS[s.kind]} for ${formatLike(s.expected, bare(s.cell.text))})`,
      )
      .join(', ') +
    (suspects.length > SUSPECTS_SHOWN ? ` and ${suspects.length - SUSPECTS_SHOWN} more` : '')
  );
}
