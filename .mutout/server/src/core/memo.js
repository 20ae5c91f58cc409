"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.memoize = memoize;
/**
 * Results computed once per object: a table's facts, summary, misalignments and percent misses. An
 * unchanged page keeps its table objects across edits, so what was worked out from them is kept
 * with them, and dropped with them (a WeakMap holds no table alive).
 *
 * A result that also reads the document's lines (`lines`) is computed from the lines given the first
 * time: a table's lines do not change while the table object stands (an edit in them parses its
 * page again; lines added above move it, the same text).
 */
function memoize(compute) {
    const known = new WeakMap();
    return (key, lines) => {
        let value = known.get(key);
        if (value === undefined) {
            value = compute(key, lines);
            known.set(key, value);
        }
        return value;
    };
}
//# sourceMappingURL=memo.js.map