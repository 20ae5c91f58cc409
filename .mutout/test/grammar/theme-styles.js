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
exports.STYLED_SELECTORS = void 0;
exports.styledTheme = styledTheme;
exports.selectorApplies = selectorApplies;
exports.grammarScopeNames = grammarScopeNames;
exports.styledTokens = styledTokens;
/**
 * Theme selectors that carry a font style (bold, italic, underline, strikethrough) in the colour
 * themes built into VS Code, as read from each theme's token colours. A filing's columns line up
 * only while every glyph has the same width, and in some monospace fonts bold and italic faces do
 * not; so no token of the grammar may fall under any of these selectors.
 */
const fs = __importStar(require("node:fs"));
const grammar_1 = require("../../scripts/grammar");
const DEFAULTS = 'Dark+, Dark Modern, Light+, Light Modern, Dark/Light High Contrast';
exports.STYLED_SELECTORS = [
    { themes: DEFAULTS, selector: 'emphasis', fontStyle: 'italic' },
    { themes: DEFAULTS, selector: 'strong', fontStyle: 'bold' },
    { themes: DEFAULTS + ', Quiet Light', selector: 'markup.bold', fontStyle: 'bold' },
    {
        themes: DEFAULTS + ', Quiet Light, Kimbie Dark, Tomorrow Night Blue',
        selector: 'markup.italic',
        fontStyle: 'italic',
    },
    { themes: DEFAULTS + ', Quiet Light', selector: 'markup.underline', fontStyle: 'underline' },
    {
        themes: 'Dark+, Dark Modern, Light+, Light Modern, Light High Contrast, Tomorrow Night Blue',
        selector: 'markup.heading',
        fontStyle: 'bold',
    },
    {
        themes: 'Light High Contrast, Monokai, Tomorrow Night Blue',
        selector: 'markup.strikethrough',
        fontStyle: 'strikethrough',
    },
    { themes: 'Monokai', selector: 'markup.heading.setext', fontStyle: 'bold' },
    { themes: 'Monokai', selector: 'markup.quote.markdown', fontStyle: 'italic' },
    { themes: 'Kimbie Dark', selector: 'punctuation.definition.bold', fontStyle: 'bold' },
    { themes: 'Kimbie Dark', selector: 'punctuation.definition.italic', fontStyle: 'italic' },
    { themes: 'Solarized, Quiet Light, Red', selector: 'comment', fontStyle: 'italic' },
    { themes: 'Quiet Light', selector: 'punctuation.definition.comment', fontStyle: 'italic' },
    { themes: 'Solarized, Red', selector: 'storage', fontStyle: 'bold' },
    { themes: 'Monokai, Abyss', selector: 'storage.type', fontStyle: 'italic' },
    { themes: 'Red', selector: 'variable', fontStyle: 'italic' },
    { themes: 'Monokai, Abyss', selector: 'variable.parameter', fontStyle: 'italic' },
    { themes: 'Quiet Light', selector: 'entity.name.section', fontStyle: 'bold' },
    { themes: 'Quiet Light', selector: 'entity.name.function', fontStyle: 'bold' },
    { themes: 'Quiet Light', selector: 'support.function', fontStyle: 'bold' },
    { themes: 'Quiet Light', selector: 'entity.name.type', fontStyle: 'bold' },
    { themes: 'Monokai, Abyss', selector: 'entity.name.class', fontStyle: 'underline' },
    { themes: 'Monokai', selector: 'entity.name.namespace', fontStyle: 'underline' },
    { themes: 'Monokai', selector: 'entity.name.scope-resolution', fontStyle: 'underline' },
    {
        themes: 'Monokai, Abyss, Red, Quiet Light',
        selector: 'entity.other.inherited-class',
        fontStyle: 'italic underline',
    },
    { themes: 'Monokai, Abyss, Quiet Light', selector: 'support.class', fontStyle: 'italic' },
    { themes: 'Monokai, Abyss', selector: 'support.type', fontStyle: 'italic' },
    { themes: 'Quiet Light', selector: 'meta.tag entity.other.attribute-name', fontStyle: 'italic' },
    { themes: 'Quiet Light', selector: 'entity.other.attribute-name.html', fontStyle: 'italic' },
    { themes: 'Quiet Light', selector: 'keyword.other.important', fontStyle: 'bold' },
    { themes: 'Solarized, Abyss, Red', selector: 'meta.diff', fontStyle: 'italic' },
    { themes: 'Tomorrow Night Blue', selector: 'meta.diff.range', fontStyle: 'italic' },
    { themes: 'Red', selector: 'meta.property-value support.constant.property-value', fontStyle: 'italic' },
];
/** A theme made of the styled selectors alone, for vscode-textmate to resolve token by token. */
function styledTheme() {
    return {
        name: 'font styles of the built-in themes',
        settings: [
            { settings: { foreground: '#000000', background: '#ffffff', fontStyle: '' } },
            ...exports.STYLED_SELECTORS.map((s) => ({ scope: s.selector, settings: { fontStyle: s.fontStyle } })),
        ],
    };
}
/** Does a theme selector (space-separated, each part a scope prefix) apply to a token's scope stack? */
function selectorApplies(selector, stack) {
    const parts = selector.trim().split(/\s+/);
    const covers = (part, scope) => scope === part || scope.startsWith(part + '.');
    const last = parts[parts.length - 1];
    for (let i = stack.length - 1; i >= 0; i--) {
        if (!covers(last, stack[i]))
            continue;
        let p = parts.length - 2;
        for (let j = i - 1; j >= 0 && p >= 0; j--)
            if (covers(parts[p], stack[j]))
                p--;
        if (p < 0)
            return true;
    }
    return false;
}
/** Every scope name the grammar can assign (names and content names, split on spaces). */
function grammarScopeNames(file = grammar_1.GRAMMAR_FILE) {
    const names = new Set();
    const walk = (node) => {
        if (Array.isArray(node))
            return node.forEach(walk);
        if (!node || typeof node !== 'object')
            return;
        for (const [key, value] of Object.entries(node)) {
            if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
                value.split(/\s+/).forEach((n) => names.add(n));
            }
            else
                walk(value);
        }
    };
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    walk(raw.repository);
    walk(raw.patterns);
    return [...names].sort();
}
/** Tokens given a font style by a themed grammar (at most ten), as `label:line:column style n: text`. */
function styledTokens(lines, g, label) {
    const bad = [];
    (0, grammar_1.tokenizeBinary)(g, lines, (i, tokens) => {
        for (let k = 0; k < tokens.length && bad.length < 10; k += 2) {
            const style = (0, grammar_1.fontStyleOf)(tokens[k + 1]);
            if (style !== 0) {
                bad.push(`${label}:${i + 1}:${tokens[k] + 1} style ${style}: ${lines[i].slice(tokens[k], k + 2 < tokens.length ? tokens[k + 2] : undefined).slice(0, 40)}`);
            }
        }
    });
    return bad;
}
//# sourceMappingURL=theme-styles.js.map