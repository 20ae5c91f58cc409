"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * No bold, italic, underline or strikethrough: in some monospace fonts bold and italic faces have
 * other glyph widths and break the column alignment a reader is checking. Checked two ways: no scope
 * name of the grammar falls under a selector a built-in theme styles, and no token of the sample,
 * the fixtures or the corpus gets a font style from a theme made of those selectors.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const grammar_1 = require("../../scripts/grammar");
const paths_1 = require("../support/paths");
const theme_styles_1 = require("./theme-styles");
const FIXTURES = path.join(paths_1.ROOT, 'test', 'grammar', 'fixtures');
(0, node_test_1.test)('the grammar names standard scopes, all ending in .sec-filing', () => {
    const names = (0, theme_styles_1.grammarScopeNames)();
    assert.ok(names.length >= 30, `${names.length} scope names`);
    for (const n of names) {
        assert.match(n, /^(constant|entity|keyword|markup|meta|punctuation|string)\.[a-z0-9.-]+\.sec-filing$/, n);
    }
});
(0, node_test_1.test)('no scope name falls under a selector a built-in theme renders bold, italic or underlined', () => {
    for (const name of (0, theme_styles_1.grammarScopeNames)()) {
        for (const s of theme_styles_1.STYLED_SELECTORS) {
            if (s.selector.includes(' '))
                continue; // descendant selectors: checked on real token stacks below
            assert.ok(!(0, theme_styles_1.selectorApplies)(s.selector, [name]), `${name} is ${s.fontStyle} in ${s.themes} (${s.selector})`);
        }
        assert.ok(!/(^|\.)(bold|italic|emphasis|strong|underline|heading)(\.|$)/.test(name.replace(/^keyword\.control\.heading/, 'keyword.control')), name);
        assert.ok(!name.startsWith('markup.heading') && !name.startsWith('entity.name.section') && !name.startsWith('comment'), name);
    }
});
(0, node_test_1.test)('selectorApplies follows theme matching (prefixes, descendants)', () => {
    assert.ok((0, theme_styles_1.selectorApplies)('markup.heading', ['text.x', 'markup.heading.1.x']));
    assert.ok(!(0, theme_styles_1.selectorApplies)('markup.heading', ['text.x', 'markup.headings.x']));
    assert.ok((0, theme_styles_1.selectorApplies)('meta.tag entity.other.attribute-name', ['text.x', 'meta.tag.x', 'entity.other.attribute-name.x']));
    assert.ok(!(0, theme_styles_1.selectorApplies)('meta.tag entity.other.attribute-name', [
        'text.x',
        'meta.header.x',
        'entity.other.attribute-name.x',
    ]));
});
(0, node_test_1.test)('no token of the sample or the fixtures gets a font style from the built-in themes', async () => {
    const g = await (0, grammar_1.createGrammar)((0, theme_styles_1.styledTheme)());
    const texts = [['sample', fs.readFileSync(paths_1.SAMPLE, 'latin1')]];
    for (const f of fs.readdirSync(FIXTURES).filter((n) => n.endsWith('.txt'))) {
        texts.push([f, fs.readFileSync(path.join(FIXTURES, f), 'latin1')]);
    }
    for (const [label, text] of texts) {
        assert.deepEqual((0, theme_styles_1.styledTokens)((0, grammar_1.splitLines)(text), g, label), []);
        // The same on scope stacks, which also covers descendant selectors such as `meta.tag entity.other.attribute-name`.
        for (const t of (0, grammar_1.tokenize)(g, text)) {
            for (const s of theme_styles_1.STYLED_SELECTORS) {
                assert.ok(!(0, theme_styles_1.selectorApplies)(s.selector, t.scopes), `${label}:${t.line + 1} ${t.text}: ${t.scopes.join(' ')} is ${s.fontStyle} in ${s.themes}`);
            }
        }
    }
});
(0, node_test_1.test)('the check can fail: a probe grammar naming markup.heading and entity.name.section comes out bold', async () => {
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
    const g = await (0, grammar_1.createGrammar)((0, theme_styles_1.styledTheme)(), probe);
    const lines = ['x H S C'];
    const styles = [];
    (0, grammar_1.tokenizeBinary)(g, lines, (_, tokens) => {
        for (let k = 0; k < tokens.length; k += 2)
            styles.push((0, grammar_1.fontStyleOf)(tokens[k + 1]));
    });
    assert.deepEqual(styles, [0, 2, 0, 2, 0, 1]);
    assert.ok((0, theme_styles_1.styledTokens)(lines, g, 'probe').length > 0);
});
//# sourceMappingURL=styles.test.js.map