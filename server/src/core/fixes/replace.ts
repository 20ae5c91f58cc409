/**
 * Replacing a number in a fixed-width line without moving anything else: a longer value takes
 * padding from its left, a shorter one gives padding back on its left, so the right edge stays.
 */
import type { TextEdit } from '../findings';
import type { Span } from '../model';

export function replaceKeepingRightEdge(lineText: string, span: Span, newText: string): TextEdit {
  const oldLength = span.end - span.start;
  const grow = newText.length - oldLength;
  if (grow > 0) {
    // Take `grow` spaces from the left, keeping at least one space before the value.
    let free = 0;
    for (let i = span.start - 1; i >= 0 && lineText[i] === ' '; i--) free++;
    if (free - 1 >= grow) return { span: { line: span.line, start: span.start - grow, end: span.end }, newText };
    return { span, newText };
  }
  if (grow < 0) return { span, newText: ' '.repeat(-grow) + newText };
  return { span, newText };
}

/** Applies edits (on distinct lines or non-overlapping spans) to a text, as an editor would. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split(/(\r\n|\r|\n)/);
  // lines alternates content and separators: content at even indexes.
  const byLine = new Map<number, TextEdit[]>();
  for (const e of edits) {
    const list = byLine.get(e.span.line) ?? [];
    list.push(e);
    byLine.set(e.span.line, list);
  }
  for (const [line, list] of byLine) {
    let content = lines[line * 2];
    if (content === undefined) continue;
    for (const e of [...list].sort((a, b) => b.span.start - a.span.start)) {
      content = content.slice(0, e.span.start) + e.newText + content.slice(e.span.end);
    }
    lines[line * 2] = content;
  }
  return lines.join('');
}
