/** Searches of sorted lists of numbers (line numbers, mostly). */

/** How many of the sorted `values` are below `value` (binary search): where `value` would go. */
export function countBelow(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
