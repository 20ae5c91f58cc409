/**
 * What is worked out from a page, kept with the page object across edits: an unchanged page keeps
 * its object, so its per-line reports (checks/perLine.ts) and its financial data schedules' tag lines
 * (facts/dataSchedules.ts) are moved with it, not made again.
 */
import type { Page } from './model';

/** What was worked out from a page, and the line the page started on when it was. */
export interface PageKept<T> {
  from: number;
  items: T[];
}

/**
 * What was worked out from `page` and kept with the page object across edits, moved with the page
 * (`move`) when lines were added or removed above it; undefined for a page parsed anew, whose items
 * `keepWithPage` then keeps.
 */
export function keptWithPage<T>(
  cache: WeakMap<Page, PageKept<T>>,
  page: Page,
  move: (item: T, delta: number) => T,
): T[] | undefined {
  const known = cache.get(page);
  if (!known || known.from === page.from) return known?.items;
  const delta = page.from - known.from;
  const items = known.items.map((item) => move(item, delta));
  cache.set(page, { from: page.from, items });
  return items;
}

/** Keeps what was worked out from `page` with it (see keptWithPage). */
export function keepWithPage<T>(cache: WeakMap<Page, PageKept<T>>, page: Page, items: T[]): T[] {
  cache.set(page, { from: page.from, items });
  return items;
}
