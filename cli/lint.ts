/**
 * Linting one input, the unit of work a worker thread does: read, analyze, optionally fix and
 * write back safely (a temporary file renamed over the original, never a half-written filing).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits, type Finding, type SeveritySetting, type TableJson, tableToJson } from '../server/src/core';
import { decode, type Input } from './inputs';

export interface LintRequest {
  input: Input;
  rules: Record<string, SeveritySetting>;
  fix: boolean;
  tables: boolean;
}

export interface LintResult {
  name: string;
  bytes: number;
  findings: Finding[];
  tables?: TableJson[];
  fixed?: number;
  error?: string;
  failures: string[];
}

export function lintOne(request: LintRequest): LintResult {
  const { input } = request;
  let text: string;
  let bytes: number;
  try {
    if (input.text !== undefined) {
      text = input.text;
      bytes = Buffer.byteLength(text);
    } else {
      const raw = fs.readFileSync(input.path!);
      bytes = raw.length;
      text = decode(raw);
    }
  } catch (error) {
    return { name: input.name, bytes: 0, findings: [], failures: [], error: `cannot read ${input.name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  let analysis = analyze(text, { severities: request.rules });
  let fixed: number | undefined;
  if (request.fix && input.path) {
    const fixes = analysis.findings.filter((f) => f.fix);
    if (fixes.length > 0) {
      const edits = fixes.flatMap((f) => f.fix!.edits);
      // Edits of different findings never overlap; keep the first of any two that would.
      const seen = new Set<string>();
      const unique = edits.filter((e) => {
        const key = `${e.span.line}:${e.span.start}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const newText = applyEdits(text, unique);
      writeAtomically(input.path, newText, text === decode(Buffer.from(text, 'utf8')) ? 'utf8' : 'latin1');
      fixed = fixes.length;
      analysis = analyze(newText, { severities: request.rules });
    }
  }
  return {
    name: input.name,
    bytes,
    findings: analysis.findings,
    tables: request.tables ? analysis.model.tables.map(tableToJson) : undefined,
    fixed,
    failures: analysis.failures.map((f) => `${f.code}: ${String(f.error)}`),
  };
}

/** Writes beside the target and renames over it: readers see the old file or the new one, whole. */
export function writeAtomically(file: string, text: string, encoding: BufferEncoding): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'wx', fs.statSync(file).mode);
  try {
    fs.writeSync(fd, Buffer.from(text, encoding));
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
