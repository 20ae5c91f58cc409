/**
 * FL402 character-set: the EDGAR Filer Manual (Vol. II, 5.2) allows printable ASCII in ASCII
 * documents. Older filings break this freely: information by default.
 */
import type { ModelCheck, Report } from './check';
import { MAX_PER_DOCUMENT, perLine, type LineScan } from './perLine';
import { pageSlot } from '../pageKept';

const NOT_PRINTABLE = /[^\x20-\x7e\t]/g;
const ANY_NOT_PRINTABLE = /[^\x20-\x7e\t]/;
const charsetCache = pageSlot<Report>();

const scanCharacters: LineScan = (l, text, _inTable, out) => {
  // Long lines are data, not prose; a line of plain ASCII is the common case.
  if (text.length > 10_000 || !ANY_NOT_PRINTABLE.test(text)) return;
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
};
const hasNonPrintable = (text: string): boolean => ANY_NOT_PRINTABLE.test(text);

export const characterSet: ModelCheck = {
  code: 'FL402',
  name: 'character-set',
  description: 'A character outside printable ASCII, which EDGAR does not accept in ASCII documents.',
  defaultSeverity: 'information',
  scope: 'line',
  run(ctx) {
    // A page of plain ASCII (most of them) is told by searching its lines, stopping at the first hit.
    // (Searching the page's lines joined into one string takes as long and allocates the page again.)
    return perLine(charsetCache, ctx, scanCharacters, hasNonPrintable);
  },
};
