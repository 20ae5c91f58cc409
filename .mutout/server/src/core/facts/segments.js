"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ruleLinesOf = ruleLinesOf;
exports.segmentOf = segmentOf;
exports.afterLastGap = afterLastGap;
const sorted_1 = require("../sorted");
/**
 * The lines of a table's rules, for finding the rules above a total by binary search: a table of
 * thousands of rows with a subtotal every few rows would otherwise filter all its rules for each
 * total. The parser adds rules top down (a joined table's first part's before its second's), so
 * they are in line order, as `table.rules` is. Made afresh for each computation of facts (a kept
 * table's lines move with edits above it).
 */
function ruleLinesOf(table) {
    return table.rules.map((r) => r.line);
}
/**
 * Rows a total adds up: back to the rule before the total's own rule. With `headings` a section
 * heading (`STOCKHOLDERS' EQUITY:`) also ends the segment.
 */
function segmentOf(table, totalIndex, headings = true, ruleLines = ruleLinesOf(table)) {
    const total = table.rows[totalIndex];
    // Rules drawn over some of the total's columns only (under `Comprehensive income` in the Total
    // column) close subtotals of those columns, not the total's segment: they are passed over.
    let k = spanningBelow(table, total, ruleLines, (0, sorted_1.countBelow)(ruleLines, total.lines[0]));
    // The total's own rule is the nearest rule above it; the segment starts after the one before.
    const ownRule = k > 0 ? ruleLines[k - 1] : -1;
    // Direct when no row sits between that rule and the total (rows are in line order: the row just above decides).
    const ownRuleIsDirect = ownRule >= 0 && !(totalIndex > 0 && table.rows[totalIndex - 1].line > ownRule);
    if (ownRuleIsDirect)
        k = spanningBelow(table, total, ruleLines, k - 1);
    const boundaryRule = ownRuleIsDirect ? (k > 0 ? ruleLines[k - 1] : -1) : ownRule;
    // Gathered upwards and turned round once: unshifting each row would move the whole segment every time.
    const out = [];
    for (let i = totalIndex - 1; i >= 0; i--) {
        const row = table.rows[i];
        if (row.line <= boundaryRule)
            break;
        if (row.kind === 'heading') {
            if (headings)
                break;
            continue;
        }
        out.push(row);
    }
    return out.reverse();
}
/** The rows after the last blank line between rows of a segment. */
function afterLastGap(rows) {
    for (let i = rows.length - 1; i > 0; i--) {
        if (rows[i].lines[0] - rows[i - 1].line > 1)
            return rows.slice(i);
    }
    return rows;
}
/**
 * The count of rules above the total that end with one it can close on: `k` itself unless rule
 * k - 1 is drawn over the right-hand columns only (it starts right of the total's first figure and
 * reaches its last), else fewer, past such rules. A rule short on the left side is kept: it may be
 * a total's rule over the columns that have figures.
 */
function spanningBelow(table, total, ruleLines, k) {
    let first = -1;
    let last = -1;
    for (const c of total.cells) {
        if (!c?.value)
            continue;
        if (first < 0)
            first = c.display.start;
        last = c.display.end;
    }
    if (first < 0)
        return k;
    while (k > 0) {
        const rule = table.rules[k - 1];
        const rightHandOnly = rule.display.start > first + RULE_SLACK && rule.display.end >= last - RULE_SLACK;
        if (!rightHandOnly)
            return k;
        k--;
    }
    return k;
}
/** Characters a rule may fall short of a figure's ends and still be drawn over it (`$`, a hanging `)`). */
const RULE_SLACK = 2;
//# sourceMappingURL=segments.js.map