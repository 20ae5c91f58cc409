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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Quick fixes on HTML figures that markup splits: a negative's `(` before an inline-XBRL element and
 * its digits inside it (`(<ix:nonFraction ...>17,113</ix:nonFraction>`). The fix changes the
 * characters shown that differ and keeps every tag (fixes/replace.ts `visibleEdit`).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const replace_1 = require("../../server/src/core/fixes/replace");
const TAG = '<ix:nonFraction name="us-gaap:NetIncomeLoss" contextRef="From2023-04-012023-06-30" sign="-">';
const LINE = `<td>(${TAG}17,113</ix:nonFraction></td><td>)</td>`;
const SPAN = { line: 0, start: 4, end: LINE.indexOf('</ix:') };
const tagsOf = (html) => html.match(/<[^>]*>/g) ?? [];
(0, node_test_1.test)('an edit of a figure split by a tag changes the digits inside it and keeps the tag', () => {
    assert.equal((0, replace_1.shownText)(LINE, SPAN), '(17,113');
    const cases = [
        ['(17,131', `<td>(${TAG}17,131</ix:nonFraction></td><td>)</td>`],
        ['(7,113', `<td>(${TAG}7,113</ix:nonFraction></td><td>)</td>`],
        ['(117,113', `<td>(${TAG}117,113</ix:nonFraction></td><td>)</td>`],
        // A lost sign: the `(` alone goes.
        ['17,113', `<td>${TAG}17,113</ix:nonFraction></td><td>)</td>`],
        // Changed on both sides of the tag: the new characters go inside it.
        ['17,114', `<td>${TAG}17,114</ix:nonFraction></td><td>)</td>`],
    ];
    for (const [to, want] of cases)
        assert.equal((0, core_1.applyEdits)(LINE, [(0, replace_1.visibleEdit)(LINE, SPAN, to)]), want, to);
    // A `)` in a cell of its own stays there: the figure's cell is written without one.
    const plain = '<td>(17,131</td><td>)</td>';
    assert.equal((0, core_1.applyEdits)(plain, [(0, replace_1.replaceKeepingRightEdge)(plain, { line: 0, start: 4, end: 11 }, '(17,113)', true)]), '<td>(17,113</td><td>)</td>');
    // A reference is one character: `$&nbsp;1,234` shows `$ 1,234`.
    const dollar = '<td>$&nbsp;1,234</td>';
    const span = { line: 0, start: 4, end: 16 };
    assert.equal((0, replace_1.shownText)(dollar, span), '$ 1,234');
    assert.equal((0, core_1.applyEdits)(dollar, [(0, replace_1.replaceKeepingRightEdge)(dollar, span, '$ 1,243', true)]), '<td>$&nbsp;1,243</td>');
});
(0, node_test_1.test)('any edit keeps the tags, in order, and shows the new figure', () => {
    const figure = fast_check_1.default
        .tuple(fast_check_1.default.boolean(), fast_check_1.default.integer({ min: 0, max: 9_999_999 }))
        .map(([negative, n]) => (negative ? `(${n.toLocaleString('en-US')}` : n.toLocaleString('en-US')));
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.boolean(), figure, figure, (split, from, to) => {
        const open = from.startsWith('(');
        // The `(` outside the element where the filing puts it there; else the whole figure inside.
        const inner = split && open ? from.slice(1) : from;
        const line = `<td>${split && open ? '(' : ''}<font>${TAG}${inner}</ix:nonFraction></font></td>`;
        const span = { line: 0, start: 4, end: line.indexOf('</ix:') };
        assert.equal((0, replace_1.shownText)(line, span), from);
        const after = (0, core_1.applyEdits)(line, [(0, replace_1.replaceKeepingRightEdge)(line, span, to, true)]);
        assert.deepEqual(tagsOf(after), tagsOf(line));
        assert.equal(after.replace(/<[^>]*>/g, ''), to);
    }), { numRuns: 300 });
});
/** An inline-XBRL statement as Workiva writes it: a negative's `(` and `)` outside the element. */
function statement(total) {
    const row = (label, a, b, rule = false) => {
        const td = rule ? '<td style="border-top:1px solid #000">' : '<td>';
        const cell = (v) => v.startsWith('(')
            ? `${td}(<ix:nonFraction name="x" contextRef="c" sign="-">${v.slice(1)}</ix:nonFraction></td>${td})</td>`
            : `${td}<ix:nonFraction name="x" contextRef="c">${v}</ix:nonFraction></td>${td}</td>`;
        return `<tr><td>${label}</td>${cell(a)}${cell(b)}</tr>`;
    };
    return [
        '<html><body>',
        '<table>',
        '<tr><td></td><td>2023</td><td></td><td>2022</td><td></td></tr>',
        row('Revenues', '81,847', '79,122'),
        row('Costs and expenses', '(64,221', '(60,317'),
        row('Other expense', '(34,739', '(35,918'),
        row('Loss before income taxes', total, '(17,113', true),
        '</table>',
        '</body></html>',
        '',
    ].join('\n');
}
(0, node_test_1.test)('a footing fix on a negative total split by its tag keeps the inline-XBRL element', () => {
    assert.deepEqual((0, core_1.analyze)(statement('(17,113')).findings.map((f) => f.code), []);
    const text = statement('(17,131');
    const footing = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL101');
    assert.equal(footing.length, 1, footing.map((f) => f.message).join('\n'));
    const fixed = (0, core_1.applyEdits)(text, footing[0].fix.edits);
    assert.equal(fixed, statement('(17,113'));
});
//# sourceMappingURL=html-fixes.test.js.map