"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sourceLineOf = sourceLineOf;
/**
 * The line a row's text is on in the document: its first cell's (an HTML row's `line` is its place
 * in the table, not a line of the source). A row without cells (a heading) gives its `line`.
 */
function sourceLineOf(row) {
    for (const c of row.cells)
        if (c)
            return c.span.line;
    return row.line;
}
//# sourceMappingURL=model.js.map