"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applySuppressions = applySuppressions;
const header_1 = require("../parse/header");
function applySuppressions(model, findings, suppressions) {
    if (suppressions.length === 0)
        return findings;
    return findings.filter((f) => {
        const table = f.table !== undefined ? model.tables[f.table] : undefined;
        return !suppressions.some((s) => (s.code === f.code || s.code === f.rule || s.code === '*') &&
            (s.table === undefined || (table !== undefined && namesTable(model, table, s.table))));
    });
}
/**
 * Whether a suppression's table key names this table: its title, or another line of its title block
 * (between the title and the header). The title is the block's line that names the table; a key
 * written when a period line (`December 31, 1998 and 1997`) stood for the title still matches.
 */
function namesTable(model, table, key) {
    if (key === table.title)
        return true;
    if (table.titleLine < 0)
        return false;
    const below = table.headerLines.length > 0 ? table.headerLines[0] : table.bodyStartLine;
    for (let l = table.titleLine + 1; l < below && l - table.titleLine <= TITLE_BLOCK_LINES; l++) {
        if ((0, header_1.splitTitleRefs)(model.lines[l]).title.trim() === key)
            return true;
    }
    return false;
}
/** Lines below a title searched for an older key: a title block is a few lines. */
const TITLE_BLOCK_LINES = 5;
//# sourceMappingURL=suppress.js.map