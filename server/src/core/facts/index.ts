/**
 * What a table's numbers say about each other, computed once per table and shared by checks,
 * summaries and fixes: column footings (by segment), which column each percent column is a share
 * of, and which single cell explains a footing that fails.
 */
import { abs, add, cmp, neg, sub, type Decimal } from '../decimal';
import type { Row, Table } from '../model';
import { memoize } from '../memo';
import { computeFootings, doubtAbout, type Footing, type Unchecked } from './footings';
import { inferShares, shareMatches, type Share } from './shares';
import { relationsOf, type Relation } from './relations';
import { blameFor } from './crossFoot';
import { weightedAverages, type WeightedAverageRow } from './weightedAverages';
import { periodChainsOf, scheduleChainsOf, type PeriodChain, type ScheduleChain } from './periodChains';

export { markedTotal, type Footing, type Slip, type Unchecked } from './footings';
export { correctedPercentSum, shareMatches, type Share, type ShareRow } from './shares';
export { halfUnit, isExactColumn, isHundred, roundingTolerance } from './tolerance';
export { segmentOf } from './segments';
export { type Relation, type RelationFailure, type RelationTerm } from './relations';
export { type Blame } from './crossFoot';
export { type WeightedAverageRow } from './weightedAverages';

export interface TableFacts {
  /** Footings that foot, and failing ones whose reading can be trusted (see doubtAbout). */
  footings: Footing[];
  shares: Share[];
  /** Totals not checked, and why: the lens and hover say so. */
  unchecked: Unchecked[];
  /** Relations between columns that hold across the rows (cross-footing), with where they fail. */
  relations: Relation[];
  /** Weighted-average figures on total rows (options by exercise-price range), checked against their rows. */
  weightedAverages: WeightedAverageRow[];
}

/** A table's facts, computed once per table object (unchanged pages keep their tables). */
export const factsOf = memoize(computeFacts);

function computeFacts(table: Table): TableFacts {
  const { footings: candidates, unchecked } = computeFootings(table);
  const shares = inferShares(table, candidates);
  attributeCulprits(candidates, shares);
  const footings: Footing[] = [];
  for (const f of candidates) {
    const doubt = doubtAbout(f, table);
    if (doubt) unchecked.push({ column: f.column, total: f.total, why: doubt });
    else footings.push(f);
  }
  const relations = relationsOf(table);
  attributeCrossFoots(relations, footings);
  attributeChains(table, footings, relations);
  return { footings, shares, unchecked, relations, weightedAverages: weightedAverages(table, footings) };
}

/**
 * Names the cell to blame in each row where a relation fails (see crossFoot.ts). A cell that is also
 * the answer to a failing footing is marked on that footing, which reports it once; footings of the
 * same row that fail only because a relation carried the wrong figure into them are marked as
 * following from it (a total's `TOTAL = INTEREST + PRINCIPAL` with a wrong principal total).
 */
function attributeCrossFoots(relations: Relation[], footings: Footing[]): void {
  for (const relation of relations) {
    for (const failure of relation.fails) {
      const blame = blameFor(relation, failure, footings);
      failure.blame = blame ?? undefined;
      if (blame?.footing) blame.footing.crossFoot = { relation, failure };
    }
  }
  for (const relation of relations) {
    for (const failure of relation.fails) {
      const blame = failure.blame;
      if (!blame?.footing) continue;
      // Other relations that hold on the row with the blamed cell as a term carry it into their result.
      for (const other of relations) {
        if (other === relation || !other.holds.includes(blame.row)) continue;
        if (!other.terms.some((t) => t.column === blame.column)) continue;
        const f = footings.find((x) => !x.ok && x.column === other.result && x.total === blame.row && !x.crossFoot);
        if (f) f.follows = { blame, relation: other };
      }
    }
  }
}

/**
 * Marks each failing footing that foots once a year's opening balance reads as the balance the year
 * before closed with, where that figure also makes the year roll forward (a cash-flow statement's
 * `Cash at beginning of year` is both a term of the footing and the roll-forward's opening balance;
 * a schedule's beginning balances are a column with a total): the chain names the figure, and FL105
 * reports it once. So are the relation failures of a schedule's row that the mend explains.
 */
function attributeChains(table: Table, footings: Footing[], relations: Relation[]): void {
  const failing = footings.some((f) => !f.ok) || relations.some((r) => r.fails.length > 0);
  if (!failing) return;
  const mends: { chain: PeriodChain | ScheduleChain; column: number; row: Row; open: Decimal; close: Decimal }[] = [];
  for (const chain of periodChainsOf(table)) {
    if (chain.mends) {
      mends.push({
        chain,
        column: chain.later.index,
        row: chain.segment.open,
        open: chain.open.value!,
        close: chain.close.value!,
      });
    }
  }
  for (const chain of scheduleChainsOf(table)) {
    if (!chain.mends) continue;
    mends.push({
      chain,
      column: chain.open.column,
      row: chain.later,
      open: chain.open.value!,
      close: chain.close.value!,
    });
    for (const r of relations) for (const f of r.fails) if (f.row === chain.later) f.chained = true;
  }
  for (const m of mends) {
    for (const f of footings) {
      if (f.ok || f.column !== m.column) continue;
      const at = f.segment.indexOf(m.row);
      const sign = at < 0 ? 0 : f.signs[at];
      if (sign !== 1 && sign !== -1) continue;
      // The sum with the opening figure read as the year before's closing one.
      const change = sub(m.close, m.open);
      const computed = add(f.computed, sign === 1 ? change : neg(change));
      if (cmp(abs(sub(f.stated, computed)), f.tolerance) <= 0) f.chained = m.chain;
    }
  }
}

/** Marks, on each failing footing, the one body cell whose row's share explains the difference. */
function attributeCulprits(footings: Footing[], shares: Share[]): void {
  // A failing footing whose difference one row's share explains: that row's base cell is wrong.
  for (const f of footings) {
    if (f.ok) continue;
    const diff = sub(f.computed, f.stated);
    for (const share of shares) {
      if (share.baseColumn !== f.column || !share.denominatorIsStatedTotal) continue;
      const candidates = share.rows.filter((sr) => {
        if (!f.segment.includes(sr.row)) return false;
        const base = sr.row.cells[f.column]?.value;
        if (!base) return false;
        const corrected = sub(base, diff);
        return !sr.ok && shareMatches(sr.stated, corrected, sr.denominator ?? share.denominator);
      });
      if (candidates.length === 1) {
        const sr = candidates[0];
        sr.explained = true;
        f.culprit = { row: sr.row, expected: sub(sr.row.cells[f.column]!.value!, diff) };
      }
    }
  }
}
