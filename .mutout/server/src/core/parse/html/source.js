"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HtmlSource = void 0;
class HtmlSource {
    firstLine;
    endLine;
    firstChar;
    /** The document's text: its lines joined with `\n`. */
    html;
    /** Offset in `html` of each line's start. */
    starts;
    /**
     * Lines [firstLine, endLine) of the filing; a part of a document read again after an edit may
     * start inside its first line, at `firstChar`, and end inside its last, before `lastChars`.
     */
    constructor(lines, 
    /** The filing's line where the document starts. */
    firstLine, 
    /** The line after the document's last. */
    endLine, 
    /** Where on the first line the text starts. */
    firstChar = 0, lastChars) {
        this.firstLine = firstLine;
        this.endLine = endLine;
        this.firstChar = firstChar;
        const taken = lines.slice(firstLine, endLine);
        if (lastChars !== undefined && taken.length > 0) {
            taken[taken.length - 1] = taken[taken.length - 1].slice(0, lastChars);
        }
        if (firstChar > 0 && taken.length > 0)
            taken[0] = taken[0].slice(firstChar);
        const starts = [];
        let at = 0;
        for (const line of taken) {
            starts.push(at);
            at += line.length + 1;
        }
        this.starts = starts;
        this.html = taken.join('\n');
    }
    /** The filing's line holding offset `at`. */
    lineOf(at) {
        return this.firstLine + this.indexOf(at);
    }
    /** Where offset `at` stands on its line of the filing. */
    charOf(at) {
        const k = this.indexOf(at);
        return at - this.starts[k] + (k === 0 ? this.firstChar : 0);
    }
    /** The index among this text's lines of the one holding offset `at`. */
    indexOf(at) {
        const { starts } = this;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= at)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** The offset just past the filing's line `line` (where its `\n` is, or the end of the text). */
    lineEnd(line) {
        const k = line + 1 - this.firstLine;
        return k < this.starts.length ? this.starts[k] - 1 : this.html.length;
    }
    /** The span of source offsets [start, end) on the filing's lines; cut at the end of the first line. */
    span(start, end) {
        const k = this.indexOf(start);
        const lineStart = this.starts[k] - (k === 0 ? this.firstChar : 0);
        const next = k + 1 < this.starts.length ? this.starts[k + 1] - 1 : this.html.length;
        return { line: this.firstLine + k, start: start - lineStart, end: Math.min(end, next) - lineStart };
    }
}
exports.HtmlSource = HtmlSource;
//# sourceMappingURL=source.js.map