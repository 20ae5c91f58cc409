"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.realign = realign;
const alignment_1 = require("../facts/alignment");
const move_1 = require("../fixes/move");
/** Edits that realign the tables overlapping lines [startLine, endLine]. */
function realign(model, startLine = 0, endLine = model.lines.length - 1) {
    const edits = [];
    for (const table of model.tables) {
        if (table.endLine < startLine || table.startLine > endLine)
            continue;
        // Two numbers of one line may move: compose their moves into one replacement of the line.
        const byLine = new Map();
        for (const m of (0, alignment_1.misalignments)(table)) {
            if (m.cell.span.line < startLine || m.cell.span.line > endLine)
                continue;
            const list = byLine.get(m.cell.span.line) ?? [];
            list.push({ cell: m.cell, shift: m.shift });
            byLine.set(m.cell.span.line, list);
        }
        for (const [line, moves] of byLine) {
            const text = (0, move_1.realignedLine)(model.lines[line], moves);
            if (text !== null)
                edits.push({ span: { line, start: 0, end: model.lines[line].length }, newText: text });
        }
    }
    return edits;
}
//# sourceMappingURL=format.js.map