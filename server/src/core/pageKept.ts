/**
 * What is worked out from a page, kept with the page object across edits: an unchanged page keeps
 * its object, so its per-line reports (checks/perLine.ts), its financial data schedules' tag lines
 * (facts/dataSchedules.ts) and its Form 13F summary lines (facts/holdingsSummary.ts) are moved with
 * it, not made again. Each kind has a slot in the page's `kept` list rather than a WeakMap of its
 * own: every page is asked for each kind on every keystroke, and a list index is read in a fraction
 * of a WeakMap lookup (docs/performance.md, "What a page keeps").
 */
import type { Page } from './model';

/** What was worked out from a page, and the line the page started on when it was. */
export interface PageKept<T> {
  from: number;
  items: T[];
}

/** A kind of thing kept with pages: its place in each page's `kept` list. */
export interface PageSlot<T> {
  readonly index: number;
  /** Never set: it carries the type of what the slot keeps. */
  readonly kind?: T;
}

let slots = 0;

/** A new slot in every page's `kept` list, made once per kind at module load. */
export function pageSlot<T>(): PageSlot<T> {
  return { index: slots++ };
}

/** What `slot` holds for `page`, as it was kept (not moved). */
export function keptOn<T>(slot: PageSlot<T>, page: Page): PageKept<T> | undefined {
  return page.kept[slot.index] as PageKept<T> | undefined;
}

/**
 * What was worked out from `page` and kept with the page object across edits, moved with the page
 * (`move`) when lines were added or removed above it; undefined for a page parsed anew, whose items
 * `keepWithPage` then keeps.
 */
export function keptWithPage<T>(slot: PageSlot<T>, page: Page, move: (item: T, delta: number) => T): T[] | undefined {
  const known = keptOn(slot, page);
  if (!known || known.from === page.from) return known?.items;
  // Most pages hold none of what is kept: only where they start moves.
  if (known.items.length === 0) {
    known.from = page.from;
    return known.items;
  }
  const delta = page.from - known.from;
  const items = known.items.map((item) => move(item, delta));
  page.kept[slot.index] = { from: page.from, items };
  return items;
}

/** Keeps what was worked out from `page` with it (see keptWithPage). */
export function keepWithPage<T>(slot: PageSlot<T>, page: Page, items: T[]): T[] {
  page.kept[slot.index] = { from: page.from, items };
  return items;
}
