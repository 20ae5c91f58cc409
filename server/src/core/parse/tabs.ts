/**
 * Rows of a table typed with tabs at other stops than the parse's. Most filers type a table with
 * spaces; where a few of its rows hold a tab, that tab was set at the filer's stops, which EDGAR does
 * not keep. Texas Instruments' 1998 segment table has `245<tab>       250` in one row among rows of
 * spaces: at stops eight columns apart its figures fall a column or more right of the others, and
 * the row's 1998 revenue is read as 1997's; with the tab taking no room, each figure ends where its
 * column's figures end. A table whose rows are mostly typed with tabs is read at the parse's stops,
 * where it was laid out.
 */
import type { LineAccess } from './doc';
import { coreEnd } from './columns';
import { lineInfo, tokenize, viewLine, type Chunk, type LineInfo, type LineView } from './lines';

/** The stops tried besides TAB_STOP, narrowest first: 0 is a tab that takes no room. */
const OTHER_STOPS = [0, 1, 2, 3, 4, 5, 6, 7];
/** Figures after the tabs that must each end on an edge of the rows typed with spaces. */
const MIN_FIGURES = 2;

/**
 * The table's rows with tabs read at the narrowest other stop that sets every figure after their
 * tabs on an edge the rows typed with spaces share, where the parse's stops do not; null when none
 * is read otherwise. `numericLines` are the table's rows with figures.
 */
export function retabbedRows(
  doc: LineAccess,
  numericLines: readonly number[],
): Map<number, { info: LineInfo; view: LineView }> | null {
  const { lines, infos } = doc;
  let tabbed = 0;
  for (const l of numericLines) if (lines[l].includes('\t')) tabbed++;
  if (tabbed === 0 || 2 * tabbed >= numericLines.length) return null;
  // The right edges two figures or more of the rows typed with spaces end on.
  const counts = new Map<number, number>();
  for (const l of numericLines) {
    if (lines[l].includes('\t')) continue;
    for (const c of infos[l].chunks) {
      if (!c.number) continue;
      const end = coreEnd(c);
      counts.set(end, (counts.get(end) ?? 0) + 1);
    }
  }
  const edges = new Set<number>();
  for (const [edge, n] of counts) if (n >= 2) edges.add(edge);
  const tabLines = numericLines.filter((l) => lines[l].includes('\t'));
  if (onEdges(tabLines, (l) => ({ view: doc.view(l), chunks: infos[l].chunks }), lines, edges) !== false) return null;
  for (const stop of OTHER_STOPS) {
    const read = new Map<number, { info: LineInfo; view: LineView }>();
    for (const l of tabLines) {
      const view = viewLine(lines[l], stop);
      read.set(l, { info: lineInfo(infos[l].kind, tokenize(view.text)), view });
    }
    const fits = onEdges(
      tabLines,
      (l) => ({ view: read.get(l)!.view, chunks: read.get(l)!.info.chunks }),
      lines,
      edges,
    );
    if (fits === true && sameFigures(tabLines, read, infos)) return read;
  }
  return null;
}

/**
 * Whether every figure after the first tab of `tabLines` ends on one of `edges`, MIN_FIGURES of them
 * at least (true); whether some do not (false); null when too few figures follow a tab to tell.
 */
function onEdges(
  tabLines: readonly number[],
  readOf: (line: number) => { view: LineView; chunks: Chunk[] },
  lines: readonly string[],
  edges: ReadonlySet<number>,
): boolean | null {
  let on = 0;
  for (const l of tabLines) {
    const tab = lines[l].indexOf('\t');
    const { view, chunks } = readOf(l);
    for (const c of chunks) {
      if (!c.number || view.toChar(c.start) < tab) continue;
      if (!edges.has(coreEnd(c))) return false;
      on++;
    }
  }
  return on >= MIN_FIGURES ? true : null;
}

/** Whether the rows read at another stop hold the same figures, in the same order, as at TAB_STOP. */
function sameFigures(
  tabLines: readonly number[],
  read: ReadonlyMap<number, { info: LineInfo }>,
  infos: readonly LineInfo[],
): boolean {
  for (const l of tabLines) {
    const before = infos[l].chunks.filter((c) => c.number).map((c) => c.text);
    const after = read
      .get(l)!
      .info.chunks.filter((c) => c.number)
      .map((c) => c.text);
    if (before.length !== after.length || before.some((t, k) => t !== after[k])) return false;
  }
  return true;
}
