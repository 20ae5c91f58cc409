/**
 * No bold, italic, underline or strikethrough: in some monospace fonts bold and italic faces have
 * other glyph widths and break the column alignment a reader is checking. Checked two ways: no scope
 * name of the grammar falls under a selector a built-in theme styles, and no token of the sample,
 * the fixtures or the corpus gets a font style from a theme made of those selectors.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGrammar, fontStyleOf, splitLines, tokenize, tokenizeBinary } from '../../scripts/grammar';
import { ROOT, SAMPLE } from '../support/paths';
import { grammarScopeNames, selectorApplies, STYLED_SELECTORS, styledTheme, styledTokens } from './theme-styles';

const FIXTURES = path.join(ROOT, 'test', 'grammar', 'fixtures');

test('the grammar names standard scopes, all ending in .sec-filing', () => {
  const names = grammarScopeNames();
  assert.ok(names.length >= 30, `${names.length} scope names`);
  for (const n of names) {
    assert.match(n, /^(constant|entity|keyword|markup|meta|punctuation|string)\.[a-z0-9.-]+\.sec-filing$/, n);
  }
});

test('no scope name falls under a selector a built-in theme renders bold, italic or underlined', () => {
  for (const name of grammarScopeNames()) {
    for (const s of STYLED_SELECTORS) {
      if (s.selector.includes(' ')) continue; // descendant selectors: checked on real token stacks below
      assert.ok(!selectorApplies(s.selector, [name]), `${name} is ${s.fontStyle} in ${s.themes} (${s.selector})`);
    }
    assert.ok(
      !/(^|\.)(bold|italic|emphasis|strong|underline|heading)(\.|$)/.test(
        name.replace(/^keyword\.control\.heading/, 'keyword.control'),
      ),
      name,
    );
    assert.ok(
      !name.startsWith('markup.heading') && !name.startsWith('entity.name.section') && !name.startsWith('comment'),
      name,
    );
  }
});

test('selectorApplies follows theme matching (prefixes, descendants)', () => {
  assert.ok(selectorApplies('markup.heading', ['text.x', 'markup.heading.1.x']));
  assert.ok(!selectorApplies('markup.heading', ['text.x', 'markup.headings.x']));
  assert.ok(
    selectorApplies('meta.tag entity.other.attribute-name', ['text.x', 'meta.tag.x', 'entity.other.attribute-name.x']),
  );
  assert.ok(
    !selectorApplies('meta.tag entity.other.attribute-name', [
      'text.x',
      'meta.header.x',
      'entity.other.attribute-name.x',
    ]),
  );
});

test('no token of the sample or the fixtures gets a font style from the built-in themes', async () => {
  const g = await createGrammar(styledTheme());
  const texts: [string, string][] = [['sample', fs.readFileSync(SAMPLE, 'latin1')]];
  for (const f of fs.readdirSync(FIXTURES).filter((n) => n.endsWith('.txt'))) {
    texts.push([f, fs.readFileSync(path.join(FIXTURES, f), 'latin1')]);
  }
  for (const [label, text] of texts) {
    assert.deepEqual(styledTokens(splitLines(text), g, label), []);
    // The same on scope stacks, which also covers descendant selectors such as `meta.tag entity.other.attribute-name`.
    for (const t of tokenize(g, text)) {
      for (const s of STYLED_SELECTORS) {
        assert.ok(
          !selectorApplies(s.selector, t.scopes),
          `${label}:${t.line + 1} ${t.text}: ${t.scopes.join(' ')} is ${s.fontStyle} in ${s.themes}`,
        );
      }
    }
  }
});

test('the check can fail: a probe grammar naming markup.heading and entity.name.section comes out bold', async () => {
  const probe = {
    scopeName: 'text.probe',
    json: JSON.stringify({
      scopeName: 'text.probe',
      patterns: [
        { match: 'H', name: 'markup.heading.probe' },
        { match: 'S', name: 'entity.name.section.probe' },
        { match: 'C', name: 'comment.line.probe' },
      ],
    }),
  };
  const g = await createGrammar(styledTheme(), probe);
  const lines = ['x H S C'];
  const styles: number[] = [];
  tokenizeBinary(g, lines, (_, tokens) => {
    for (let k = 0; k < tokens.length; k += 2) styles.push(fontStyleOf(tokens[k + 1]));
  });
  assert.deepEqual(styles, [0, 2, 0, 2, 0, 1]);
  assert.ok(styledTokens(lines, g, 'probe').length > 0);
});
