/**
 * Realigning a table: every number that is off its column's edge moves onto it, trading places
 * with the spaces beside it. Lines already aligned are not touched.
 */
import type { TextEdit } from '../findings';
import type { Cell, FilingModel } from '../model';
import { misalignments, moveInDisplay } from '../checks/alignment';
import { expandTabs } from '../parse/lines';

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
      // The moves are made on the line as displayed, in display columns: a line with tabs has them
      // written as the spaces they stand for (as a single move's fix does), one without is itself.
      const original = model.lines[line];
      let text = original.includes('\t') ? expandTabs(original) : original;
      let moved = false;
      // Right to left, so a move never shifts a number still to be moved.
      for (const mv of [...moves].sort((a, b) => b.cell.display.start - a.cell.display.start)) {
        const edit = moveInDisplay(text, mv.cell, mv.shift);
        if (!edit) continue;
        text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
        moved = true;
      }
      if (moved) edits.push({ span: { line, start: 0, end: original.length }, newText: text });
    }
  }
  return edits;
}
