/** How checks write numbers and rows in messages: as the filing writes them. */
import { abs, format, roundTo, type Decimal } from '../decimal';
import type { Cell, Column, Row } from '../model';
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
