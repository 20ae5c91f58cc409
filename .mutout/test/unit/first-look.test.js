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
 * The first look at a large document reports exactly what the whole analysis reports on the lines
 * it covers (for the checks scoped to a line or a table), and the whole analysis that reuses its
 * pages equals a fresh one, whether or not edits came in between.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const fast_check_1 = __importDefault(require("fast-check"));
const vscode_languageserver_textdocument_1 = require("vscode-languageserver-textdocument");
const core_1 = require("../../server/src/core");
const documents_1 = require("../../server/src/protocol/documents");
const firstLook_1 = require("../../server/src/core/firstLook");
const pool_1 = require("../../server/src/core/pool");
const paths_1 = require("../support/paths");
const analysis_1 = require("../support/analysis");
const sample = (0, paths_1.readSample)();
const documentScoped = new Set(core_1.CHECKS.filter((c) => c.scope === 'document').map((c) => c.code));
/** What the look promises to match: where each finding is, of which rule, table and severity. */
const placed = (findings) => findings.map((f) => `${f.code} ${f.severity} ${f.span.line}:${f.span.start}-${f.span.end} t${f.table ?? '-'}`);
/** The whole analysis's findings on the lines a look covering [0, through) vouches for. */
function covered(full, through) {
    return full.findings.filter((f) => !documentScoped.has(f.code) &&
        (f.table !== undefined ? full.model.tables[f.table].endLine < through : f.span.line < through));
}
/** Filings with `<PAGE>` markers, concatenated in random order and amount. */
const corpusParts = fs.existsSync(paths_1.CORPUS)
    ? [
        '10q-1998-apple.txt',
        '10k405-2001-textron-document-only.txt',
        '0000891020-98-001352.txt',
        '0000320193-96-000027.txt',
        '0000092122-05-000042.txt',
    ]
        .map((f) => path.join(paths_1.CORPUS, f))
        .filter((f) => fs.existsSync(f))
        .map((f) => fs.readFileSync(f, 'latin1'))
    : [];
const documents = fast_check_1.default
    .array(fast_check_1.default.constantFrom(sample, ...corpusParts), { minLength: 2, maxLength: 6 })
    .map((parts) => parts.join('\n'));
/** Filings with their <PAGE> markers taken out: one long page each. */
const pageless = (text) => text.replace(/^\s*<PAGE>.*$/gim, '');
/**
 * Takes a first look at `text` reading `share` of it, and holds it to the whole analysis: the whole
 * analysis reusing the look equals a fresh one, and the look reports exactly the fresh one's findings
 * and tables on the lines it covers. Returns whether a look was taken.
 */
