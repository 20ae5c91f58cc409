/** Lists kept in a map by key. */

/** Adds a value to the list a map keeps under `key`, made on the first. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
