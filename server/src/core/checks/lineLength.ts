/**
 * FL401 line-length: the EDGAR Filer Manual (Vol. II, 5.2) limits ASCII documents to lines of 80
 * characters and tables to 132. Older filings break this freely: information by default.
 */
import type { ModelCheck, Report } from './check';
import { perLine, type LineScan } from './perLine';
import { pageSlot } from '../pageKept';
import { isDashStuffed } from '../parse/lines';

const DOCUMENT_LIMIT = 80;
/**
 * A line of a document's header, before its `<TEXT>`: its fields are not the document's text, and a
 * `<DESCRIPTION>` may run to 255 characters. Nor are the lines EDGAR opens a disseminated submission
 * with (`<SEC-DOCUMENT>/in/edgar/work/.../0000950112-95-000774.txt : 19950712`, and the older
 * `<IMS-DOCUMENT>`), which name the submission's file and dates, not anything its filer typed.
 */
const DOCUMENT_HEADER = /^<(?:TYPE|SEQUENCE|FILENAME|DESCRIPTION|SEC-DOCUMENT|IMS-DOCUMENT|SEC-HEADER|IMS-HEADER)>/;
const TABLE_LIMIT = 132;

const lengthCache = pageSlot<Report>();

// Module functions, not arrows made in `run`: they run on every line (see docs/performance.md,
// "Closures and optimised code").
const scanLength: LineScan = (l, text, inTable, out) => {
  if (text.length <= DOCUMENT_LIMIT || DOCUMENT_HEADER.test(text)) return;
  const limit = inTable(l) ? TABLE_LIMIT : DOCUMENT_LIMIT;
  const width = text.trimEnd().length;
  // EDGAR's PEM armour writes `- ` before every line that starts with a dash (a rule of 80 dashes is
  // disseminated as 82 characters): the line as filed is the rest.
  const armour = isDashStuffed(text) ? 2 : 0;
  if (width - armour <= limit) return;
  const filed = armour ? ` as filed (without the \`- \` EDGAR's armour puts before it)` : '';
  out.push({
    span: { line: l, start: limit + armour, end: width },
    message: `Line is ${width - armour} characters${filed}; EDGAR allows ${limit}${limit === TABLE_LIMIT ? ' in a table' : ''}`,
    related: [],
  });
};
const mayBeTooLong = (text: string): boolean => text.length > DOCUMENT_LIMIT;

export const lineLength: ModelCheck = {
  code: 'FL401',
  name: 'line-length',
  description: 'A line is longer than EDGAR allows for ASCII documents (80 characters, 132 in tables).',
  defaultSeverity: 'information',
  scope: 'line',
  run(ctx) {
    return perLine(lengthCache, ctx, scanLength, mayBeTooLong);
  },
};
