"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.takeChange = takeChange;
exports.openDocument = openDocument;
exports.applyChanges = applyChanges;
exports.getText = getText;
const core_1 = require("../core");
/** The lines changed since the last call, for an analysis that is about to run; the record starts afresh. */
function takeChange(doc) {
    const change = doc.changed;
    doc.changed = undefined;
    return change;
}
function countChars(lines, from = 0, to = lines.length) {
    let n = 0;
    for (let i = from; i < to; i++)
        n += lines[i].length + 1;
    return n;
}
function openDocument(uri, languageId, version, text) {
    const lines = (0, core_1.splitLines)(text);
    return { uri, languageId, version, lines, chars: countChars(lines) };
}
/** Applies LSP content changes, in order, to the document's lines. */
function applyChanges(doc, changes, version) {
    for (const change of changes) {
        if (!('range' in change) || !change.range) {
            const removed = doc.lines.length;
            doc.lines = (0, core_1.splitLines)(change.text);
            doc.chars = countChars(doc.lines);
            doc.changed = (0, core_1.followedBy)(doc.changed, 0, removed, doc.lines.length);
            continue;
        }
        const { start, end } = change.range;
        const lines = doc.lines;
        const startLine = Math.min(Math.max(start.line, 0), lines.length - 1);
        const endLine = Math.min(Math.max(end.line, 0), lines.length - 1);
        const head = lines[startLine].slice(0, Math.min(start.character, lines[startLine].length));
        const tail = lines[endLine].slice(Math.min(end.character, lines[endLine].length));
        const inserted = (0, core_1.splitLines)(head + change.text + tail);
        doc.chars += countChars(inserted) - countChars(lines, startLine, endLine + 1);
        if (inserted.length === 1 && startLine === endLine)
            lines[startLine] = inserted[0];
        // Spreading a paste of many lines into splice's arguments would overflow the stack.
        else if (inserted.length > 10_000)
            doc.lines = lines.slice(0, startLine).concat(inserted, lines.slice(endLine + 1));
        else
            lines.splice(startLine, endLine - startLine + 1, ...inserted);
        doc.changed = (0, core_1.followedBy)(doc.changed, startLine, endLine - startLine + 1, inserted.length);
    }
    doc.version = version;
}
function getText(doc) {
    return doc.lines.join('\n');
}
//# sourceMappingURL=documents.js.map