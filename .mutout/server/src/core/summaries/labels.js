"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.labelNumber = labelNumber;
exports.labelRange = labelRange;
/** Row labels as quantities: a single number (`6.375`, `360`) or a range (`50.01 to 55.00`). */
const decimal_1 = require("../decimal");
const NUMBER_IN_LABEL = /\$?\d[\d,]*(?:\.\d+)?/g;
const OPEN_BELOW = /\b(?:and\s+below|or\s+less|and\s+less|less\s+than|up\s+to|under|below)\b/i;
const OPEN_ABOVE = /\b(?:and\s+above|or\s+more|and\s+over|greater\s+than|more\s+than|over|above)\b/i;
/** The label as one number, or null. */
function labelNumber(label) {
    const parsed = (0, decimal_1.parseNumber)(label.replace(/%$/, ''));
    return parsed && !parsed.dash ? parsed.value : null;
}
/** The label as a range of values, or null when it is not one. */
function labelRange(label) {
    if (label.length > 80)
        return null;
    const found = label.match(NUMBER_IN_LABEL) ?? [];
    const values = found.map((t) => (0, decimal_1.parseNumber)(t)?.value).filter((v) => v !== undefined);
    if (values.length === 2)
        return { low: values[0], high: values[1] };
    if (values.length === 1) {
        if (OPEN_BELOW.test(label))
            return { low: null, high: values[0] };
        if (OPEN_ABOVE.test(label))
            return { low: values[0], high: null };
    }
    return null;
}
//# sourceMappingURL=labels.js.map