"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hover = hover;
const core_1 = require("../core");
function hover(analysis, position) {
    const table = analysis.model.tables.find((t) => position.line >= t.startLine && position.line <= t.endLine);
    if (!table)
        return null;
    const number = (0, core_1.numberHoverMarkdown)(analysis.model, table, position.line, position.character);
    const value = number ?? (0, core_1.tableHoverMarkdown)(analysis.model, table);
    return { contents: { kind: 'markdown', value } };
}
//# sourceMappingURL=hover.js.map