/**
 * The server's documents, kept as arrays of lines and updated in place by each incremental change:
 * an edit replaces only the lines it touches, every other line keeps its string, and the store
 * records which lines changed, so the core finds the unchanged pages without re-reading ten megabytes.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { followedBy, splitLines, type LineChange } from '../core';

export interface LineDocument {
  uri: string;
  version: number;
  languageId: string;
  lines: string[];
  /** Characters in the document, line ends counted as one, kept up to date by each change. */
  chars: number;
  /**
   * The lines changed since the server last took them (`takeChange`) for an analysis: the parser
   * reuses the rest without comparing ten megabytes of lines to find them.
   */
  changed?: LineChange;
}

/** The lines changed since the last call, for an analysis that is about to run; the record starts afresh. */
export function takeChange(doc: LineDocument): LineChange | undefined {
  const change = doc.changed;
  doc.changed = undefined;
  return change;
}

function countChars(lines: string[], from = 0, to = lines.length): number {
  let n = 0;
  for (let i = from; i < to; i++) n += lines[i].length + 1;
  return n;
}

export function openDocument(uri: string, languageId: string, version: number, text: string): LineDocument {
  const lines = splitLines(text);
  return { uri, languageId, version, lines, chars: countChars(lines) };
}

/** Applies LSP content changes, in order, to the document's lines. */
export function applyChanges(doc: LineDocument, changes: TextDocumentContentChangeEvent[], version: number): void {
  for (const change of changes) {
    if (!('range' in change) || !change.range) {
      const removed = doc.lines.length;
      doc.lines = splitLines(change.text);
      doc.chars = countChars(doc.lines);
      doc.changed = followedBy(doc.changed, 0, removed, doc.lines.length);
      continue;
    }
    const { start, end } = change.range;
    const lines = doc.lines;
    const startLine = Math.min(Math.max(start.line, 0), lines.length - 1);
    const endLine = Math.min(Math.max(end.line, 0), lines.length - 1);
    const head = lines[startLine].slice(0, Math.min(start.character, lines[startLine].length));
    const tail = lines[endLine].slice(Math.min(end.character, lines[endLine].length));
    const inserted = splitLines(head + change.text + tail);
    doc.chars += countChars(inserted) - countChars(lines, startLine, endLine + 1);
    if (inserted.length === 1 && startLine === endLine) lines[startLine] = inserted[0];
    // Spreading a paste of many lines into splice's arguments would overflow the stack.
    else if (inserted.length > 10_000) doc.lines = lines.slice(0, startLine).concat(inserted, lines.slice(endLine + 1));
    else lines.splice(startLine, endLine - startLine + 1, ...inserted);
    doc.changed = followedBy(doc.changed, startLine, endLine - startLine + 1, inserted.length);
  }
  doc.version = version;
}

export function getText(doc: LineDocument): string {
  return doc.lines.join('\n');
}
