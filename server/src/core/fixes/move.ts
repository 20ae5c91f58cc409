/** Moving a figure along its line: into the spaces beside it, without moving anything else on screen. */
import type { Cell } from '../model';
import type { TextEdit } from '../findings';
import { expandTabs } from '../parse/lines';

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
