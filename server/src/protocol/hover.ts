/** Hovers: a table's summary over its title, header or rows; a number's column and share over a number. */
import type { Hover, Position } from 'vscode-languageserver';
import { tableHoverMarkdown, numberHoverMarkdown, type Analysis } from '../core';

export function hover(analysis: Analysis, position: Position): Hover | null {
  const table = analysis.model.tables.find((t) => position.line >= t.startLine && position.line <= t.endLine);
  if (!table) return null;
  const number = numberHoverMarkdown(analysis.model, table, position.line, position.character);
  const value = number ?? tableHoverMarkdown(analysis.model, table);
  return { contents: { kind: 'markdown', value } };
}
