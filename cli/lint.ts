/**
 * Linting one input, the unit of work a worker thread does: read, analyze, optionally fix and
 * write back safely (a temporary file renamed over the original, never a half-written filing).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import * as zlib from 'node:zlib';
import {
  analyze,
  analyzeLines,
  applyEdits,
  applySuppressions,
  compatibleFixes,
  type Analysis,
  type Suppression,
  formatSummary,
  movedBy,
  PAGE_RE,
  summarizeTable,
  type FilingModel,
  type Finding,
  type SeveritySetting,
  type TableJson,
  tableToJson,
} from '../server/src/core';
import {
  decode,
  encode,
  encodingOf,
  isCompressed,
  isUtf16,
  utf16Text,
  type FilingEncoding,
  type Input,
} from './inputs';
import { readSidecar } from '../common/readSidecar';

export interface LintRequest {
  input: Input;
  rules: Record<string, SeveritySetting>;
  fix: boolean;
  tables: boolean;
  /** Also summarise every table (`--summary`), from the same analysis. */
  summary: boolean;
}

export interface LintResult {
  name: string;
  bytes: number;
  findings: Finding[];
  tables?: TableJson[];
  /** With `--summary`: each table's summary in a few lines. */
  summaries?: string[];
  fixed?: number;
  error?: string;
  failures: string[];
}

/** At most this many rounds of fixes on one file (fixes that met on a line wait for the next round). */
const FIX_PASSES = 10;

/** Files larger than this are read and analysed in chunks cut at `<PAGE>` markers. */
export function chunkBytes(): number {
  const mb = Number(process.env.FILING_LINT_CHUNK_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 64) * 1024 * 1024;
}

/**
 * One input's result. Whatever goes wrong with one filing (it cannot be read, its fixes cannot be
 * written, a check throws) is that filing's error: the rest of a batch is still linted.
 */
export function lintOne(request: LintRequest): LintResult {
  try {
    return lintInput(request);
  } catch (error) {
    return failed(request.input.name, `cannot lint ${request.input.name}: ${reasonOf(error)}`);
  }
}

/** The result of a filing that could not be linted. */
export function failed(name: string, error: string): LintResult {
  return { name, bytes: 0, findings: [], failures: [], error };
}

/** A file's size in bytes; undefined when it cannot be read. */
export function sizeOf(file: string): number | undefined {
  try {
    return fs.statSync(file).size;
  } catch {
    return undefined;
  }
}

/**
 * A gzip-compressed filing's bytes. Held whole, as a plain file under the chunk size is: one that
 * decompresses to more is refused with what to do, not read in chunks.
 */
function decompressed(file: string): Buffer {
  const limit = chunkBytes();
  try {
    return zlib.gunzipSync(fs.readFileSync(file), { maxOutputLength: limit });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new Error(
        `it decompresses to more than ${Math.round(limit / 2 ** 20)} MB: decompress it to lint it in parts`,
        {
          cause: error,
        },
      );
    }
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
      throw new Error('it is not gzip data, or it is cut short', { cause: error });
    }
    throw error;
  }
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
}

