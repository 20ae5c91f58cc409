/**
 * Results sent again and again unchanged: the outline's symbols of one document version, say. A
 * marked result is serialised once, on its first sending, by a writer that knows the mark (the
 * stdio connection's, see connection.ts); other writers send it as any result. No runtime imports,
 * so a web worker's server marks its results too.
 */

/** Serialised results by result object: undefined until first sent. */
export const encoded = new WeakMap<object, Uint8Array | undefined>();

/**
 * Marks a result as never changed after this call, so that its JSON is made once however often it
 * is sent. The caller keeps it per document version (a new version makes a new result).
 */
export function sendsUnchanged<T extends object>(result: T): T {
  if (!encoded.has(result)) encoded.set(result, undefined);
  return result;
}
