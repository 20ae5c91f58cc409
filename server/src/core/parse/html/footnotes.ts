/** An HTML table's footnotes: the marked paragraphs (or rows of a table of notes) right under it. */
import type { Footnote } from '../../model';
import type { Block } from './scan';
import type { HtmlSource } from './source';

const MARKER = /^(\(\w{1,3}\)|\*{1,3}|\{\d{1,2}\}|\d{1,2}\))\s*/;
/** Paragraphs without a marker (a short rule's `&nbsp;`, a page number) allowed before the first note. */
const MAX_LEAD = 1;

export function findFootnotes(src: HtmlSource, after: Block[]): Footnote[] {
  const out: Footnote[] = [];
  let lead = 0;
  for (const b of after) {
    const m = MARKER.exec(b.text);
    if (!m || b.text.length === m[0].length) {
      if (out.length > 0 || ++lead > MAX_LEAD) break;
      continue;
    }
    const line = src.lineOf(b.start);
    out.push({ marker: m[1], text: b.text.slice(m[0].length), startLine: line, endLine: line });
  }
  return out;
}
