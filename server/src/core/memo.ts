/**
 * Results computed once per object: a table's facts, summary, misalignments and percent misses. An
 * unchanged page keeps its table objects across edits, so what was worked out from them is kept
 * with them, and dropped with them (a WeakMap holds no table alive).
 */
export function memoize<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key: K): V => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

/**
 * The same for a result that also reads the document's lines: computed from the lines given the
 * first time. A table's lines do not change while the table object stands (an edit in them parses
 * its page again; lines added above move it, the same text).
 */
export function memoizeWithLines<K extends object, V>(
  compute: (key: K, lines: readonly string[]) => V,
): (key: K, lines: readonly string[]) => V {
  const known = new WeakMap<K, V>();
  return (key: K, lines: readonly string[]): V => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key, lines);
      known.set(key, value);
    }
    return value;
  };
}
