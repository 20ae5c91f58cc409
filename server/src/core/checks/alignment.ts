/**
 * FL201 alignment: numbers in a column share a right edge (or a decimal point). A number whose
 * edge is off by a few characters while it still overlaps the column is misaligned.
 */
import type { Cell, Column, Table } from '../model';
import type { TextEdit } from '../findings';
import type { Check, Report } from './check';
import { expandTabs } from '../parse/lines';

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

/**
 * Counts of small integer keys in the order first met; `top` is the key that first reached the
 * highest count (`firstMet` breaks ties the other way). Columns hold a handful of distinct keys, so
 * a linear search beats a Map.
 */
class Tally {
  keys: number[] = [];
  counts: number[] = [];
  top = 0;
  topCount = 0;
  add(key: number): void {
    let k = this.keys.indexOf(key);
    if (k < 0) {
      k = this.keys.length;
      this.keys.push(key);
      this.counts.push(0);
    }
    const n = ++this.counts[k];
    if (n > this.topCount) {
      this.top = key;
      this.topCount = n;
    }
  }
  /** Of the keys with the highest count, the one met first, and that count (0 and 0 when empty). */
  firstMet(): { key: number; count: number } {
    let key = 0;
    let count = 0;
    for (let k = 0; k < this.keys.length; k++) {
      if (this.counts[k] > count) {
        key = this.keys[k];
        count = this.counts[k];
      }
    }
    return { key, count };
  }
}

/** How a number is written, for grouping a column's numbers: its decimals, and whether it has `%`. */
function style(cell: Cell): number {
  return cell.value!.scale * 2 + (cell.percent ? 1 : 0);
}

function findMisalignments(table: Table): Misalignment[] {
  const out: Misalignment[] = [];
  for (const column of table.columns) {
    if (column.kind === 'label') continue;
    const cells: Cell[] = [];
    const styles = new Tally();
    for (const r of table.rows) {
      if (r.kind === 'heading') continue;
      const c = r.cells[column.index];
      if (!c || !c.value) continue;
      cells.push(c);
      styles.add(style(c));
    }
    // The numbers written like most of the column's.
    const alike: Cell[] = [];
    const digits: number[] = [];
    for (const c of cells) {
      if (style(c) !== styles.top) continue;
      alike.push(c);
      digits.push(digitsEnd(c));
    }
    if (alike.length < MIN_CELLS) continue;
    // Some filers hang a closing `)` or a `*` in the gutter, others put it on the edge: a number
    // is on an edge when its digits end there or its last character does. How many numbers sit on
    // each edge (a number counts once when both its ends are the same); the first edge, in the
    // order met, with the most numbers wins.
    const edges = new Tally();
    for (let i = 0; i < alike.length; i++) {
      edges.add(digits[i]);
      if (alike[i].display.end !== digits[i]) edges.add(alike[i].display.end);
    }
    const { key: edge, count: onEdge } = edges.firstMet();
    // All but one of a small column, or most of a long one, must agree on the edge.
    if (onEdge < Math.min(Math.ceil(alike.length * AGREEMENT), alike.length - 1)) continue;
    for (let i = 0; i < alike.length; i++) {
      const cell = alike[i];
      if (digits[i] === edge || cell.display.end === edge) continue;
      const shift = edge - digits[i];
      if (Math.abs(shift) > MAX_SHIFT) continue;
      out.push({ table, column, cell, shift, edge, by: 'right edge' });
    }
  }
  return out;
}

/**
 * Moves the number by swapping it with the spaces beside it; null when there is no room. On a line
 * with tabs, moving it across a tab stop would move the text after it too: the edit is then the
 * whole line, rewritten by realignedLine (the fix's title says so, see TABS_BECOME_SPACES).
 */
export function moveEdit(line: string, cell: Cell, shift: number): TextEdit | null {
  if (!line.includes('\t')) return moveAmongSpaces(line, cell.span.line, cell.span.start, cell.span.end, shift);
  const text = realignedLine(line, [{ cell, shift }]);
  return text === null ? null : { span: { line: cell.span.line, start: 0, end: line.length }, newText: text };
}

/**
 * The line with its numbers moved (`moves` of cells on it), or null when none could move. The moves
 * are made on the line as displayed, in display columns: a line with tabs has them written as the
 * spaces they stand for, so every other character keeps its column on screen.
 */
export function realignedLine(line: string, moves: readonly { cell: Cell; shift: number }[]): string | null {
  let text = line.includes('\t') ? expandTabs(line) : line;
  let moved = false;
  // Right to left, so a move never shifts a number still to be moved.
  for (const mv of [...moves].sort((a, b) => b.cell.display.start - a.cell.display.start)) {
    const edit = moveAmongSpaces(text, mv.cell.span.line, mv.cell.display.start, mv.cell.display.end, mv.shift);
    if (!edit) continue;
    text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    moved = true;
  }
  return moved ? text : null;
}

