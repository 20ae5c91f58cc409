/**
 * The TextMate grammar loaded the way VS Code loads it: vscode-textmate with the Oniguruma WASM
 * build read from node_modules on disk (no network). Used by the grammar tests and the benchmark.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IRawTheme, type StateStack } from 'vscode-textmate';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { ROOT } from './repo';

export const SCOPE_NAME = 'text.sec-filing';
export const GRAMMAR_FILE = path.join(ROOT, 'syntaxes', 'sec-filing.tmLanguage.json');
export const ONIG_WASM = path.join(
  path.dirname(require.resolve('vscode-oniguruma/package.json')),
  'release',
  'onig.wasm',
);

let onig: Promise<void> | undefined;

function loadOniguruma(): Promise<void> {
  onig ??= (async () => {
    const wasm = fs.readFileSync(ONIG_WASM);
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  return onig;
}

/**
 * A fresh grammar instance; with a theme, tokenizeLine2 reports that theme's colours and font
 * styles. `source` replaces the grammar file (used to probe the tests themselves).
 */
export async function createGrammar(
  theme?: IRawTheme,
  source?: { scopeName: string; json: string },
): Promise<IGrammar> {
  await loadOniguruma();
  const scopeName = source?.scopeName ?? SCOPE_NAME;
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new OnigScanner(sources),
      createOnigString: (s: string) => new OnigString(s),
    }),
    loadGrammar: (name: string) => {
      if (name !== scopeName) return Promise.resolve(null);
      return Promise.resolve(
        source
          ? parseRawGrammar(source.json, `${name}.json`)
          : parseRawGrammar(fs.readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE),
      );
    },
    ...(theme ? { theme } : {}),
  });
  const g = await registry.loadGrammar(scopeName);
  if (!g) throw new Error(`grammar ${scopeName} did not load`);
  return g;
}

let shared: Promise<IGrammar> | undefined;

/** One shared grammar instance (no theme). */
export function loadGrammar(): Promise<IGrammar> {
  shared ??= createGrammar();
  return shared;
}

export interface Token {
  /** 0-based line number. */
  line: number;
  /** Offset of the token in its line. */
  start: number;
  text: string;
  /** Outermost first: text.sec-filing, then each enclosing scope. */
  scopes: string[];
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Every token of a text, line by line, with the grammar's state carried across lines. */
export function tokenize(g: IGrammar, text: string): Token[] {
  const out: Token[] = [];
  let state: StateStack = INITIAL;
  splitLines(text).forEach((line, i) => {
    const r = g.tokenizeLine(line, state);
    for (const t of r.tokens) {
      out.push({ line: i, start: t.startIndex, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    state = r.ruleStack;
  });
  return out;
}

/**
 * Tokenizes lines the way the editor does (binary tokens): how many tokens were produced and the
 * state after the last line; `onLine` sees each line's encoded tokens ([start, metadata, ...]).
 */
export function tokenizeBinary(
  g: IGrammar,
  lines: readonly string[],
  onLine?: (index: number, tokens: Uint32Array, stoppedEarly: boolean) => void,
): { tokens: number; state: StateStack } {
  let state: StateStack = INITIAL;
  let tokens = 0;
  for (let i = 0; i < lines.length; i++) {
    const r = g.tokenizeLine2(lines[i], state);
    tokens += r.tokens.length / 2;
    onLine?.(i, r.tokens, r.stoppedEarly);
    state = r.ruleStack;
  }
  return { tokens, state };
}

/** Font style bits of a binary token's metadata: 1 italic, 2 bold, 4 underline, 8 strikethrough. */
export function fontStyleOf(metadata: number): number {
  return (metadata & 0b0111_1000_0000_0000) >>> 11;
}
