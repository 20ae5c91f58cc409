/**
 * Where the plain text is in a submission: everything except the submission header, HTML documents (`<TEXT>` followed by
 * `<HTML>`), uuencoded binaries (`begin 644 name` ... `end`) and PDF/XBRL payloads. Tables, checks
 * and EDGAR conformance look only at text regions.
 */

export interface TextRegion {
  start: number;
  end: number;
  /** Line ranges [first, last] from `<TABLE>` to `</TABLE>`: EDGAR's 132-column limit applies there. */
  tableRanges: [number, number][];
}

/** A `<TEXT>` line: a document's text follows. */
export const TEXT_OPEN = /^\s*<TEXT>\s*$/i;
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
  let tableRanges: [number, number][] = [];
  // The first line of an open `<TABLE>`, or -1.
  let tableStart = -1;
  const endTable = (last: number) => {
    if (tableStart >= 0 && last >= tableStart) tableRanges.push([tableStart, last]);
    tableStart = -1;
  };
  const close = (end: number) => {
    endTable(end);
    if (end >= start) regions.push({ start, end, tableRanges });
    tableRanges = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    // Every marker below starts with `<` (after spaces) or with `begin `: skip other lines fast.
    let first = 0;
    while (first < line.length && line.charCodeAt(first) === 32) first++;
    const lead = line.charCodeAt(first);
    if (lead !== 60 && lead !== 98) {
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
    if (tableStart < 0 && TABLE_OPEN.test(line)) tableStart = i;
    if (tableStart >= 0 && TABLE_CLOSE.test(line)) endTable(i);
    i++;
  }
  close(lines.length - 1);
  return regions;
}

/** Line flags: outside every text region (not parsed), and inside `<TABLE>` tags (EDGAR's wider limit). */
export const SKIPPED_LINE = 1;
export const TABLE_TAG_LINE = 2;

/** Per line, what the regions say of it: SKIPPED_LINE and TABLE_TAG_LINE bits. */
export function lineFlags(lineCount: number, regions: TextRegion[]): Uint8Array {
  const flags = new Uint8Array(lineCount).fill(SKIPPED_LINE);
  for (const r of regions) {
    flags.fill(0, r.start, r.end + 1);
    for (const [first, last] of r.tableRanges) flags.fill(TABLE_TAG_LINE, first, last + 1);
  }
  return flags;
}
