"use strict";
/** Searches of sorted lists of numbers (line numbers, mostly). */
Object.defineProperty(exports, "__esModule", { value: true });
exports.countBelow = countBelow;
/** How many of the sorted `values` are below `value` (binary search): where `value` would go. */
function countBelow(values, value) {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (values[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
//# sourceMappingURL=sorted.js.map