/** What a fix's title adds when its line's tabs become spaces. */
export const TABS_BECOME_SPACES = " (the line's tabs become spaces)";

/** The number at [start, end) of `line`, a line of spaces only, moved `shift` columns; null when there is no room. */
function moveAmongSpaces(line: string, lineNumber: number, start: number, end: number, shift: number): TextEdit | null {
  const number = line.slice(start, end);
  if (shift > 0) {
    const after = line.slice(end, end + shift);
    if (after.length === shift && /^ *$/.test(after)) {
      return { span: { line: lineNumber, start, end: end + shift }, newText: ' '.repeat(shift) + number };
    }
    if (after.length < shift && /^ *$/.test(after)) {
      return { span: { line: lineNumber, start, end: line.length }, newText: ' '.repeat(shift) + number };
    }
    return null;
  }
  const k = -shift;
  // The number alone, or else with the `$` set apart in front of it (`...  $ 1,847.4` one left: the
  // number alone could only close the gap to its sign). A space is left before what moves.
  for (const from of [start, detachedDollar(line, start)]) {
    if (from < 0 || from - k < 0) continue;
    if (/^ +$/.test(line.slice(from - k, from)) && (from - k === 0 || line[from - k - 1] === ' ')) {
      return { span: { line: lineNumber, start: from - k, end }, newText: line.slice(from, end) + ' '.repeat(k) };
    }
  }
  return null;
}

/** Where the `$` written apart before the number at `start` is (`$ 1,847.4`), or -1. */
function detachedDollar(line: string, start: number): number {
  let k = start;
  while (k > 0 && line[k - 1] === ' ') k--;
  return k < start && k > 0 && line[k - 1] === '$' ? k - 1 : -1;
}

/**
 * For a misaligned cell, the first cell of its column that sits on the edge it missed (shown beside
 * the finding). Each column's cells are indexed by edge once, on the first question about it: a
 * search of the column per misaligned cell was quadratic in a long table with many of them.
 */
function anchors(table: Table): (m: Misalignment) => Cell | undefined {
  // Per column and measure, the first cell on each edge. A misaligned cell is never on the edge it
  // missed (its own edge is what made it misaligned), so the cell found is another.
  const byColumn = new Map<string, Map<number, Cell>>();
  return (m) => {
    const key = `${m.column.index} ${m.by}`;
    let edges = byColumn.get(key);
    if (!edges) {
      edges = new Map();
      for (const row of table.rows) {
        const c = row.cells[m.column.index];
        if (!c) continue;
        const edge = m.by === 'right edge' ? digitsEnd(c) : pointAt(c);
        if (!edges.has(edge)) edges.set(edge, c);
      }
      byColumn.set(key, edges);
    }
    return edges.get(m.edge);
  };
}

export const alignment: Check = {
  code: 'FL201',
  name: 'alignment',
  description: "A number's right edge (or decimal point) is off the edge the rest of its column shares.",
  defaultSeverity: 'warning',
  scope: 'table',
  run(ctx) {
    const out: Report[] = [];
    for (const table of ctx.model.tables) {
      const anchorOf = anchors(table);
      for (const m of misalignments(table)) {
        const name = m.column.header ? `"${m.column.header}"` : `column ${m.column.index + 1}`;
        const line = ctx.model.lines[m.cell.span.line];
        const edit = moveEdit(line, m.cell, m.shift);
        const off = Math.abs(m.shift);
        const direction = m.shift > 0 ? 'left of' : 'right of';
        const what = m.by === 'right edge' ? 'end' : 'have their decimal point';
        const anchor = anchorOf(m);
        out.push({
          span: m.cell.span,
          table: table.index,
          message:
            `${m.cell.text.trim()} is ${off} character${off === 1 ? '' : 's'} ${direction} its column: the numbers of ${name} ${what} at column ${m.edge}` +
            `, this one at column ${m.edge - m.shift}`,
          related: anchor ? [{ span: anchor.span, message: `aligned: ${anchor.text.trim()}` }] : [],
          fix: edit
            ? {
                title: `Move ${m.cell.text.trim()} ${off} ${m.shift > 0 ? 'right' : 'left'} onto the column's ${m.by}${line.includes('\t') ? TABS_BECOME_SPACES : ''}`,
                edits: [edit],
              }
            : undefined,
        });
      }
    }
    return out;
  },
};
