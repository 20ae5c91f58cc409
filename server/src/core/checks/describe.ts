/** How checks write numbers and rows in messages: as the filing writes them. */
import { abs, format, roundTo, type Decimal } from '../decimal';
import type { Cell, Column, Row, Table } from '../model';
import type { Relation } from '../facts';
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

/**
 * A column's name in a relation: its header words without the rules drawn in them, or `column N`
 * when it has none; a header two columns share gets its position too (`AMOUNT (column 4)`).
 */
export function columnName(table: Table, column: Column): string {
  const plain = (c: Column) =>
    c.header
      .replace(/[-=_]{3,}/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const name = plain(column);
  if (!name) return `column ${column.index}`;
  const short = name.length > 60 ? `…${name.slice(-59)}` : name;
  const shared = table.columns.some((c) => c !== column && plain(c) === name);
  return shared ? `${short} (column ${column.index})` : short;
}

/** A relation as an equation of column names: `TOTAL = INTEREST + PRINCIPAL`. */
export function relationText(table: Table, relation: Relation): string {
  const terms = relation.terms.map((t, i) => {
    const name = columnName(table, table.columns[t.column]);
    if (i === 0) return t.sign > 0 ? name : `-${name}`;
    return `${t.sign > 0 ? '+' : '-'} ${name}`;
  });
  return `${columnName(table, table.columns[relation.result])} = ${terms.join(' ')}`;
}

/** How often a relation holds: `10 of 11 rows`. */
export function relationSupport(relation: Relation): string {
  const all = relation.holds.length + relation.fails.length;
  return `${relation.holds.length} of ${all} rows`;
}