function lookAgrees(text, share) {
    const lines = (0, core_1.splitLines)(text);
    const cache = (0, core_1.createParseCache)();
    const look = (0, core_1.firstLook)(lines, cache, { chars: Math.floor(share * text.length) });
    const full = (0, core_1.analyze)(text);
    assert.deepEqual((0, analysis_1.digest)((0, core_1.analyzeLines)(lines, { cache })), (0, analysis_1.digest)(full));
    if (!look)
        return false;
    assert.ok(look.through > 0 && look.through < lines.length);
    // A table that states a pool's totals is reported once the look's tables agree on them (firstLook.ts
    // `poolSettled`): before, the whole analysis, with the tables below, names its slip otherwise.
    const pool = (0, pool_1.poolOf)(look.model);
    const withheld = (f) => f.table !== undefined && !(0, firstLook_1.poolSettled)(look.model.tables[f.table], pool);
    assert.deepEqual(placed(look.findings), placed(covered(full, look.through).filter((f) => !withheld(f))));
    assert.equal(look.tables, full.model.tables.filter((t) => t.endLine < look.through).length);
    return true;
}
(0, node_test_1.test)('the first look reports what the whole analysis reports on the lines it covers, and the whole analysis reusing it equals a fresh one', () => {
    let looked = 0;
    fast_check_1.default.assert(fast_check_1.default.property(documents, fast_check_1.default.double({ min: 0.03, max: 0.24, noNaN: true }), (text, share) => {
        if (lookAgrees(text, share))
            looked++;
    }), { numRuns: 40 });
    assert.ok(looked >= 20, `a first look was taken in ${looked} of 40 documents`);
});
(0, node_test_1.test)('the look holds on documents cut with regions, tags, binaries and markers anywhere, with either line end', () => {
    // The sample cut into pieces at its page markers, and the lines that open and close regions.
    let looked = 0;
    const pieces = [
        ...sample.split(/(?=<PAGE>)/),
        '<PAGE>',
        '<TEXT>',
        '<HTML>',
        '</TEXT>',
        'begin 644 x.jpg',
        'M86)C9&5F',
        'end',
        '<TABLE>',
        '</TABLE>',
        '(in thousands)',
        '',
        `${'wide '.repeat(20)}`,
    ];
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(fast_check_1.default.constantFrom(...pieces), { minLength: 20, maxLength: 120 }), fast_check_1.default.boolean(), fast_check_1.default.double({ min: 0.03, max: 0.24, noNaN: true }), (parts, crlf, share) => {
        if (lookAgrees(parts.join(crlf ? '\r\n' : '\n'), share))
            looked++;
    }), { numRuns: 150 });
    assert.ok(looked >= 50, `a first look was taken in ${looked} of 150 documents`);
});
(0, node_test_1.test)('edits that arrive between the first look and the whole analysis are analysed like any other', () => {
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(analysis_1.edit, { minLength: 1, maxLength: 6 }), fast_check_1.default.boolean(), fast_check_1.default.boolean(), (edits, recorded, markers) => {
        // With its markers the look parses whole pages; without them it cuts the one page short.
        const base = markers ? sample.repeat(8) : pageless(sample.repeat(8));
        const doc = (0, documents_1.openDocument)('file:///x.txt', 'sec-filing', 1, base);
        const reference = vscode_languageserver_textdocument_1.TextDocument.create('file:///x.txt', 'sec-filing', 1, base);
        const cache = (0, core_1.createParseCache)();
        assert.ok((0, core_1.firstLook)(doc.lines.slice(), cache, { chars: Math.floor(base.length / 5) }));
        (0, documents_1.takeChange)(doc);
        edits.forEach((e, k) => (0, analysis_1.typeInto)(doc, reference, e, k + 2));
        // The store's record of the edits describes them against the whole document, not the look's
        // part of it: the parser must not take it as the change since the look.
        const whole = (0, core_1.analyzeLines)(doc.lines.slice(), { cache, change: recorded ? (0, documents_1.takeChange)(doc) : undefined });
        assert.deepEqual((0, analysis_1.digest)(whole), (0, analysis_1.digest)((0, core_1.analyze)(reference.getText())));
    }), { numRuns: 60 });
});
(0, node_test_1.test)('no first look at a small document, or where the first part settles no table', () => {
    assert.equal((0, core_1.firstLook)((0, core_1.splitLines)(sample), (0, core_1.createParseCache)()), undefined, 'the sample is far under 1 MB');
    assert.equal((0, core_1.firstLook)((0, core_1.splitLines)(sample.repeat(50)), (0, core_1.createParseCache)()), undefined, '0.9 MB is under 1 MB');
    // One table down to the end: its body reads on past any cut.
    const oneTable = (0, core_1.splitLines)('Cash   1\n'.repeat(1000));
    assert.equal((0, core_1.firstLook)(oneTable, (0, core_1.createParseCache)(), { chars: 1000 }), undefined);
    const prose = (0, core_1.splitLines)('The Trust issued certificates under the agreement dated as of May 1.\n'.repeat(1000));
    assert.equal((0, core_1.firstLook)(prose, (0, core_1.createParseCache)(), { chars: 1000 }), undefined);
});
(0, node_test_1.test)('on a document without <PAGE> markers the look covers the tables its first part settles, as the whole analysis reports them', () => {
    let looked = 0;
    fast_check_1.default.assert(fast_check_1.default.property(documents, fast_check_1.default.double({ min: 0.08, max: 0.24, noNaN: true }), fast_check_1.default.boolean(), (text, share, crlf) => {
        const flat = crlf ? pageless(text).replace(/\n/g, '\r\n') : pageless(text);
        if (lookAgrees(flat, share))
            looked++;
    }), { numRuns: 50 });
    // A document opening with a filing whose first tables are far down (or that has none) gets no
    // look at small shares: 17 to 28 of 40 documents got one over eight runs.
    assert.ok(looked >= 15, `a first look was taken in ${looked} of 50 documents`);
});
(0, node_test_1.test)('the look at a long page stops above a table whose detached TOTALS row lies past the cut', () => {
    const prose = (n) => Array(n).fill('The Trust issued certificates under the pooling agreement dated May 1.');
    const table = (title, gap) => [
        title,
        '',
        '                       Loans        Balance',
        '  Alpha                    10        1,000',
        '  Beta                     20        2,000',
        ...Array(gap).fill(''),
        '  TOTALS                   30        3,000',
        '',
    ];
    const head = [...table('First Pool', 0), ...prose(40), ...table('Second Pool', 14)];
    const lines = [...head, ...prose(4000)];
    // The cut falls in the second table's gap: cut short, its body is the two rows above the gap.
    const cut = head.length - 2;
    let chars = 0;
    for (let i = 0; i < cut; i++)
        chars += lines[i].length + 1;
    const look = (0, core_1.firstLook)(lines, (0, core_1.createParseCache)(), { chars: chars - 1 });
    const full = (0, core_1.analyze)(lines.join('\n'));
    assert.deepEqual(full.model.tables.map((t) => [t.title, t.rows.length]), [
        ['First Pool', 3],
        ['Second Pool', 3],
    ]);
    assert.ok(look, 'the first table settles');
    assert.equal(look.tables, 1, 'the second table reads past the cut: it is left out');
    assert.equal(look.through, full.model.tables[0].endLine + 1);
    // A table that states a pool's totals is reported once the look's tables agree on them (firstLook.ts
    // `poolSettled`): before, the whole analysis, with the tables below, names its slip otherwise.
    const pool = (0, pool_1.poolOf)(look.model);
    const withheld = (f) => f.table !== undefined && !(0, firstLook_1.poolSettled)(look.model.tables[f.table], pool);
    assert.deepEqual(placed(look.findings), placed(covered(full, look.through).filter((f) => !withheld(f))));
});
(0, node_test_1.test)('a first look at a 2 MB real submission with the default size covers its first pages', {
    skip: !fs.existsSync(path.join(paths_1.CORPUS, '10q-2000-apple-submission-repeated-9x.txt')) && !process.env.CI
        ? `no corpus at ${paths_1.CORPUS}`
        : false,
}, () => {
    const text = fs.readFileSync(path.join(paths_1.CORPUS, '10q-2000-apple-submission-repeated-9x.txt'), 'latin1');
    const lines = (0, core_1.splitLines)(text);
    const look = (0, core_1.firstLook)(lines, (0, core_1.createParseCache)());
    assert.ok(look, 'a 2.1 MB document gets a first look');
    const full = (0, core_1.analyze)(text);
    let chars = 0;
    for (let i = 0; i < look.through; i++)
        chars += lines[i].length + 1;
    assert.ok(chars > 0.125 * 1024 * 1024 && chars <= 0.25 * 1024 * 1024, `the look covers ${chars} characters`);
    assert.ok(look.tables > 0, 'tables on the first pages');
    // A table that states a pool's totals is reported once the look's tables agree on them (firstLook.ts
    // `poolSettled`): before, the whole analysis, with the tables below, names its slip otherwise.
    const pool = (0, pool_1.poolOf)(look.model);
    const withheld = (f) => f.table !== undefined && !(0, firstLook_1.poolSettled)(look.model.tables[f.table], pool);
    assert.deepEqual(placed(look.findings), placed(covered(full, look.through).filter((f) => !withheld(f))));
});
/** HTML filings of the corpus: prospectus, CMBS report, 10-Qs and a 10-K (one long page each). */
const htmlFilings = [
    path.join(paths_1.CORPUS, 'abs-424b5-2010-carmax-auto-owner-trust-html-sgml.nc'),
    path.join(paths_1.CORPUS, 'cmbs-10d-2025-citigroup-2016-p5-html-sgml.txt'),
]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, 'latin1'));
(0, node_test_1.test)('HTML documents: the look covers the tables a read of the whole document gives alike, and reports what it reports', () => {
    if (htmlFilings.length === 0)
        return;
    let looked = 0;
    let htmlCovered = 0;
    fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.constantFrom(...htmlFilings), fast_check_1.default.double({ min: 0.02, max: 0.24, noNaN: true }), fast_check_1.default.integer({ min: 0, max: 2000 }), (text, share, at) => {
        // A slip typed into some figure, so that there are findings to agree on.
        const figure = /\d,\d{3}\.\d\d/g;
        figure.lastIndex = Math.floor((at / 2000) * text.length * share);
        const m = figure.exec(text);
        const slipped = m ? `${text.slice(0, m.index)}9${text.slice(m.index + 1)}` : text;
        if (!lookAgrees(slipped, share))
            return;
        looked++;
        const look = (0, core_1.firstLook)((0, core_1.splitLines)(slipped), (0, core_1.createParseCache)(), { chars: Math.floor(share * slipped.length) });
        if (look.model.tables.some((t) => t.source === 'html' && t.endLine < look.through))
            htmlCovered++;
    }), { numRuns: 30 });
    assert.ok(looked >= 15, `a first look was taken in ${looked} of 30 HTML documents`);
    assert.ok(htmlCovered >= 15, `HTML tables were covered in ${htmlCovered} looks`);
    // CarMax's prospectus (3.4 MB) with a count slipped in its remaining-term table: the look at its
    // first 0.8 MB covers the pool's tables and reports the slip on its cell, before the rest is read.
    const carmax = htmlFilings[0];
    const slipped = carmax.replace('>4,686<', '>4,868<');
    const look = (0, core_1.firstLook)((0, core_1.splitLines)(slipped), (0, core_1.createParseCache)(), { chars: 800_000 });
    assert.ok(look.tables >= 15, `${look.tables} tables covered`);
    assert.deepEqual(look.findings.map((f) => `${f.code} ${slipped.split('\n')[f.span.line].slice(f.span.start, f.span.end)}`), ['FL101 4,868']);
});
//# sourceMappingURL=first-look.test.js.map