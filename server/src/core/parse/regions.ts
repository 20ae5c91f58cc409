/**
 * Where the plain text is in a submission: everything except the submission header, HTML documents (`<TEXT>` followed by
 * `<HTML>`), uuencoded binaries (`begin 644 name` ... `end`) and PDF/XBRL payloads. Tables, checks
 * and EDGAR conformance look only at text regions.
 */

export interface TextRegion {
  start: number;
  end: number;
  /** Lines between `<TABLE>` and `</TABLE>`: EDGAR's 132-column limit applies there. */
  tableLines: Set<number>;
}

const TEXT_OPEN = /^\s*<TEXT>\s*$/i;
const TEXT_CLOSE = /^\s*<\/TEXT>\s*$/i;
const HTML_START = /^\s*(?:<!DOCTYPE\s+html|<html\b|<XBRL>|<XML>|<PDF>)/i;
const UU_BEGIN = /^begin [0-7]{3,4} \S/;
const HEADER_OPEN = /^\s*<(?:SEC|IMS)-HEADER>/i;
const HEADER_CLOSE = /^\s*<\/(?:SEC|IMS)-HEADER>/i;
const TABLE_OPEN = /^\s*<TABLE\b/i;
const TABLE_CLOSE = /^\s*<\/TABLE>/i;

export function textRegions(lines: string[]): TextRegion[] {
  const regions: TextRegion[] = [];
  let start = 0;
  let tableLines = new Set<number>();
  let inTable = false;
  const close = (end: number) => {
    if (end >= start) regions.push({ start, end, tableLines });
    tableLines = new Set();
    inTable = false;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    // Every marker below starts with `<` (after spaces) or with `begin `: skip other lines fast.
    let first = 0;
    while (first < line.length && line.charCodeAt(first) === 32) first++;
    const lead = line.charCodeAt(first);
    if (lead !== 60 && lead !== 98) {
      if (inTable) tableLines.add(i);
      i++;
      continue;
    }
    if (TEXT_OPEN.test(line)) {
      // Look at the first non-blank line of the document's text.
      let j = i + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      if (j < lines.length && HTML_START.test(lines[j])) {
        close(i);
        while (j < lines.length && !TEXT_CLOSE.test(lines[j])) j++;
        start = j;
        i = j;
        continue;
      }
    }
    if (HEADER_OPEN.test(line)) {
      // The submission header is fields, not tables.
      close(i - 1);
      let j = i + 1;
      while (j < lines.length && !HEADER_CLOSE.test(lines[j])) j++;
      start = j + 1;
      i = j + 1;
      continue;
    }
    if (UU_BEGIN.test(line)) {
      close(i - 1);
      let j = i + 1;
      while (j < lines.length && lines[j] !== 'end') j++;
      start = j + 1;
      i = j + 1;
      continue;
    }
    if (TABLE_OPEN.test(line)) inTable = true;
    if (inTable) tableLines.add(i);
    if (TABLE_CLOSE.test(line)) inTable = false;
    i++;
  }
  close(lines.length - 1);
  return regions;
}

/** A per-line flag: true where the line is outside every text region. */
export function skippedLines(lines: string[], regions: TextRegion[]): Uint8Array {
  const skipped = new Uint8Array(lines.length).fill(1);
  for (const r of regions) for (let l = r.start; l <= r.end; l++) skipped[l] = 0;
  return skipped;
}
