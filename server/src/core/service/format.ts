/**
 * Realigning a table: every number that is off its column's edge moves onto it, trading places
 * with the spaces beside it. Lines already aligned are not touched.
 */
import type { TextEdit } from '../findings';
import type { Cell, FilingModel } from '../model';
import { misalignments } from '../facts/alignment';
import { realignedLine } from '../fixes/move';

/** Edits that realign the tables overlapping lines [startLine, endLine]. */
export function realign(model: FilingModel, startLine = 0, endLine = model.lines.length - 1): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const table of model.tables) {
    if (table.endLine < startLine || table.startLine > endLine) continue;
    // Two numbers of one line may move: compose their moves into one replacement of the line.
    const byLine = new Map<number, { cell: Cell; shift: number }[]>();
    for (const m of misalignments(table)) {
      if (m.cell.span.line < startLine || m.cell.span.line > endLine) continue;
      const list = byLine.get(m.cell.span.line) ?? [];
      list.push({ cell: m.cell, shift: m.shift });
      byLine.set(m.cell.span.line, list);
    }
    for (const [line, moves] of byLine) {
      const text = realignedLine(model.lines[line], moves);
      if (text !== null) edits.push({ span: { line, start: 0, end: model.lines[line].length }, newText: text });
    }
  }
  return edits;
}
