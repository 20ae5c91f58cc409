/**
 * Replacing a number in a fixed-width line without moving anything else: a longer value takes
 * padding from its left, a shorter one gives padding back on its left, so the right edge stays.
 */
import type { Fix, TextEdit } from '../findings';
import type { Span } from '../model';

export function replaceKeepingRightEdge(lineText: string, span: Span, newText: string, exact = false): TextEdit {
  // A figure of an HTML table (`exact`) has no padding to keep: its characters alone are replaced.
  if (exact) return { span, newText };
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

/**
 * The fix titled `title` (`Change 266 to 261`) that changes one figure to `to`, on its right edge
 * (`html`: a cell's characters alone).
 */
export function changeFigure(lines: readonly string[], span: Span, to: string, html: boolean, title: string): Fix {
  return { title, edits: [replaceKeepingRightEdge(lines[span.line], span, to, html)] };
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

/**
 * The fixes that can be applied together, in order: each whose edits overlap none of those kept
 * before it (an edit identical to a kept one is applied once). Fixes of different findings can meet
 * on one line (two moves on a line with tabs each rewrite the line): those left out stay findings
 * for the next analysis rather than being applied over one another.
 */
export function compatibleFixes<F extends Pick<Fix, 'edits'>>(fixes: F[]): { fixes: F[]; edits: TextEdit[] } {
  const kept: F[] = [];
  const edits: TextEdit[] = [];
  const byLine = new Map<number, TextEdit[]>();
  const same = (a: TextEdit, b: TextEdit) =>
    a.span.start === b.span.start && a.span.end === b.span.end && a.newText === b.newText;
  const meet = (a: TextEdit, b: TextEdit) =>
    a.span.start === b.span.start || (a.span.start < b.span.end && b.span.start < a.span.end);
  for (const fix of fixes) {
    const clash = fix.edits.some((e) => (byLine.get(e.span.line) ?? []).some((k) => meet(e, k) && !same(e, k)));
    if (clash) continue;
    kept.push(fix);
    for (const e of fix.edits) {
      const onLine = byLine.get(e.span.line) ?? [];
      if (onLine.some((k) => same(e, k))) continue;
      onLine.push(e);
      byLine.set(e.span.line, onLine);
      edits.push(e);
    }
  }
  return { fixes: kept, edits };
}
