/**
 * FL201 alignment: numbers in a column share a right edge (or a decimal point). A number whose
 * edge is off by a few characters while it still overlaps the column is misaligned.
 */
import type { Cell, Column, Table } from '../model';
import type { TextEdit } from '../findings';
import type { Check, Report } from './check';

/** How far off a number may sit and still be taken as belonging to its column. */
const MAX_SHIFT = 4;
/** Share of a column's cells that must agree on an edge before the others are called off it. */
const AGREEMENT = 0.75;
/** Fewer numbers than this do not establish a column's edge. */
const MIN_CELLS = 4;

/** The right edge of a number's digits (or its `%`), leaving out a hanging `)` or `*`. */
export function digitsEnd(cell: Cell): number {
  let end = cell.display.end;
  const text = cell.text;
  let i = text.length - 1;
  while (i > 0 && (text[i] === ')' || text[i] === '*')) {
    end--;
    i--;
  }
  return end;
}

/** The text without any of `chars` at its end (a loop, not a regex: `[)*]+$` is quadratic). */
function stripTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** The position of a number's decimal point (or where it would be), for decimal-aligned columns. */
export function pointAt(cell: Cell): number {
  const end = digitsEnd(cell);
  const bare = stripTrailing(cell.text, ')*');
  const body = bare.endsWith('%') ? bare.slice(0, -1) : bare;
  const dot = body.lastIndexOf('.');
  const trailing = bare.endsWith('%') ? 1 : 0;
  return dot < 0 ? end - trailing : end - trailing - (body.length - dot);
}

function mode(values: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  let best = { value: 0, count: 0 };
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > best.count) best = { value: v, count: n };
  }
  return best;
}

export interface Misalignment {
  table: Table;
  column: Column;
  cell: Cell;
  /** Characters to move right (positive) or left (negative). */
  shift: number;
  /** The edge the column's numbers share. */
  edge: number;
  by: 'right edge' | 'decimal point';
}

/**
 * Misaligned cells of one table. A column is checked when nearly all of its numbers written alike
 * (same decimals, same `%`) share one right edge; numbers written otherwise (per-share figures
 * among whole amounts) follow other conventions and are left alone.
 */
const cache = new WeakMap<Table, Misalignment[]>();

export function misalignments(table: Table): Misalignment[] {
  let known = cache.get(table);
  if (!known) {
    known = findMisalignments(table);
    cache.set(table, known);
  }
  return known;
}

function findMisalignments(table: Table): Misalignment[] {
  const out: Misalignment[] = [];
  for (const column of table.columns) {
    if (column.kind === 'label') continue;
    const cells = table.rows.filter((r) => r.kind !== 'heading').map((r) => r.cells[column.index]).filter((c): c is Cell => !!c && !!c.value);
    const main = mode(cells.map((c) => c.value!.scale * 2 + (c.percent ? 1 : 0)));
    const alike = cells.filter((c) => c.value!.scale * 2 + (c.percent ? 1 : 0) === main.value);
    if (alike.length < MIN_CELLS) continue;
    // Some filers hang a closing `)` or a `*` in the gutter, others put it on the edge: a number
    // is on an edge when its digits end there or its last character does.
    const on = (cell: Cell, edge: number) => digitsEnd(cell) === edge || cell.display.end === edge;
    // How many numbers sit on each edge (a number counts once when both its ends are the same);
    // the first edge, in the order met, with the most numbers wins.
    const onEdge = new Map<number, number>();
    for (const c of alike) {
      const digits = digitsEnd(c);
      onEdge.set(digits, (onEdge.get(digits) ?? 0) + 1);
      if (c.display.end !== digits) onEdge.set(c.display.end, (onEdge.get(c.display.end) ?? 0) + 1);
    }
    let ends = { value: 0, count: 0 };
    for (const [edge, count] of onEdge) if (count > ends.count) ends = { value: edge, count };
    // All but one of a small column, or most of a long one, must agree on the edge.
    if (ends.count < Math.min(Math.ceil(alike.length * AGREEMENT), alike.length - 1)) continue;
    for (const cell of alike) {
      if (on(cell, ends.value)) continue;
      const shift = ends.value - digitsEnd(cell);
      if (Math.abs(shift) > MAX_SHIFT) continue;
      out.push({ table, column, cell, shift, edge: ends.value, by: 'right edge' });
    }
  }
  return out;
}

/** Moves the number by swapping it with the spaces beside it; null when there is no room. */
export function moveEdit(line: string, cell: Cell, shift: number): TextEdit | null {
  if (line.includes('\t')) return null; // moving across tab stops would move other text too
  const { start, end } = cell.span;
  const number = line.slice(start, end);
  if (shift > 0) {
    const after = line.slice(end, end + shift);
    if (after.length === shift && /^ *$/.test(after)) return { span: { line: cell.span.line, start, end: end + shift }, newText: ' '.repeat(shift) + number };
    if (after.length < shift && /^ *$/.test(after)) return { span: { line: cell.span.line, start, end: line.length }, newText: ' '.repeat(shift) + number };
    return null;
  }
  const k = -shift;
  const before = line.slice(start - k, start);
  if (start - k >= 0 && /^ +$/.test(before) && (start - k === 0 || line[start - k - 1] === ' ' || k < before.length)) {
    return { span: { line: cell.span.line, start: start - k, end }, newText: number + ' '.repeat(k) };
  }
  return null;
}

export const alignment: Check = {
  code: 'FL201',
  name: 'alignment',
  description: "A number's right edge (or decimal point) is off the edge the rest of its column shares.",
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Report[] = [];
    for (const table of ctx.model.tables) {
      for (const m of misalignments(table)) {
        const name = m.column.header ? `"${m.column.header}"` : `column ${m.column.index + 1}`;
        const edit = moveEdit(ctx.model.lines[m.cell.span.line], m.cell, m.shift);
        const off = Math.abs(m.shift);
        const direction = m.shift > 0 ? 'left of' : 'right of';
        const what = m.by === 'right edge' ? 'end' : 'have their decimal point';
        const anchor = table.rows.map((r) => r.cells[m.column.index]).find((c) => c && c !== m.cell && (m.by === 'right edge' ? digitsEnd(c) : pointAt(c)) === m.edge);
        out.push({
          span: m.cell.span,
          table: table.index,
          message:
            `${m.cell.text.trim()} is ${off} character${off === 1 ? '' : 's'} ${direction} its column: the numbers of ${name} ${what} at column ${m.edge}` +
            `, this one at column ${m.edge - m.shift}`,
          related: anchor ? [{ span: anchor.span, message: `aligned: ${anchor.text.trim()}` }] : [],
          fix: edit ? { title: `Move ${m.cell.text.trim()} ${off} ${m.shift > 0 ? 'right' : 'left'} onto the column's ${m.by}`, edits: [edit] } : undefined,
        });
      }
    }
    return out;
  },
};
