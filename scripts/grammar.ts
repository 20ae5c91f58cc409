/** The TextMate grammar loaded with vscode-textmate and Oniguruma (from disk), as VS Code loads it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { ROOT } from './repo';

let grammar: Promise<IGrammar> | undefined;

export function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (sources: string[]) => new OnigScanner(sources), createOnigString: (s: string) => new OnigString(s) }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'text.sec-filing') return null;
        const file = path.join(ROOT, 'syntaxes', 'sec-filing.tmLanguage.json');
        return parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    const g = await registry.loadGrammar('text.sec-filing');
    if (!g) throw new Error('grammar text.sec-filing did not load');
    return g;
  })();
  return grammar;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

/** Every token of a text, line by line, with the grammar's state carried across lines. */
export function tokenize(g: IGrammar, text: string): Token[] {
  const out: Token[] = [];
  let state = INITIAL;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const r = g.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  });
  return out;
}
