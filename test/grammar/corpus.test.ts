/**
 * Every file of the corpus of real filings tokenizes whole, as the editor tokenizes it: no line
 * stops early, no token gets a font style from the built-in themes, every region the grammar opens
 * (headers, <TEXT>, embedded HTML or uuencoded parts) is closed by the end of the file. No timing
 * here: see scripts/bench-grammar.ts.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGrammar, splitLines, tokenizeBinary } from '../../scripts/grammar';
import { CORPUS } from '../support/paths';
import { styledTheme, styledTokens } from './theme-styles';

const files = fs.existsSync(CORPUS)
  ? fs
      .readdirSync(CORPUS)
      .filter((n) => !n.endsWith('.md'))
      .sort()
  : [];

test(
  'every corpus file tokenizes, closes its regions and takes no font style',
  { skip: files.length ? false : 'no corpus', timeout: 180_000 },
  async () => {
    const g = await createGrammar(styledTheme());
    const root = g.tokenizeLine2('', null).ruleStack;
    for (const f of files) {
      const lines = splitLines(fs.readFileSync(path.join(CORPUS, f), 'latin1'));
      const stopped: number[] = [];
      const { tokens, state } = tokenizeBinary(g, lines, (i, _t, stoppedEarly) => {
        if (stoppedEarly) stopped.push(i + 1);
      });
      assert.deepEqual(stopped, [], `${f}: lines stopped early`);
      assert.ok(tokens >= lines.length, `${f}: ${tokens} tokens for ${lines.length} lines`);
      assert.ok(
        g.tokenizeLine2('', state).ruleStack.equals(root),
        `${f}: a region is still open at the end of the file`,
      );
      assert.deepEqual(styledTokens(lines, g, f), [], `${f}: styled tokens`);
    }
  },
);

test('a truncated file (an unclosed <TEXT> or header) still tokenizes', async () => {
  const g = await createGrammar();
  for (const text of [
    '<SEC-HEADER>x\nFILER:\n',
    '<TEXT>\n<HTML>\n<P>1,234</P>\n',
    '<TEXT>\nbegin 644 x.jpg\nM123\n',
    '-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n',
  ]) {
    const { tokens } = tokenizeBinary(g, splitLines(text));
    assert.ok(tokens > 0);
  }
});
