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
  fix?: Fix;
}
