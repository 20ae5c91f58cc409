/**
 * FL401 line-length and FL402 character-set: the EDGAR Filer Manual (Vol. II, 5.2) limits ASCII
 * documents to lines of 80 characters and tables to 132, in printable ASCII. Older filings break
 * these freely, so both are information by default. HTML documents inside a submission are skipped.
 */
import type { Check, Report } from './check';
import { textRegions } from '../parse/regions';

const DOCUMENT_LIMIT = 80;
const TABLE_LIMIT = 132;
/** One finding per line is plenty; a runaway file gets this many and a summary. */
const MAX_PER_DOCUMENT = 500;

export const lineLength: Check = {
  code: 'FL401',
  name: 'line-length',
  description: 'A line is longer than EDGAR allows for ASCII documents (80 characters, 132 in tables).',
  defaultSeverity: 'information',
  run(ctx) {
    const out: Report[] = [];
    const { lines, tables } = ctx.model;
    const inTable = new Uint8Array(lines.length);
    for (const t of tables) {
      // The rules drawn just above and below a table belong to it.
      let first = t.startLine;
      while (first > 0 && t.startLine - first < 2 && /^[\s\-=_]*$/.test(lines[first - 1])) first--;
      let last = t.endLine;
      while (last + 1 < lines.length && last - t.bodyEndLine < 2 && /^[\s\-=_]*$/.test(lines[last + 1])) last++;
      for (let l = first; l <= last; l++) inTable[l] = 1;
    }
    for (const region of textRegions(lines)) {
      for (let l = region.start; l <= region.end && out.length < MAX_PER_DOCUMENT; l++) {
        const text = lines[l];
        const limit = inTable[l] || region.tableLines.has(l) ? TABLE_LIMIT : DOCUMENT_LIMIT;
        const width = text.replace(/\s+$/, '').length;
        if (width <= limit) continue;
        out.push({
          span: { line: l, start: limit, end: width },
          message: `Line is ${width} characters; EDGAR allows ${limit}${limit === TABLE_LIMIT ? ' in a table' : ''}`,
          related: [],
        });
      }
    }
    return out;
  },
};

const NOT_PRINTABLE = /[^\x20-\x7e\t]/g;

export const characterSet: Check = {
  code: 'FL402',
  name: 'character-set',
  description: 'A character outside printable ASCII, which EDGAR does not accept in ASCII documents.',
  defaultSeverity: 'information',
  run(ctx) {
    const out: Report[] = [];
    const { lines } = ctx.model;
    for (const region of textRegions(lines)) {
      for (let l = region.start; l <= region.end && out.length < MAX_PER_DOCUMENT; l++) {
        const text = lines[l];
        if (text.length > 10_000) continue; // data, not prose: reported by size elsewhere
        NOT_PRINTABLE.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = NOT_PRINTABLE.exec(text)) && out.length < MAX_PER_DOCUMENT) {
          const code = m[0].charCodeAt(0);
          out.push({
            span: { line: l, start: m.index, end: m.index + m[0].length },
            message: `Character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not printable ASCII`,
            related: [],
          });
        }
      }
    }
    return out;
  },
};
