/** How checks write numbers and rows in messages: as the filing writes them. */
import { format, formatLike, type Decimal } from '../decimal';
import type { Cell, Column, Row, Table } from '../model';
import type { RelatedInfo } from '../findings';

/** `$225,112,214.21`, `553`, `50.35%`: the value with its column's sign and decimals. */
export function show(value: Decimal, column: Column, like?: Cell): string {
  if (column.kind === 'percent') return `${format(value)}%`;
  const text = like ? formatLike(value, like.text.replace(/^\$\s*/, '')) : format(value);
  return column.kind === 'amount' && (like?.dollar ?? true) && hasDollar(column, like) ? `$${text}` : text;
}

function hasDollar(column: Column, like?: Cell): boolean {
  return column.kind === 'amount' && (like === undefined || like.dollar);
}

export function rowName(row: Row): string {
  if (row.kind === 'total') return row.label ? row.label : 'total row';
  return row.label ? `"${row.label}"` : 'unlabelled row';
}

export function tableName(table: Table): string {
  return `"${table.title}"`;
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
