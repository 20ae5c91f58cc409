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