function lintInput(request: LintRequest): LintResult {
  const { input } = request;
  // An unreadable file is reported below, when it is read.
  const size = input.path && !request.fix ? sizeOf(input.path) : undefined;
  const compressed = input.path !== undefined && isCompressed(input.path);
  if (size !== undefined && size > chunkBytes() && !compressed) return lintInChunks(request, size);
  let text: string;
  let bytes: number;
  let encoding: FilingEncoding = 'utf8';
  try {
    if (input.text !== undefined) {
      text = input.text;
      bytes = Buffer.byteLength(text);
    } else {
      const raw = compressed ? decompressed(input.path!) : fs.readFileSync(input.path!);
      bytes = raw.length;
      ({ text, encoding } = decode(raw));
    }
  } catch (error) {
    return failed(input.name, `cannot read ${input.name}: ${reasonOf(error)}`);
  }
  // Findings silenced from the editor (`NAME.filinglint.json` beside the filing) are silenced here
  // too, and never fixed.
  const silenced = input.path ? readSidecar(input.path) : [];
  const lint = (t: string) => unsilenced(analyze(t, { severities: request.rules }), silenced);
  let analysis = lint(text);
  let fixed: number | undefined;
  if (request.fix && input.path) {
    // Fixes that meet on one line (two moves on a line with tabs) are not applied over one another:
    // the first is, and the text is analysed again for the rest, up to FIX_PASSES times. The file
    // is written once, at the end.
    const before = analysis;
    let newText = text;
    fixed = 0;
    for (let pass = 0; pass < FIX_PASSES; pass++) {
      const { fixes, edits } = compatibleFixes(analysis.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
      if (fixes.length === 0) break;
      newText = applyEdits(newText, edits);
      fixed += fixes.length;
      analysis = lint(newText);
    }
    if (fixed === 0) fixed = undefined;
    else {
      try {
        const out = encode(newText, encoding);
        writeAtomically(input.path, compressed ? zlib.gzipSync(out) : out);
      } catch (error) {
        return {
          ...failed(input.name, `cannot write the fixes to ${input.name}, left as it was: ${reasonOf(error)}`),
          bytes,
          findings: before.findings,
        };
      }
    }
  }
  return {
    name: input.name,
    bytes,
    findings: analysis.findings,
    tables: request.tables ? analysis.model.tables.map((t) => tableToJson(t, analysis.model)) : undefined,
    summaries: request.summary ? summaries(analysis.model) : undefined,
    fixed,
    failures: analysis.failures.map((f) => `${f.code}: ${String(f.error)}`),
  };
}

function unsilenced(analysis: Analysis, silenced: Suppression[]): Analysis {
  return silenced.length === 0
    ? analysis
    : { ...analysis, findings: applySuppressions(analysis.model, analysis.findings, silenced) };
}

function summaries(model: FilingModel): string[] {
  return model.tables.map((t) => formatSummary(summarizeTable(t)));
}

/** Writes beside the target and renames over it: readers see the old file or the new one, whole. */
export function writeAtomically(file: string, bytes: Buffer): void {
  // The name's first 64 characters at most (192 bytes): with the suffix, a filing whose own name is
  // near the 255-byte limit must not give a temporary name over it.
  const tmp = path.join(path.dirname(file), `.${path.basename(file).slice(0, 64)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'wx', fs.statSync(file).mode);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * A file too large to hold as one string (VS Code will not even open files over 50 MB): read in
 * blocks, cut into chunks at `<PAGE>` markers (tables never span one), each chunk analysed on its
 * own. Checks across tables compare tables within a chunk.
 */
function lintInChunks(request: LintRequest, size: number): LintResult {
  const file = request.input.path!;
  const fd = fs.openSync(file, 'r');
  const block = Buffer.alloc(8 * 1024 * 1024);
  const first = fs.readSync(fd, block, 0, block.length, 0);
  // The first block decides the encoding (its last bytes may cut a UTF-8 sequence in two). Blocks
  // start at even offsets past a UTF-16 mark, so big-endian code units are swapped block by block.
  const encoding = encodingOf(block.subarray(0, first), first === block.length);
  const decoder = new StringDecoder(isUtf16(encoding) ? 'utf16le' : encoding);
  const textOf = (bytes: Buffer): string =>
    encoding === 'utf16be' ? utf16Text(bytes, encoding) : decoder.write(bytes);
  const silenced = readSidecar(file);
  const findings: Finding[] = [];
  const tables: TableJson[] = [];
  const summaryLines: string[] = [];
  const failures: string[] = [];
  let lines: string[] = [];
  let chunkChars = 0;
  let offset = 0;
  let carry = '';
  const flush = () => {
    if (lines.length === 0) return;
    const analysis = unsilenced(analyzeLines(lines, { severities: request.rules }), silenced);
    for (const f of analysis.findings) findings.push(movedBy(f, offset));
    for (const f of analysis.failures) failures.push(`${f.code}: ${String(f.error)}`);
    if (request.tables) {
      for (const t of analysis.model.tables) {
        tables.push({ ...tableToJson(t), lines: [t.startLine + 1 + offset, t.endLine + 1 + offset] });
      }
    }
    if (request.summary) for (const s of summaries(analysis.model)) summaryLines.push(s);
    offset += lines.length;
    lines = [];
    chunkChars = 0;
  };
  const limit = chunkBytes() / 2;
  const result = (): LintResult => ({
    name: request.input.name,
    bytes: size,
    findings,
    tables: request.tables ? tables : undefined,
    summaries: request.summary ? summaryLines : undefined,
    failures,
  });
  const start = isUtf16(encoding) ? 2 : 0;
  let position = start;
  try {
    for (;;) {
      const n = position === start ? first - start : fs.readSync(fd, block, 0, block.length, position);
      if (n <= 0) break;
      let text = carry + textOf(position === start ? block.subarray(start, first) : block.subarray(0, n));
      position += n;
      // A block can end inside a line, or between the \r and \n of one line end: keep the tail.
      const cr = text.endsWith('\r');
      if (cr) text = text.slice(0, -1);
      const parts = text.split(/\r\n|\r|\n/);
      carry = (parts.pop() ?? '') + (cr ? '\r' : '');
      for (const line of parts) {
        if (chunkChars >= limit && PAGE_RE.test(line)) flush();
        lines.push(line);
        chunkChars += line.length + 1;
      }
      if (carry.length > limit) {
        // No line break in half a chunk: binary data, not a filing's text. Holding on would grow
        // the line towards the longest string V8 can make (and gigabytes of memory) before failing.
        const line = offset + lines.length + 1;
        flush();
        return {
          ...result(),
          error: `${request.input.name}: line ${line} is over ${limit.toLocaleString('en-US')} characters long, not a filing's text; the rest of the file was not linted`,
        };
      }
    }
    const tail = carry + decoder.end();
    for (const line of tail.split(/\r\n|\r|\n/)) lines.push(line);
    flush();
  } finally {
    fs.closeSync(fd);
  }
  return result();
}
