"use strict";
/**
 * Results sent again and again unchanged: the outline's symbols of one document version, say. A
 * marked result is serialised once, on its first sending, by a writer that knows the mark (the
 * stdio connection's, see connection.ts); other writers send it as any result. No runtime imports,
 * so a web worker's server marks its results too.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.sendsUnchanged = sendsUnchanged;
exports.slot = slot;
exports.isMarked = isMarked;
exports.bytesOf = bytesOf;
/**
 * Where a marked result keeps its JSON, made on its first sending: a slot keyed by a symbol on the
 * result itself, which JSON.stringify passes over and which dies with the result. (A WeakMap from
 * results to bytes held an entry for each of the tens of thousands of diagnostics a line break moves,
 * and its table grew with them: 4 MB after 5,000 edits to a 10 MB filing.)
 */
const BYTES = Symbol('serialised');
/**
 * Marks a result as never changed after this call, so that its JSON is made once however often it
 * is sent. The caller keeps it per document version (a new version makes a new result).
 */
function sendsUnchanged(result) {
    if (!(BYTES in result))
        slot(result, BYTES, undefined);
    return result;
}
/**
 * Sets a slot keyed by a symbol, not enumerable: comparisons of the object (assert.deepEqual) and
 * copies of it (`{ ...x }`) pass over it as JSON does.
 */
function slot(target, key, value) {
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}
/** Whether a result was marked by sendsUnchanged. */
function isMarked(result) {
    return BYTES in result;
}
/** A marked result's JSON, made by `encode` on its first sending. */
function bytesOf(result, encode) {
    const marked = result;
    return (marked[BYTES] ??= encode(result));
}
//# sourceMappingURL=unchanged.js.map