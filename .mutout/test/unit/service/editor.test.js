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
/** Editor features from the table model: symbols, folding, lenses, export, rebalance, realign, suppression. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../../server/src/core");
const paths_1 = require("../../support/paths");
const text = (0, paths_1.readSample)();
const model = (0, core_1.parseFiling)(text);
(0, node_test_1.test)('one symbol per table, named by its title, selecting the title line', () => {
    const symbols = (0, core_1.tableSymbols)(model);
    assert.equal(symbols.length, 9);
    assert.equal(symbols[3].name, 'Mortgage Rates');
    assert.equal(model.lines[symbols[3].selectionLine].trim(), 'Mortgage Rates(1)');
    assert.match(symbols[3].detail, /^page 7, 29 rows$/);
});
(0, node_test_1.test)('folding covers tables, multi-line footnotes and pages', () => {
    const folds = (0, core_1.foldingRanges)(model);
    for (const t of model.tables) {
        assert.ok(folds.some((f) => f.startLine === t.startLine && f.endLine === t.endLine), t.title);
    }
    assert.ok(folds.some((f) => f.kind === 'comment' && model.lines[f.startLine].trim().startsWith('(1)   The lender acquired')));
    const pages = model.lines.filter((l) => l.trim() === '<PAGE>').length;
    assert.equal(folds.filter((f) => model.lines[f.startLine].trim() === '<PAGE>').length, pages);
});
(0, node_test_1.test)('a lens above each table says whether it ties out', () => {
    const lenses = (0, core_1.codeLenses)(model);
    assert.equal(lenses.length, 9);
    assert.equal(lenses[0].title, '553 loans · $225,112,214.21 · foots');
    const broken = (0, core_1.parseFiling)(text.replace('50.35%', '51.35%'));
    assert.equal((0, core_1.codeLenses)(broken)[0].title, '553 loans · $225,112,214.21 · 1 problem');
});
(0, node_test_1.test)('CSV and TSV: labels joined, numbers plain, totals marked', () => {
    const csv = (0, core_1.tableToDelimited)(model.tables[1], ',');
    const rows = csv.trim().split('\r\n');
    assert.equal(rows[0], 'Row,Type of Program,Number of Mortgage Loans,Aggregate Principal Balance Outstanding,Percent of Mortgage Loans');
    assert.ok(rows.includes('row,Stated Income/Stated Asset,27,9560788.91,4.25'));
    assert.equal(rows[rows.length - 1], 'total,,553,225112214.21,100.00');
    const tsv = (0, core_1.tableToDelimited)(model.tables[7], '\t');
    assert.ok(tsv.includes('row\t$750,001- $1,000,000\t5\t4199960.40\t1.87'));
    const json = (0, core_1.tableToJson)(model.tables[0]);
    assert.equal(json.rows.length, 11);
    assert.deepEqual(json.rows[10], { kind: 'total', label: '', line: 116, values: ['553', '225112214.21', '100.00'] });
});
(0, node_test_1.test)('rebalance by largest remainder brings 100.01% to 100.00% and keeps every row right', () => {
    const rates = model.tables[3];
    const [r] = (0, core_1.rebalances)(model, rates);
    assert.ok(r, 'the rates column sums to 100.01%');
    assert.equal((0, core_1.toPlain)(r.bodySum), '100.01');
    const fixed = (0, core_1.applyEdits)(text, r.fix.edits);
    const after = (0, core_1.parseFiling)(fixed);
    const column = after.tables[3].rows.filter((x) => x.kind === 'body').map((x) => x.cells[3].value);
    assert.equal((0, core_1.toPlain)((0, core_1.sum)(column)), '100.00');
    assert.deepEqual((0, core_1.analyze)(fixed).findings.map((f) => f.code), ['FL201'], 'still no percent finding');
    assert.equal((0, core_1.rebalances)(after, after.tables[3]).length, 0);
});
(0, node_test_1.test)('realigning moves only the misaligned number, and only its spaces', () => {
    const edits = (0, core_1.realign)(model);
    assert.equal(edits.length, 1);
    const before = model.lines[edits[0].span.line];
    // `100.00%` moves one column right onto the edge at 77, the end of the line.
    assert.equal(edits[0].newText, before.replace('$ 225,112,214.21         100.00%', '$ 225,112,214.21          100.00%'));
    assert.equal(edits[0].newText.replace(/ /g, ''), before.replace(/ /g, ''), 'only spaces change');
    assert.equal(edits[0].newText.trimEnd().length, 77);
    const fixed = (0, core_1.applyEdits)(text, edits);
    assert.deepEqual((0, core_1.analyze)(fixed).findings, []);
    assert.deepEqual((0, core_1.realign)((0, core_1.parseFiling)(fixed)), [], 'nothing left to move');
});
(0, node_test_1.test)('a figure with its $ written apart moves with it when the figure alone cannot move', () => {
    // Merck 1995: `...  $ 1,847.4` ends one column right of its column. Moving the number alone would
    // close the gap to its `$`, so there was no fix; the `$` moves with it, keeping one space before.
    const merck = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'merck-1995-cash-flow-glued-label.txt'), 'utf8');
    const m = (0, core_1.parseFiling)(merck);
    const edits = (0, core_1.realign)(m);
    assert.equal(edits.length, 1);
    const line = m.lines[edits[0].span.line];
    assert.equal(line, 'CASH AND CASH EQUIVALENTS AT END OF YEAR ...  $ 1,847.4  $  1,604.0   $   829.4');
    const fixed = (0, core_1.applyEdits)(merck, edits);
    assert.equal(fixed.split('\n')[edits[0].span.line], 'CASH AND CASH EQUIVALENTS AT END OF YEAR ... $ 1,847.4   $  1,604.0   $   829.4');
    assert.deepEqual((0, core_1.analyze)(fixed).findings, []);
    // With room before the number, the number alone moves and its `$` stays on its column.
    const roomy = merck.replace('...  $ 1,847.4  $  1,604.0', '... $  1,847.4  $  1,604.0');
    const moved = (0, core_1.applyEdits)(roomy, (0, core_1.realign)((0, core_1.parseFiling)(roomy)));
    assert.match(moved, /\.\.\. \$ 1,847\.4 {3}\$ {2}1,604\.0/);
});
/** The line with each run of two or more spaces that ends on a tab stop written as a tab: the same on screen. */
function tabify(line) {
    let out = '';
    for (let c = 0; c < line.length; c += 8) {
        const segment = line.slice(c, c + 8);
        const blanks = segment.length - segment.trimEnd().length;
        out += segment.length === 8 && blanks >= 2 ? `${segment.trimEnd()}\t` : segment;
    }
    return out;
}
(0, node_test_1.test)("on a filing laid out with tabs, a misaligned figure is moved with its line's tabs written as spaces, and every other character keeps its column", () => {
    const tabbed = text.split('\n').map(tabify).join('\n');
    assert.ok((tabbed.match(/\t/g) ?? []).length > 500);
    const a = (0, core_1.analyze)(tabbed);
    assert.deepEqual(a.findings.map((f) => [f.code, f.span.line, f.message]), (0, core_1.analyze)(text).findings.map((f) => [f.code, f.span.line, f.message]), 'the same findings as with spaces');
    const [finding] = a.findings;
    assert.equal(finding.fix?.title, "Move 100.00% 1 right onto the column's right edge (the line's tabs become spaces)");
    const fixed = (0, core_1.applyEdits)(tabbed, finding.fix.edits);
    const spaced = (0, core_1.applyEdits)(text, (0, core_1.realign)(model));
    const lineOf = (t) => t.split('\n')[finding.span.line];
    assert.equal(lineOf(fixed), lineOf(spaced), 'the line as the space-laid filing is fixed');
    assert.ok(lineOf(tabbed).includes('\t') && !lineOf(fixed).includes('\t'));
    assert.deepEqual(fixed.split('\n').filter((_, l) => l !== finding.span.line), tabbed.split('\n').filter((_, l) => l !== finding.span.line), 'no other line changes');
    assert.deepEqual((0, core_1.analyze)(fixed).findings, []);
    assert.deepEqual((0, core_1.realign)((0, core_1.parseFiling)(tabbed)), finding.fix.edits, 'Format Document makes the same edit');
});
(0, node_test_1.test)('two misaligned figures on one line with tabs: each fix rewrites the line, so they are applied one at a time; realigning moves both at once', () => {
    const lines = text.split('\n');
    const at = lines.indexOf('                               553          $ 225,112,214.21         100.00%');
    assert.ok(at > 0);
    // 553 one column left of its column too, and the line laid out with tabs (the same on screen).
    const spaced = '                              553           $ 225,112,214.21         100.00%';
    lines[at] = tabify(spaced);
    assert.ok(lines[at].includes('\t'));
    assert.equal((0, core_1.expandTabs)(lines[at]), spaced);
    const tabbed = lines.join('\n');
    const onLine = (0, core_1.analyze)(tabbed).findings.filter((f) => f.span.line === at);
    assert.deepEqual(onLine.map((f) => [f.code, f.message.split(':')[0]]), [
        ['FL201', '553 is 1 character left of its column'],
        ['FL201', '100.00% is 1 character left of its column'],
    ]);
    const { fixes, edits } = (0, core_1.compatibleFixes)(onLine.map((f) => f.fix));
    assert.equal(fixes.length, 1, 'the second fix would rewrite the line the first rewrites');
    assert.equal(edits.length, 1);
    const once = (0, core_1.analyze)((0, core_1.applyEdits)(tabbed, edits)).findings.filter((f) => f.span.line === at);
    assert.equal(once.length, 1, 'the other is still a finding, with its own fix');
    assert.ok(once[0].fix);
    const both = (0, core_1.realign)((0, core_1.parseFiling)(tabbed));
    assert.equal(both.length, 1);
    assert.equal(both[0].newText, '                               553          $ 225,112,214.21          100.00%');
    assert.deepEqual((0, core_1.analyze)((0, core_1.applyEdits)(tabbed, both)).findings, []);
});
(0, node_test_1.test)('compatible fixes: overlapping ones wait, an identical edit is applied once, disjoint ones go together', () => {
    const e = (line, start, end, newText) => ({ span: { line, start, end }, newText });
    const a = { edits: [e(1, 10, 20, 'a')] };
    const same = { edits: [e(1, 10, 20, 'a')] };
    const overlapping = { edits: [e(1, 15, 25, 'b')] };
    const sameStart = { edits: [e(1, 10, 10, 'c')] };
    const elsewhere = { edits: [e(1, 20, 22, 'd'), e(2, 0, 5, 'e')] };
    const partly = { edits: [e(3, 0, 1, 'f'), e(1, 19, 21, 'g')] };
    const kept = (0, core_1.compatibleFixes)([a, same, overlapping, sameStart, elsewhere, partly]);
    assert.deepEqual(kept.fixes, [a, same, elsewhere], 'a fix with one clashing edit waits whole');
    assert.deepEqual(kept.edits, [e(1, 10, 20, 'a'), e(1, 20, 22, 'd'), e(2, 0, 5, 'e')]);
});
(0, node_test_1.test)('suppressions by code, by name and by table, kept in a sidecar', () => {
    const broken = text.replace('50.35%', '51.35%');
    const a = (0, core_1.analyze)(broken);
    assert.deepEqual((0, core_1.applySuppressions)(a.model, a.findings, [{ code: 'FL102' }]).map((f) => f.code), ['FL201']);
    assert.deepEqual((0, core_1.applySuppressions)(a.model, a.findings, [{ code: 'alignment' }]).map((f) => f.code), ['FL102']);
    assert.deepEqual((0, core_1.applySuppressions)(a.model, a.findings, [{ code: 'FL102', table: 'Occupancy Types' }]).length, 2);
    assert.deepEqual((0, core_1.applySuppressions)(a.model, a.findings, [
        { code: 'FL102', table: 'State Distribution of Mortgaged Properties' },
    ]).map((f) => f.code), ['FL201']);
    const sidecar = (0, core_1.addToSidecar)((0, core_1.addToSidecar)(undefined, { code: 'FL201', table: 'Types of Mortgaged Properties' }), {
        code: 'FL201',
        table: 'Types of Mortgaged Properties',
    });
    assert.deepEqual((0, core_1.parseSidecar)(sidecar), [{ code: 'FL201', table: 'Types of Mortgaged Properties' }]);
    assert.deepEqual((0, core_1.parseSidecar)('not json'), []);
});
(0, node_test_1.test)('a suppression keyed to a period line of the title block still names its table', () => {
    const sheet = [
        'CONSOLIDATED BALANCE SHEETS',
        'December 31, 1998 and 1997',
        '',
        '                                  1998      1997',
        '                                --------  --------',
        'Cash........................... $ 22,786  $  4,942',
        'Investments....................   18,959     7,951',
        '                                --------  --------',
        '  Total........................ $ 41,755  $ 12,893',
        '',
    ].join('\n');
    const a = (0, core_1.analyze)(sheet);
    assert.equal(a.model.tables[0].title, 'CONSOLIDATED BALANCE SHEETS');
    assert.deepEqual(a.findings.map((f) => f.code), ['FL101'], '41,745 + ... : the 1998 total is off by 10');
    for (const table of ['CONSOLIDATED BALANCE SHEETS', 'December 31, 1998 and 1997']) {
        assert.deepEqual((0, core_1.applySuppressions)(a.model, a.findings, [{ code: 'FL101', table }]), [], table);
    }
    assert.equal((0, core_1.applySuppressions)(a.model, a.findings, [{ code: 'FL101', table: 'Cash' }]).length, 1, 'a row is no key');
});
(0, node_test_1.test)('the sidecar beside a filing: NAME.filinglint.json, cut with a hash of the name to stay within 255 bytes', () => {
    assert.equal((0, core_1.sidecarPath)('/filings/8-k.txt'), '/filings/8-k.txt.filinglint.json');
    assert.equal((0, core_1.sidecarPath)('C:\\filings\\8-k.txt'), 'C:\\filings\\8-k.txt.filinglint.json');
    const bytes = (p) => Buffer.byteLength(p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1));
    const exact = `${'f'.repeat(235)}.txt`; // 239 + 16 = 255 bytes
    assert.equal((0, core_1.sidecarPath)(`/f/${exact}`), `/f/${exact}.filinglint.json`, '255 bytes exactly: unchanged');
    for (const name of [
        `f${exact}`,
        `${'f'.repeat(246)}.txt`,
        `${'é'.repeat(125)}.txt`,
        `${'€'.repeat(83)}.txt`,
        `${'😀'.repeat(62)}.txt`,
    ]) {
        const sidecar = (0, core_1.sidecarPath)(`/filings/${name}`);
        assert.ok(sidecar.startsWith('/filings/'), sidecar);
        assert.match(sidecar, /~[0-9a-f]{8}\.filinglint\.json$/);
        assert.ok(bytes(sidecar) <= 255, `${bytes(sidecar)} bytes`);
        assert.ok(bytes(sidecar) >= 250, 'as much of the name as fits is kept');
        assert.ok(!/\uFFFD/.test(Buffer.from(sidecar).toString('utf8')), 'no half of a character');
    }
    // Two long names that differ only past the cut get two sidecars.
    assert.notEqual((0, core_1.sidecarPath)(`/f/${'a'.repeat(250)}1.txt`), (0, core_1.sidecarPath)(`/f/${'a'.repeat(250)}2.txt`));
});
(0, node_test_1.test)('hover markdown: the summary figures and a bar chart; a number its share', () => {
    const md = (0, core_1.tableHoverMarkdown)(model, model.tables[3]);
    assert.match(md, /\*\*Mortgage Rates\*\* · page 7/);
    assert.match(md, /Balance-weighted average \*\*6\.973\*\* \(min 5\.750, max 10\.500\)/);
    assert.match(md, /✓ Footnote \\\(1\\\): weighted average mortgage rate \*\*6\\\.973%\*\* — table gives 6\.973%/);
    assert.match(md, /6\.500 +19\.10% █/);
    const terms = (0, core_1.tableHoverMarkdown)(model, model.tables[8]);
    assert.match(terms, /Balance-weighted average \*\*355\.5\*\*/);
    const balances = (0, core_1.tableHoverMarkdown)(model, model.tables[7]);
    assert.match(balances, /average \$407,074\.53/);
    assert.match(balances, /table gives \$407,075/);
    const cell = model.tables[0].rows[0].cells[3];
    const n = (0, core_1.numberHoverMarkdown)(model, model.tables[0], cell.span.line, cell.span.start + 1);
    assert.match(n, /Computed: \*\*50\.35%\*\* of Aggregate Principal Balance Outstanding ✓/);
});
//# sourceMappingURL=editor.test.js.map