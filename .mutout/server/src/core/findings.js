"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.movedBy = movedBy;
/**
 * The same finding (or a check's report) with every line it names moved by `delta`: its span, its
 * related spans and its fix's edits. For findings of text that now sits lower or higher in a file.
 */
function movedBy(finding, delta) {
    const move = (x) => ({ ...x, span: { ...x.span, line: x.span.line + delta } });
    const out = { ...move(finding), related: finding.related.map(move) };
    if (finding.fix)
        out.fix = { title: finding.fix.title, edits: finding.fix.edits.map(move) };
    return out;
}
//# sourceMappingURL=findings.js.map