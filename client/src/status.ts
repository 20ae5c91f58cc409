/**
 * What the language status item says about a filing: its lint-time figures as the server last
 * reported them. Kept per document, so switching editors shows the figures of the filing in front
 * rather than those of the last one analysed.
 */
import type { StatusParams } from '../../common/messages';

export interface StatusView {
  text: string;
  detail: string;
  /** The spinner: a first look is published and the whole analysis is under way. */
  busy: boolean;
  severity: 'information' | 'warning' | 'error';
}

/**
 * Shown for a filing the server has not reported on: just opened, or one it never analyses (a
 * `git:` diff side), so no spinner that might never stop.
 */
export const PENDING: StatusView = {
  text: '$(table) Filing Lint',
  detail: 'no analysis yet',
  busy: false,
  severity: 'information',
};

export function describeStatus(s: StatusParams): StatusView {
  const figures = `$(table) ${s.tables} tables · ${s.findings} findings`;
  if (s.failed) {
    // A first look's findings stay published, but the rest of the filing is unchecked; without a
    // look, the figures would be none of this version's.
    return {
      text: s.through !== undefined ? `${figures} so far` : '$(table) Filing Lint: analysis failed',
      detail: 'analysis failed: see the Filing Lint output',
      busy: false,
      severity: 'error',
    };
  }
  const partial = s.through !== undefined;
  return {
    text: `${figures}${partial ? ' so far' : ''}`,
    detail: s.skipped
      ? 'over the size limit: not analysed'
      : partial
        ? `first ${s.through} lines checked in ${s.ms.toFixed(0)} ms; analysing the rest`
        : `analysis ${s.ms.toFixed(0)} ms`,
    busy: partial,
    severity: s.errors > 0 ? 'warning' : 'information',
  };
}

/** The last status of each open filing. */
export class StatusBoard {
  private readonly latest = new Map<string, StatusParams>();

  /** Records a status; an older version's, arriving late, never replaces a newer one's. */
  update(s: StatusParams): void {
    const known = this.latest.get(s.uri);
    if (known && known.version > s.version) return;
    this.latest.set(s.uri, s);
  }

  forget(uri: string): void {
    this.latest.delete(uri);
  }

  view(uri: string): StatusView {
    const s = this.latest.get(uri);
    return s ? describeStatus(s) : PENDING;
  }
}
