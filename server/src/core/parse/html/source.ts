/** An HTML document of the filing as one text, and the way back from its offsets to the filing's lines. */
import type { Span } from '../../model';

export class HtmlSource {
  /** The document's text: its lines joined with `\n`. */
  readonly html: string;
  /** Offset in `html` of each line's start. */
  private readonly starts: number[];

  constructor(
    lines: readonly string[],
    /** The filing's line where the document starts. */
    readonly firstLine: number,
    /** The line after the document's last. */
    readonly endLine: number,
  ) {
    const starts: number[] = [];
    let at = 0;
    for (let l = firstLine; l < endLine; l++) {
      starts.push(at);
      at += lines[l].length + 1;
    }
    this.starts = starts;
    this.html = lines.slice(firstLine, endLine).join('\n');
  }

  /** The filing's line holding offset `at`. */
  lineOf(at: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return this.firstLine + lo;
  }

  /** The offset just past the filing's line `line` (where its `\n` is, or the end of the text). */
  lineEnd(line: number): number {
    const k = line + 1 - this.firstLine;
    return k < this.starts.length ? this.starts[k] - 1 : this.html.length;
  }

  /** The span of source offsets [start, end) on the filing's lines; cut at the end of the first line. */
  span(start: number, end: number): Span {
    const line = this.lineOf(start);
    const lineStart = this.starts[line - this.firstLine];
    const next =
      line + 1 - this.firstLine < this.starts.length ? this.starts[line + 1 - this.firstLine] - 1 : this.html.length;
    return { line, start: start - lineStart, end: Math.min(end, next) - lineStart };
  }
}
