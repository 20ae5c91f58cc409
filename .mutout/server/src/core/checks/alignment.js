"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.alignment = void 0;
const alignment_1 = require("../facts/alignment");
const move_1 = require("../fixes/move");
/**
 * For a misaligned cell, the first cell of its column that sits on the edge it missed (shown beside
 * the finding). Each column's cells are indexed by edge once, on the first question about it: a
 * search of the column per misaligned cell was quadratic in a long table with many of them.
 */
function anchors(table) {
    // Per column, the first cell on each edge. A misaligned cell is never on the edge it missed (its
    // own edge is what made it misaligned), so the cell found is another.
    const byColumn = new Map();
    return (m) => {
        let edges = byColumn.get(m.column.index);
        if (!edges) {
            edges = new Map();
            for (const row of table.rows) {
                const c = row.cells[m.column.index];
                if (c && !edges.has(c.edge))
                    edges.set(c.edge, c);
            }
            byColumn.set(m.column.index, edges);
        }
        return edges.get(m.edge);
    };
}
exports.alignment = {
    code: 'FL201',
    name: 'alignment',
    description: "A number's right edge is off the edge the rest of its column shares.",
    defaultSeverity: 'warning',
    scope: 'table',
    runTable(table, ctx) {
        const out = [];
        const anchorOf = anchors(table);
        for (const m of (0, alignment_1.misalignments)(table)) {
            const name = m.column.header ? `"${m.column.header}"` : `column ${m.column.index + 1}`;
            const line = ctx.model.lines[m.cell.span.line];
            const edit = (0, move_1.moveEdit)(line, m.cell, m.shift);
            const off = Math.abs(m.shift);
            const direction = m.shift > 0 ? 'left of' : 'right of';
            const anchor = anchorOf(m);
            out.push({
                span: m.cell.span,
                table: table.index,
                message: `${m.cell.text.trim()} is ${off} character${off === 1 ? '' : 's'} ${direction} its column: ` +
                    `the numbers of ${name} end at column ${m.edge}` +
                    `, this one at column ${m.edge - m.shift}`,
                related: anchor ? [{ span: anchor.span, message: `aligned: ${anchor.text.trim()}` }] : [],
                fix: edit
                    ? {
                        title: `Move ${m.cell.text.trim()} ${off} ${m.shift > 0 ? 'right' : 'left'} onto the column's right edge` +
                            (line.includes('\t') ? move_1.TABS_BECOME_SPACES : ''),
                        edits: [edit],
                    }
                    : undefined,
            });
        }
        return out;
    },
};
//# sourceMappingURL=alignment.js.map