"use strict";
/**
 * Which lines changed between two versions of a document. The parser reuses everything outside the
 * change; a document store that applies edits knows the change already and says so, and a caller
 * that does not is compared line by line.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffLines = diffLines;
exports.followedBy = followedBy;
/** The changed block between two versions: the lines between their common head and common tail. */
function diffLines(old, lines) {
    const n = Math.min(old.length, lines.length);
    let from = 0;
    while (from < n && old[from] === lines[from])
        from++;
    let tail = 0;
    while (tail < n - from && old[old.length - 1 - tail] === lines[lines.length - 1 - tail])
        tail++;
    return { from, oldTo: old.length - tail, newTo: lines.length - tail, delta: lines.length - old.length };
}
/**
 * The change so far followed by one more edit, which replaced the `removed` lines at `at` (in the
 * current text) by `added` lines. With no change so far, the edit alone.
 */
function followedBy(change, at, removed, added) {
    const d = added - removed;
    if (!change)
        return { from: at, oldTo: at + removed, newTo: at + added, delta: d };
    // Where the end of the changed block lands after the edit: before it, unmoved; after it, moved by
    // d; inside the replaced lines, at the end of the added ones.
    const end = change.newTo <= at ? change.newTo : change.newTo >= at + removed ? change.newTo + d : at + added;
    const from = Math.min(change.from, at);
    const newTo = Math.max(end, at + added);
    const delta = change.delta + d;
    return { from, oldTo: newTo - delta, newTo, delta };
}
//# sourceMappingURL=change.js.map