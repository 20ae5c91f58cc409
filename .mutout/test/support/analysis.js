"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.edit = void 0;
exports.errorsAndWarnings = errorsAndWarnings;
exports.errorAndWarningFindings = errorAndWarningFindings;
exports.digest = digest;
exports.editsOf = editsOf;
exports.editsNear = editsNear;
exports.typeInto = typeInto;
/** What tests compare analyses by, and the random edits they apply to documents. */
const fast_check_1 = __importDefault(require("fast-check"));
const vscode_languageserver_textdocument_1 = require("vscode-languageserver-textdocument");
const core_1 = require("../../server/src/core");
const documents_1 = require("../../server/src/protocol/documents");
/** The errors and warnings an analysis of `text` reports, each as `CODE message`. */
function errorsAndWarnings(text) {
    return errorAndWarningFindings(text).map((f) => `${f.code} ${f.message}`);
}
/** The errors and warnings an analysis of `text` reports, of `code` alone where given. */
function errorAndWarningFindings(text, code) {
    return (0, core_1.analyze)(text).findings.filter((f) => (code === undefined || f.code === code) && (f.severity === 'error' || f.severity === 'warning'));
}
/** Every position in the model (tables moved by an edit above them must land where a fresh parse puts them), findings and summaries. */
function digest(a) {
    const span = (s) => `${s.line}:${s.start}-${s.end}`;
    return [
        ...a.model.tables.map((t) => [
            `${t.index} ${t.title} ${t.titleLine} ${t.startLine}-${t.endLine} body ${t.bodyStartLine}-${t.bodyEndLine} p${t.page} h${t.headerLines.join(',')} s${t.scale?.line ?? ''}`,
            ...t.rows.map((r) => `${r.kind} ${r.label} ${r.lines.join(',')}/${r.line} ${r.cells.map((c) => (c ? span(c.span) : '-')).join(' ')}`),
            ...t.rules.map((r) => `rule ${r.line}`),
            ...t.footnotes.map((f) => `note ${f.marker} ${f.startLine}-${f.endLine}`),
            (0, core_1.formatSummary)((0, core_1.summarizeTable)(t)),
        ].join('\n')),
        ...a.model.pages.map((p) => `page ${p.number} ${p.from}-${p.to} ${Array.from(a.model.flags.subarray(p.from, p.to)).join('')}`),
        // The HTML documents' paragraphs stating amounts, each piece where it is written.
        ...a.model.htmlProse.flatMap((d) => d.paragraphs.map((p) => `prose ${d.startLine} ${p.pieces.map((x) => `${x.at}@${x.line}:${x.char}+${x.length}${x.entity ? 'e' : ''}`).join(' ')} ${p.text}`)),
        ...a.findings.map((f) => `${f.code} ${f.severity} t${f.table ?? ''} ${span(f.span)} ${f.message} ${f.related.map((r) => span(r.span)).join(' ')} ` +
            `${f.fix?.edits.map((e) => `${span(e.span)}=${e.newText}`).join(' ') ?? ''}`),
    ];
}
/**
 * Random LSP edits: where (a fraction of the text), how many characters each removes (up to
 * `maxRemove`), and what it types (one of `inserts`).
 */
function editsOf(inserts, maxRemove) {
    return fast_check_1.default.record({
        at: fast_check_1.default.double({ min: 0, max: 1, noNaN: true }),
        remove: fast_check_1.default.nat({ max: maxRemove }),
        insert: fast_check_1.default.constantFrom(...inserts),
    });
}
/**
 * Random edits as editsOf makes them, half of them within `reach` characters of a place in `text`
 * that `near` matches (where a table ends, a tag, a footnote mark). Spread evenly, few edits land
 * where a reading turns: two wrong readings of HTML tables there went unseen by thousands of edits
 * spread over a 10-Q, and a few hundred near its tables' ends found them.
 */
function editsNear(text, near, inserts, maxRemove, reach = 300) {
    const anywhere = editsOf(inserts, maxRemove);
    const anchors = [...text.matchAll(near)].map((m) => m.index / text.length);
    if (anchors.length === 0)
        return anywhere;
    const close = fast_check_1.default
        .record({
        anchor: fast_check_1.default.constantFrom(...anchors),
        by: fast_check_1.default.integer({ min: -reach, max: reach }),
        remove: fast_check_1.default.nat({ max: maxRemove }),
        insert: fast_check_1.default.constantFrom(...inserts),
    })
        .map(({ anchor, by, remove, insert }) => ({
        at: Math.min(1, Math.max(0, anchor + by / text.length)),
        remove,
        insert,
    }));
    return fast_check_1.default.oneof(close, anywhere);
}
/** One LSP edit of a text filing: a few characters removed, figures, rules, markers, tags typed. */
exports.edit = editsOf([
    '',
    '1',
    '9',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '%',
    '$',
    'x',
    '-----',
    '\n<PAGE>\n',
    '(1)',
    '0.01',
    '\n<TEXT>\n<HTML>\n',
    '\n</TEXT>\n',
    '<',
    '\nbegin 644 x.jpg\n',
    '\nend\n',
    '\n<TABLE>\n',
    '\n</TABLE>\n',
    `\n${'wide '.repeat(20)}\n`,
    '\n(in thousands)\n',
    '\n(1) Includes loans that the servicer has modified since the cut-off date.\n',
    '\nTOTALS                             1,234        5,678.90\n',
    '\n\n\n\n',
    'é',
    '\u00a0',
    '\u2014',
], 3);
/** Applies `e` as an LSP change to the server's line store and to the reference text document alike. */
function typeInto(doc, reference, e, version) {
    const text = reference.getText();
    const offset = Math.floor(e.at * text.length);
    const range = {
        start: reference.positionAt(offset),
        end: reference.positionAt(Math.min(text.length, offset + e.remove)),
    };
    const change = { range, text: e.insert };
    vscode_languageserver_textdocument_1.TextDocument.update(reference, [change], version);
    (0, documents_1.applyChanges)(doc, [change], version);
}
//# sourceMappingURL=analysis.js.map