/** The `filingLint.*` settings as the server uses them, read defensively from whatever the client sends. */
import type { SeveritySetting } from '../core';
import { parseSidecar, type Suppression } from '../../../common/sidecar';

export interface Settings {
  /** Severity per rule code or name. */
  rules: Record<string, SeveritySetting>;
  hoverEnabled: boolean;
  /** Workspace-wide silenced findings (`filingLint.suppress`). */
  suppress: Suppression[];
  /** Documents larger than this many MB are not analysed; a note says so. */
  maxAnalysisMB: number;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  rules: {},
  hoverEnabled: true,
  suppress: [],
  maxAnalysisMB: 20,
});

const SEVERITIES = new Set(['off', 'information', 'warning', 'error', 'hint']);

export function readSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const value = raw as { rules?: unknown; hover?: { enabled?: unknown }; suppress?: unknown; maxAnalysisMB?: unknown };
  const rules: Record<string, SeveritySetting> = {};
  if (value.rules && typeof value.rules === 'object') {
    for (const [key, severity] of Object.entries(value.rules as Record<string, unknown>)) {
      if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[key] = severity as SeveritySetting;
    }
  }
  const suppress = Array.isArray(value.suppress) ? parseSidecar(JSON.stringify({ suppress: value.suppress })) : [];
  const max =
    typeof value.maxAnalysisMB === 'number' && value.maxAnalysisMB > 0
      ? value.maxAnalysisMB
      : DEFAULT_SETTINGS.maxAnalysisMB;
  return { rules, hoverEnabled: value.hover?.enabled !== false, suppress, maxAnalysisMB: max };
}
