/** Tables the filer broke across a `<PAGE>` marker, joined into one. */
import type { Table } from '../model';
import { PAGE_RE } from './lines';

const CONTINUED_GAP = 16;

/**
 * A table the filer broke across a `<PAGE>` marker: the part above has no total row, and the part
 * below starts right after the marker (past blank lines, a page number, a running head or a
 * "(Continued)" title, but no sentence leading into a new table) with the same numeric columns at the same right edges. The two are one table:
 * its total adds the rows of both pages.
 */
export function joinContinuedTables(lines: string[], tables: Table[]): Table[] {
  if (tables.length < 2) return tables;
  const out: Table[] = [];
  for (const table of tables) {
    const previous = out[out.length - 1];
    if (previous && continues(lines, previous, table)) {
      out[out.length - 1] = {
        ...previous,
        rows: [...previous.rows, ...table.rows],
        rules: [...previous.rules, ...table.rules],
        footnotes: table.footnotes,
        endLine: table.endLine,
        bodyEndLine: table.bodyEndLine,
        continuedFrom: previous.continuedFrom ?? previous,
      };
      continue;
    }
    out.push(table);
  }
  out.forEach((t, i) => (t.index = i));
  return out;
}

/**
 * A sentence that leads into a table (`... to the pension liability are as follows:`): the part
 * below it is a new table with the same columns, not the rest of the one above.
 */
const LEADS_IN = /\b(?:as follows|the following|set forth below|shown below|summarized below)\b|[a-z]{2}[a-z,)]* *:$/i;

function continues(lines: string[], above: Table, below: Table): boolean {
  if (below.page !== above.page + 1 || above.rows.some((r) => r.kind === 'total')) return false;
  if (below.startLine - above.endLine > CONTINUED_GAP) return false;
  // Only blank lines, the marker, a page number and short headings between the two parts.
  let markers = 0;
  for (let l = above.endLine + 1; l < below.startLine; l++) {
    const t = lines[l].trim();
    if (PAGE_RE.test(lines[l])) markers++;
    else if (t.length > 90 || LEADS_IN.test(t)) return false;
  }
  if (markers !== 1) return false;
  if (below.titleLine >= 0 && LEADS_IN.test(lines[below.titleLine].trim())) return false;
  const a = above.columns.slice(1);
  const b = below.columns.slice(1);
  if (a.length !== b.length || a.length === 0) return false;
  return a.every((c, i) => Math.abs(c.rightEdge - b[i].rightEdge) <= 1 && c.kind === b[i].kind);
}
