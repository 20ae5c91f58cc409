/**
 * What to lint: files, directories (every filing under them), globs, and `-` for a list read from
 * standard input (one path per line, or NDJSON records `{"path": ...}` / `{"id": ..., "text": ...}`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import fg from 'fast-glob';

export interface Input {
  /** How findings name it: the path, or the id of an NDJSON record. */
  name: string;
  path?: string;
  text?: string;
}

/**
 * File names a directory walk picks up: text submissions, SGML `.nc` files and HTML documents, each
 * also gzip-compressed (`.txt.gz`: how filings are often kept in bulk).
 */
export const FILING_EXTENSIONS = ['txt', 'nc', 'sgml', 'edgar', 'filing', 'htm', 'html'];
const FILING = new RegExp(`\\.(?:${FILING_EXTENSIONS.join('|')})(?:\\.gz)?$`, 'i');

/** Whether a directory walk picks up a file of this name. */
export function isFilingName(name: string): boolean {
  return FILING.test(name);
}

/** Whether a path names a gzip-compressed filing: read decompressed, and written back compressed. */
export function isCompressed(file: string): boolean {
  return /\.gz$/i.test(file);
}
const GLOB = /[*?[\]{}]/;

/**
 * The inputs the arguments name, the arguments that name nothing (`missing`), and the directories
 * with no filing under them (`empty`: a batch pointed at the wrong folder must not pass as clean).
 */
export function expandArgs(args: string[]): {
  inputs: Input[];
  missing: string[];
  empty: string[];
  readStdin: boolean;
} {
  const inputs: Input[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  let readStdin = false;
  for (const arg of args) {
    if (arg === '-') {
      readStdin = true;
      continue;
    }
    if (GLOB.test(arg) && !fs.existsSync(arg)) {
      const found = fg.sync(arg.replace(/\\/g, '/'), { onlyFiles: true, dot: false }).sort();
      if (found.length === 0) missing.push(arg);
      for (const f of found) inputs.push({ name: f, path: f });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(arg, []);
      if (found.length === 0) empty.push(arg);
      for (const f of found) inputs.push({ name: f, path: f });
    } else inputs.push({ name: arg, path: arg });
  }
  return { inputs, missing, empty, readStdin };
}

/** The filings under `dir`, in name order, appended to `out` (a directory may hold more than a spread can pass). */
function walk(dir: string, out: string[]): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(p, out);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isFilingName(entry.name)) out.push(p);
  }
  return out;
}

/**
 * The lines of a stream (LF or CRLF), read only as they are asked for: the stream is read a chunk at
 * a time as the consumer pulls, so a producer on a pipe waits while the linting catches up rather
 * than filling this process's memory (readline's iterator reads ahead without limit). A newline is
 * looked for in each new chunk only, so a line of many chunks (a 100 MB record) costs its length.
 */
export async function* linesOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pieces: string[] = [];
  const line = (last: string) => {
    pieces.push(last);
    const whole = pieces.length === 1 ? pieces[0] : pieces.join('');
    pieces = [];
    return whole.endsWith('\r') ? whole.slice(0, -1) : whole;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      yield line(text.slice(start, nl));
      start = nl + 1;
    }
    if (start < text.length) pieces.push(text.slice(start));
  }
  const rest = decoder.end();
  if (rest) pieces.push(rest);
  if (pieces.length > 0) yield line('');
}

/** Inputs from standard input lines: a path, or an NDJSON record with a path or an id and text. */
/** A record's `id` as its name (a string or a number, as written), else `fallback`. */
function recordName(id: unknown, fallback: string): string {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : fallback;
}

export function parseStdinLine(line: string, index: number): Input | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('{')) {
    let record: { path?: unknown; id?: unknown; text?: unknown };
    try {
      record = JSON.parse(trimmed) as typeof record;
    } catch (error) {
      throw new Error(`stdin line ${index + 1}: not a path or a JSON record: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (typeof record.text === 'string') {
      return { name: recordName(record.id, `stdin:${index + 1}`), text: record.text };
    }
    if (typeof record.path === 'string') return { name: recordName(record.id, record.path), path: record.path };
    throw new Error(`stdin line ${index + 1}: a record needs "path" or "text"`);
  }
  return { name: trimmed, path: trimmed };
}

/** How a filing's bytes were read, so that `--fix` writes it back the same way. */
export type FilingEncoding = 'utf8' | 'latin1' | 'utf16le' | 'utf16be';

/**
 * Filings are ASCII or Latin-1 far more often than UTF-8: Latin-1 unless the bytes are valid UTF-8.
 * A UTF-16 byte-order mark (a filing saved as "Unicode" by a Windows editor) says UTF-16, as it does
 * to VS Code; the mark is not part of the text. (A UTF-8 one is: EDGAR does not accept it.)
 */
export function decode(bytes: Buffer): { text: string; encoding: FilingEncoding } {
  const encoding = encodingOf(bytes);
  return { text: isUtf16(encoding) ? utf16Text(bytes.subarray(2), encoding) : bytes.toString(encoding), encoding };
}

/** Whether an encoding is UTF-16 (its text follows a byte-order mark). */
export function isUtf16(encoding: FilingEncoding): encoding is 'utf16le' | 'utf16be' {
  return encoding === 'utf16le' || encoding === 'utf16be';
}

/**
 * The encoding of a filing's bytes (the rule above), told from all of them or, with `more`, from a
 * first block that more bytes follow: its last three bytes may cut a UTF-8 sequence short.
 */
export function encodingOf(bytes: Buffer, more = false): FilingEncoding {
  const utf16 = utf16Mark(bytes);
  if (utf16) return utf16;
  return isUtf8(more ? bytes.subarray(0, Math.max(0, bytes.length - 3)) : bytes) ? 'utf8' : 'latin1';
}

/** The bytes of `text` in `encoding`, a UTF-16 one with its byte-order mark. */
export function encode(text: string, encoding: FilingEncoding): Buffer {
  if (!isUtf16(encoding)) return Buffer.from(text, encoding);
  const units = Buffer.from(text, 'utf16le');
  if (encoding === 'utf16be') units.swap16();
  return Buffer.concat([Buffer.from(encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]), units]);
}

/** The UTF-16 byte order that `bytes` start with a mark of, if any. */
export function utf16Mark(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return undefined;
}

/** UTF-16 code units as text; big-endian ones are swapped on a copy (an odd last byte is dropped). */
export function utf16Text(units: Buffer, order: 'utf16le' | 'utf16be'): string {
  if (order === 'utf16le') return units.toString('utf16le');
  const swapped = Buffer.from(units.subarray(0, units.length & ~1));
  return swapped.swap16().toString('utf16le');
}
