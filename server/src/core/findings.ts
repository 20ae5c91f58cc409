/** What checks report, and the edits that fix it, as plain data. */
import type { Span } from './model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A replacement of the characters in `span` by `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedInfo {
  span: Span;
  message: string;
}

export interface Finding {
  /** Stable code such as `FL101`. */
  code: string;
  /** The rule's name, such as `footing`. */
  rule: string;
  severity: Severity;
  message: string;
  /** The exact range of the offending number (or text). */
  span: Span;
  related: RelatedInfo[];
  /** The table the finding belongs to, if any. */
  table?: number;
  /**
   * Set when the check is less sure than its severity says (a difference no slip explains, or a
   * reading of the table nothing confirms): the finding is reported one severity lower; `2`, two
   * lower (a total that only follows from a figure whose own finding is tentative).
   */
  tentative?: boolean | 2;
  fix?: Fix;
}

/**
 * The same finding (or a check's report) with every line it names moved by `delta`: its span, its
 * related spans and its fix's edits. For findings of text that now sits lower or higher in a file.
 */
export function movedBy<T extends { span: Span; related: RelatedInfo[]; fix?: Fix }>(finding: T, delta: number): T {
  const move = <S extends { span: Span }>(x: S): S => ({ ...x, span: { ...x.span, line: x.span.line + delta } });
  const out = { ...move(finding), related: finding.related.map(move) };
  if (finding.fix) out.fix = { title: finding.fix.title, edits: finding.fix.edits.map(move) };
  return out;
}
