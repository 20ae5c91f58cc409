/** What tests compare analyses by, and the random edits they apply to documents. */
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, formatSummary, summarizeTable, type Analysis, type Finding } from '../../server/src/core';
import { applyChanges, type LineDocument } from '../../server/src/protocol/documents';

/** The errors and warnings an analysis of `text` reports, each as `CODE message`. */
export function errorsAndWarnings(text: string): string[] {
  return errorAndWarningFindings(text).map((f) => `${f.code} ${f.message}`);
}

/** The errors and warnings an analysis of `text` reports, of `code` alone where given. */
export function errorAndWarningFindings(text: string, code?: string): Finding[] {
  return analyze(text).findings.filter(
    (f) => (code === undefined || f.code === code) && (f.severity === 'error' || f.severity === 'warning'),
  );
}

/** Every position in the model (tables moved by an edit above them must land where a fresh parse puts them), findings and summaries. */
export function digest(a: Analysis): string[] {
  const span = (s: { line: number; start: number; end: number }) => `${s.line}:${s.start}-${s.end}`;
  return [
    ...a.model.tables.map((t) =>
      [
        `${t.index} ${t.title} ${t.titleLine} ${t.startLine}-${t.endLine} body ${t.bodyStartLine}-${t.bodyEndLine} p${t.page} h${t.headerLines.join(',')} s${t.scale?.line ?? ''}`,
        ...t.rows.map(
          (r) =>
            `${r.kind} ${r.label} ${r.lines.join(',')}/${r.line} ${r.cells.map((c) => (c ? span(c.span) : '-')).join(' ')}`,
        ),
        ...t.rules.map((r) => `rule ${r.line}`),
        ...t.footnotes.map((f) => `note ${f.marker} ${f.startLine}-${f.endLine}`),
        formatSummary(summarizeTable(t)),
      ].join('\n'),
    ),
    ...a.model.pages.map(
      (p) => `page ${p.number} ${p.from}-${p.to} ${Array.from(a.model.flags.subarray(p.from, p.to)).join('')}`,
    ),
    // The HTML documents' paragraphs stating amounts, each piece where it is written.
    ...a.model.htmlProse.flatMap((d) =>
      d.paragraphs.map(
        (p) =>
          `prose ${d.startLine} ${p.pieces.map((x) => `${x.at}@${x.line}:${x.char}+${x.length}${x.entity ? 'e' : ''}`).join(' ')} ${p.text}`,
      ),
    ),
    ...a.findings.map(
      (f) =>
        `${f.code} ${f.severity} t${f.table ?? ''} ${span(f.span)} ${f.message} ${f.related.map((r) => span(r.span)).join(' ')} ` +
        `${f.fix?.edits.map((e) => `${span(e.span)}=${e.newText}`).join(' ') ?? ''}`,
    ),
  ];
}

/**
 * Random LSP edits: where (a fraction of the text), how many characters each removes (up to
 * `maxRemove`), and what it types (one of `inserts`).
 */
export function editsOf(
  inserts: string[],
  maxRemove: number,
): fc.Arbitrary<{ at: number; remove: number; insert: string }> {
  return fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: maxRemove }),
    insert: fc.constantFrom(...inserts),
  });
}

/**
 * Random edits as editsOf makes them, half of them within `reach` characters of a place in `text`
 * that `near` matches (where a table ends, a tag, a footnote mark). Spread evenly, few edits land
 * where a reading turns: two wrong readings of HTML tables there went unseen by thousands of edits
 * spread over a 10-Q, and a few hundred near its tables' ends found them.
 */
export function editsNear(
  text: string,
  near: RegExp,
  inserts: string[],
  maxRemove: number,
  reach = 300,
): fc.Arbitrary<{ at: number; remove: number; insert: string }> {
  const anywhere = editsOf(inserts, maxRemove);
  const anchors = [...text.matchAll(near)].map((m) => m.index / text.length);
  if (anchors.length === 0) return anywhere;
  const close = fc
    .record({
      anchor: fc.constantFrom(...anchors),
      by: fc.integer({ min: -reach, max: reach }),
      remove: fc.nat({ max: maxRemove }),
      insert: fc.constantFrom(...inserts),
    })
    .map(({ anchor, by, remove, insert }) => ({
      at: Math.min(1, Math.max(0, anchor + by / text.length)),
      remove,
      insert,
    }));
  return fc.oneof(close, anywhere);
}

/** One LSP edit of a text filing: a few characters removed, figures, rules, markers, tags typed. */
export const edit = editsOf(
  [
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
  ],
  3,
);

/** Applies `e` as an LSP change to the server's line store and to the reference text document alike. */
export function typeInto(
  doc: LineDocument,
  reference: TextDocument,
  e: { at: number; remove: number; insert: string },
  version: number,
): void {
  const text = reference.getText();
  const offset = Math.floor(e.at * text.length);
  const range = {
    start: reference.positionAt(offset),
    end: reference.positionAt(Math.min(text.length, offset + e.remove)),
  };
  const change = { range, text: e.insert };
  TextDocument.update(reference, [change], version);
  applyChanges(doc, [change], version);
}
