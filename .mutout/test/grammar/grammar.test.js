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
 * The TextMate grammar, run with vscode-textmate and Oniguruma as VS Code runs it: the scopes of
 * each kind of token on the sample filing and on excerpts cut from the corpus.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const grammar_1 = require("../../scripts/grammar");
const paths_1 = require("../support/paths");
const FIXTURES = path.join(paths_1.ROOT, 'test', 'grammar', 'fixtures');
/** Lines written for this test, for forms the corpus excerpts do not show. */
const INLINE = {
    'written forms': [
        'Total                $     (12)     (5.2%)    Dec. 31, 1997   10/15/02',
        'ITEM 7A: QUANTITATIVE AND QUALITATIVE DISCLOSURES',
        'PART II',
        '\tSelected Financial Data',
        'Call 212-806-5836 or see file No. 0-12345 under Section 4(2).',
        'Paid at 5:00 p.m. on 12.5.3 and 1,234.',
    ].join('\n'),
};
function read(file) {
    if (file in INLINE)
        return INLINE[file];
    return file === 'sample' ? fs.readFileSync(paths_1.SAMPLE, 'latin1') : fs.readFileSync(path.join(FIXTURES, file), 'latin1');
}
const cache = new Map();
function tokensOf(file) {
    let t = cache.get(file);
    if (!t) {
        t = (0, grammar_1.loadGrammar)().then((g) => (0, grammar_1.tokenize)(g, read(file)));
        cache.set(file, t);
    }
    return t;
}
function has(scopes, scope) {
    return scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}
/** The scope stacks of the tokens covering `needle` on the first line containing `line` (or the nth, counting from 0). */
async function scopesOver(file, line, needle, nth = 0) {
    const lines = (0, grammar_1.splitLines)(read(file));
    const at = lines.map((l, i) => (l.includes(line) ? i : -1)).filter((i) => i >= 0)[nth];
    assert.ok(at !== undefined, `${file}: no line with ${JSON.stringify(line)}`);
    const start = lines[at].indexOf(needle, Math.max(0, lines[at].indexOf(line)));
    assert.ok(start >= 0, `${file}:${at + 1}: ${JSON.stringify(needle)} not on the line`);
    const end = start + needle.length;
    const over = (await tokensOf(file)).filter((t) => t.line === at && t.start < end && t.start + t.text.length > start);
    assert.ok(over.length > 0, `${file}:${at + 1}: no token over ${needle}`);
    return over.map((t) => t.scopes);
}
function check(c) {
    (0, node_test_1.test)(`${c.file}: ${c.name}`, async () => {
        const needle = c.needle ?? c.line;
        for (const scopes of await scopesOver(c.file, c.line, needle, c.nth)) {
            const shown = `${needle} -> ${scopes.slice(1).join(' ')}`;
            if (c.scope)
                assert.ok(has(scopes, c.scope), `expected ${c.scope}: ${shown}`);
            for (const n of c.not ?? [])
                assert.ok(!has(scopes, n), `expected no ${n}: ${shown}`);
        }
    });
}
const FIGURES = ['constant.numeric'];
const cases = [
    // The sample filing (CWMBS 8-K, pool tables).
    { name: '<PAGE> marker', file: 'sample', line: '<PAGE>', scope: 'meta.separator.page' },
    { name: '<PAGE> tag name', file: 'sample', line: '<PAGE>', needle: 'PAGE', scope: 'entity.name.tag' },
    { name: '<PAGE> brackets', file: 'sample', line: '<PAGE>', needle: '<', scope: 'punctuation.definition.tag.begin' },
    {
        name: 'Item heading',
        file: 'sample',
        line: 'Item 5.  Other Events.',
        needle: 'Item 5.',
        scope: 'keyword.control.heading.item',
    },
    {
        name: "Item heading's text",
        file: 'sample',
        line: 'Item 5.  Other Events.',
        needle: 'Other Events.',
        scope: 'keyword.control.heading',
    },
    {
        name: 'table title',
        file: 'sample',
        line: 'State Distribution of Mortgaged Properties(1)',
        needle: 'State Distribution',
        scope: 'keyword.control.heading.title',
    },
    {
        name: "title's footnote reference",
        file: 'sample',
        line: 'State Distribution of Mortgaged Properties(1)',
        needle: '(1)',
        scope: 'keyword.other.footnote-ref',
        not: ['constant.numeric'],
    },
    {
        name: 'two footnote references',
        file: 'sample',
        line: 'Original Loan-to-Value Ratios(1)(2)',
        needle: '(1)(2)',
        scope: 'keyword.other.footnote-ref',
    },
    { name: 'capitals title', file: 'sample', line: 'FINAL POOL TABLES', scope: 'keyword.control.heading.title' },
    { name: 'rule under a heading', file: 'sample', line: '----     ------------', scope: 'punctuation.separator.rule' },
    {
        name: 'full-width rule',
        file: 'sample',
        line: '-------------------------------------------------------------------------------',
        scope: 'punctuation.separator.rule',
    },
    {
        name: 'money',
        file: 'sample',
        line: 'California                      268',
        needle: '$ 113,346,210.62',
        scope: 'constant.numeric.currency',
    },
    {
        name: 'money with the $ set apart',
        file: 'sample',
        line: 'Colorado',
        needle: '$   7,276,695.21',
        scope: 'constant.numeric.currency',
    },
    {
        name: 'money in a range label',
        file: 'sample',
        line: '$150,000 -   $200,000',
        needle: '$200,000',
        scope: 'constant.numeric.currency',
    },
    {
        name: 'percentage',
        file: 'sample',
        line: 'California                      268',
        needle: '50.35%',
        scope: 'constant.numeric.percentage',
    },
    {
        name: 'total percentage',
        file: 'sample',
        line: '553         $ 225,112,214.21      100.00%',
        needle: '100.00%',
        scope: 'constant.numeric.percentage',
    },
    {
        name: 'a count',
        file: 'sample',
        line: 'California                      268',
        needle: '268',
        scope: 'constant.numeric',
        not: ['constant.numeric.currency', 'constant.numeric.percentage'],
    },
    { name: 'a rate label', file: 'sample', line: '       6.375', needle: '6.375', scope: 'constant.numeric' },
    {
        name: 'percent in a label',
        file: 'sample',
        line: 'Other (less than 2%)',
        needle: '2%',
        scope: 'constant.numeric.percentage',
    },
    { name: '(%) is not a figure', file: 'sample', line: 'Mortgage Rates(%)', needle: '(%)', not: FIGURES },
    {
        name: 'footnote marker',
        file: 'sample',
        line: '(1)   The Other row',
        needle: '(1)',
        scope: 'keyword.other.footnote-ref',
        not: ['constant.numeric'],
    },
    {
        name: 'footnote text',
        file: 'sample',
        line: '(1)   The Other row',
        needle: 'The Other row',
        scope: 'markup.quote.footnote',
    },
    {
        name: "footnote's next line",
        file: 'sample',
        line: '2.00% concentrations individually',
        needle: 'concentrations',
        scope: 'markup.quote.footnote',
    },
    {
        name: 'figure inside a footnote',
        file: 'sample',
        line: '2.00% concentrations individually',
        needle: '2.00%',
        scope: 'constant.numeric.percentage',
    },
    {
        name: 'star footnote',
        file: 'sample',
        line: '*    Capitalized terms',
        needle: '*',
        scope: 'keyword.other.footnote-ref',
    },
    {
        name: "star footnote's next line",
        file: 'sample',
        line: 'meanings assigned to them',
        scope: 'markup.quote.footnote',
    },
    {
        name: 'star reference after a word',
        file: 'sample',
        line: 'Description of the Mortgage Pool*',
        needle: '*',
        scope: 'keyword.other.footnote-ref',
    },
    {
        name: 'a title after a footnote is not part of it',
        file: 'sample',
        line: 'Documentation Program for Mortgage Loans',
        not: ['markup.quote'],
    },
    {
        name: 'date',
        file: 'sample',
        line: 'Dated: October 15, 2002',
        needle: 'October 15, 2002',
        scope: 'constant.other.date',
    },
    {
        name: 'date takes the numeric colour too',
        file: 'sample',
        line: 'Dated: October 15, 2002',
        needle: 'October 15, 2002',
        scope: 'constant.numeric.date',
    },
    {
        name: 'date in prose',
        file: 'sample',
        line: 'On September 30, 2002, CWMBS',
        needle: 'September 30, 2002',
        scope: 'constant.other.date',
    },
    {
        name: 'signature mark',
        file: 'sample',
        line: 'By: /s/ Celia Coulter',
        needle: '/s/',
        scope: 'punctuation.definition.signature',
    },
    {
        name: 'signature',
        file: 'sample',
        line: 'By: /s/ Celia Coulter',
        needle: 'Celia Coulter',
        scope: 'string.other.signature',
    },
    {
        name: 'telephone number is not a negative',
        file: 'sample',
        line: 'area code (818) 225-3000',
        needle: '(818) 225-3000',
        scope: 'meta.contact.telephone',
        not: FIGURES,
    },
    {
        name: 'commission file number is not money',
        file: 'sample',
        line: '333-92152',
        needle: '333-92152',
        scope: 'meta.identifier.file-number',
        not: FIGURES,
    },
    { name: 'I.R.S. number is not a figure', file: 'sample', line: '95-4596516', needle: '95-4596516', not: FIGURES },
    {
        name: 'ZIP code is not a figure',
        file: 'sample',
        line: 'Calabasas, California',
        needle: '91302',
        scope: 'meta.contact.postal-code',
        not: FIGURES,
    },
    {
        name: 'ZIP code after D.C.',
        file: 'sample',
        line: 'Washington, D.C. 20549',
        needle: '20549',
        scope: 'meta.contact.postal-code',
        not: FIGURES,
    },
    { name: 'series number is not a figure', file: 'sample', line: 'Series 2002-20).', needle: '2002-20', not: FIGURES },
    // PEM armour and the IMS header (GE 10-K, 1994).
    {
        name: 'PEM banner',
        file: 'pem-ims-header.txt',
        line: '-----BEGIN PRIVACY-ENHANCED MESSAGE-----',
        needle: 'BEGIN PRIVACY-ENHANCED MESSAGE',
        scope: 'entity.name.tag',
    },
    {
        name: "PEM banner's dashes",
        file: 'pem-ims-header.txt',
        line: '-----BEGIN PRIVACY-ENHANCED MESSAGE-----',
        needle: '-----',
        scope: 'punctuation.definition.tag',
        not: ['punctuation.separator'],
    },
    {
        name: 'PEM field name',
        file: 'pem-ims-header.txt',
        line: 'Proc-Type: 2001,MIC-CLEAR',
        needle: 'Proc-Type',
        scope: 'entity.other.attribute-name',
    },
    {
        name: 'PEM field value',
        file: 'pem-ims-header.txt',
        line: 'Proc-Type: 2001,MIC-CLEAR',
        needle: '2001,MIC-CLEAR',
        scope: 'string.unquoted',
        not: FIGURES,
    },
    {
        name: 'PEM key continuation',
        file: 'pem-ims-header.txt',
        line: ' MFkwCgYEVQgBAQICAgADSwAwSAJBALeWW4xDV4i7',
        needle: 'MFkwCgYEVQgBAQICAgADSwAwSAJBALeWW4xDV4i7',
        scope: 'string.unquoted',
        not: FIGURES,
    },
    {
        name: '<IMS-DOCUMENT> tag',
        file: 'pem-ims-header.txt',
        line: '<IMS-DOCUMENT>',
        needle: 'IMS-DOCUMENT',
        scope: 'entity.name.tag',
    },
    {
        name: "<IMS-DOCUMENT>'s value",
        file: 'pem-ims-header.txt',
        line: '<IMS-DOCUMENT>',
        needle: '0000040545-94-000003.txt : 19940314',
        scope: 'string.unquoted',
        not: FIGURES,
    },
    {
        name: 'header field name',
        file: 'pem-ims-header.txt',
        line: 'CONFORMED SUBMISSION TYPE:',
        needle: 'CONFORMED SUBMISSION TYPE',
        scope: 'entity.other.attribute-name.header-field',
    },
    {
        name: 'header field separator',
        file: 'pem-ims-header.txt',
        line: 'CONFORMED SUBMISSION TYPE:',
        needle: ':',
        scope: 'punctuation.separator.key-value',
    },
    {
        name: 'header field value',
        file: 'pem-ims-header.txt',
        line: 'CONFORMED SUBMISSION TYPE:',
        needle: '10-K',
        scope: 'string.unquoted',
    },
    {
        name: 'header date is a value, not a figure',
        file: 'pem-ims-header.txt',
        line: 'FILED AS OF DATE:',
        needle: '19940311',
        scope: 'string.unquoted',
        not: FIGURES,
    },
    {
        name: 'header group name',
        file: 'pem-ims-header.txt',
        line: 'COMPANY DATA:',
        needle: 'COMPANY DATA',
        scope: 'entity.other.attribute-name',
    },
    {
        name: 'header region',
        file: 'pem-ims-header.txt',
        line: 'COMPANY CONFORMED NAME:',
        needle: 'GENERAL ELECTRIC CO',
        scope: 'meta.header',
    },
    // The SEC header of an IBM 10-K405 and the PEM END line.
    {
        name: '<SEC-HEADER> tag',
        file: 'sec-header.txt',
        line: '<SEC-HEADER>',
        needle: 'SEC-HEADER',
        scope: 'entity.name.tag',
    },
    {
        name: '<SEC-DOCUMENT> tag',
        file: 'sec-header.txt',
        line: '<SEC-DOCUMENT>',
        needle: 'SEC-DOCUMENT',
        scope: 'entity.name.tag',
    },
    {
        name: 'COMPANY CONFORMED NAME',
        file: 'sec-header.txt',
        line: 'COMPANY CONFORMED NAME:',
        needle: 'COMPANY CONFORMED NAME',
        scope: 'entity.other.attribute-name.header-field',
    },
    {
        name: 'company name',
        file: 'sec-header.txt',
        line: 'COMPANY CONFORMED NAME:',
        needle: 'INTERNATIONAL BUSINESS MACHINES CORP',
        scope: 'string.unquoted',
    },
    {
        name: 'file number in the header',
        file: 'sec-header.txt',
        line: 'SEC FILE NUMBER:',
        needle: '001-02360',
        scope: 'string.unquoted',
        not: FIGURES,
    },
    {
        name: 'PEM END line',
        file: 'pem-end.txt',
        line: '-----END PRIVACY-ENHANCED MESSAGE-----',
        needle: 'END PRIVACY-ENHANCED MESSAGE',
        scope: 'entity.name.tag',
    },
    {
        name: '</SEC-DOCUMENT>',
        file: 'pem-end.txt',
        line: '</SEC-DOCUMENT>',
        needle: 'SEC-DOCUMENT',
        scope: 'entity.name.tag',
    },
    // A .nc submission: header tags with values, then an HTML document left alone.
    { name: 'header tag', file: 'nc-submission.txt', line: '<ZIP>23060', needle: 'ZIP', scope: 'entity.name.tag' },
    {
        name: "header tag's value",
        file: 'nc-submission.txt',
        line: '<ZIP>23060',
        needle: '23060',
        scope: 'string.unquoted',
        not: FIGURES,
    },
    { name: '<TYPE> value', file: 'nc-submission.txt', line: '<TYPE>424B5', needle: '424B5', scope: 'string.unquoted' },
    {
        name: '<FILENAME> value',
        file: 'nc-submission.txt',
        line: '<FILENAME>d424b5.htm',
        needle: 'd424b5.htm',
        scope: 'string.unquoted',
    },
    { name: '<TEXT>', file: 'nc-submission.txt', line: '<TEXT>', needle: 'TEXT', scope: 'entity.name.tag' },
    {
        name: 'embedded HTML is left alone',
        file: 'nc-submission.txt',
        line: '<HTML><HEAD>',
        scope: 'meta.embedded.markup',
        not: ['entity.name.tag', 'punctuation.definition.tag'],
    },
    {
        name: 'figures in HTML are left alone',
        file: 'nc-submission.txt',
        line: '<TITLE>Rule 424(b)(5) Filing</TITLE>',
        scope: 'meta.embedded.markup',
        not: FIGURES.concat('entity.name.tag', 'keyword.other.footnote-ref'),
    },
    {
        name: 'lower-case HTML is left alone',
        file: 'nc-submission.txt',
        line: '<h5 align="left">',
        scope: 'meta.embedded.markup',
    },
    // The end of an HTML document and the start of the next (CMBS 10-D).
    { name: '</TEXT> after HTML', file: 'html-document.txt', line: '</TEXT>', needle: 'TEXT', scope: 'entity.name.tag' },
    {
        name: '<TYPE>EX-99.1',
        file: 'html-document.txt',
        line: '<TYPE>EX-99.1',
        needle: 'EX-99.1',
        scope: 'string.unquoted',
        not: FIGURES,
    },
    {
        name: 'next HTML document left alone',
        file: 'html-document.txt',
        line: '<HTML>',
        scope: 'meta.embedded.markup',
        not: ['entity.name.tag'],
    },
    {
        name: 'HTML title with figures left alone',
        file: 'html-document.txt',
        line: '<TITLE>certstmt_10dccmt16p52501.htm',
        scope: 'meta.embedded.markup',
        not: FIGURES,
    },
    // A GRAPHIC document: uuencoded bytes left alone.
    {
        name: '<TYPE>GRAPHIC',
        file: 'graphic-document.txt',
        line: '<TYPE>GRAPHIC',
        needle: 'GRAPHIC',
        scope: 'string.unquoted',
    },
    {
        name: 'uuencoded header line',
        file: 'graphic-document.txt',
        line: 'begin 644 g50878g08q86.jpg',
        scope: 'meta.embedded.raw',
        not: FIGURES,
    },
    {
        name: 'uuencoded bytes',
        file: 'graphic-document.txt',
        line: 'M_]C_X``02D9)1@`!`@$`8`!@',
        scope: 'meta.embedded.raw',
        not: FIGURES.concat('keyword.other.footnote-ref', 'entity.name.tag'),
    },
    {
        name: 'uuencoded bytes inside <TEXT>',
        file: 'text-uuencoded.txt',
        line: 'M_]C_X``02D9)1@`!`@$`8`!@',
        scope: 'meta.embedded.uuencoded',
        not: FIGURES,
    },
    // Southern Company 8-K: small negatives between column gaps, <S> and <C>.
    {
        name: 'two-digit negative',
        file: 'southern-revenues.txt',
        line: 'Wholesale Revenue',
        needle: '(19)',
        scope: 'constant.numeric.negative',
        not: ['keyword.other.footnote-ref'],
    },
    {
        name: 'one-digit negative',
        file: 'southern-revenues.txt',
        line: 'Non-regulated Operating Revenues',
        needle: '(6)',
        scope: 'constant.numeric.negative',
    },
    {
        name: 'negative at the end of a row',
        file: 'southern-revenues.txt',
        line: 'Non-regulated Operating Revenues',
        needle: '(1)',
        scope: 'constant.numeric.negative',
    },
    {
        name: 'three-digit negative',
        file: 'southern-revenues.txt',
        line: 'Contract Termination',
        needle: '(142)',
        scope: 'constant.numeric.negative',
    },
    {
        name: 'money with no space',
        file: 'southern-revenues.txt',
        line: 'Retail Revenue',
        needle: '$2,194',
        scope: 'constant.numeric.currency',
    },
    {
        name: 'grouped figure',
        file: 'southern-revenues.txt',
        line: 'Wholesale Revenue',
        needle: '1,343',
        scope: 'constant.numeric',
    },
    { name: '<S> and <C> tags', file: 'southern-revenues.txt', line: '<S>', needle: 'C', scope: 'entity.name.tag' },
    { name: '<TABLE>', file: 'southern-revenues.txt', line: '<TABLE>', needle: 'TABLE', scope: 'entity.name.tag' },
    {
        name: 'a dash cell is not a figure',
        file: 'southern-revenues.txt',
        line: 'Contract Termination',
        needle: '-',
        not: FIGURES,
    },
    {
        name: 'column rules',
        file: 'southern-revenues.txt',
        line: '----       ----    ------',
        needle: '------',
        scope: 'punctuation.separator.rule',
    },
    // Apple 10-K 1994: footnote references after a word, with and without a space.
    {
        name: 'reference glued to a word',
        file: 'apple-borrowings.txt',
        line: 'Borrowings(1)',
        needle: '(1)',
        scope: 'keyword.other.footnote-ref',
        not: ['constant.numeric'],
    },
    {
        name: 'reference after a word and a space',
        file: 'apple-borrowings.txt',
        line: 'Borrowings(1)',
        needle: '(2)',
        scope: 'keyword.other.footnote-ref',
        not: ['constant.numeric'],
    },
    {
        name: 'reference at the end of a line',
        file: 'apple-borrowings.txt',
        line: 'Borrowings(1)',
        needle: '(3)',
        scope: 'keyword.other.footnote-ref',
        not: ['constant.numeric'],
    },
    {
        name: 'money in the row',
        file: 'apple-borrowings.txt',
        line: 'Short-term Borrowings $ 292,200',
        needle: '$ 292,200',
        scope: 'constant.numeric.currency',
    },
    {
        name: 'rate',
        file: 'apple-borrowings.txt',
        line: 'Short-term Borrowings $ 292,200',
        needle: '5.0%',
        scope: 'constant.numeric.percentage',
    },
    {
        name: 'date in a label',
        file: 'apple-borrowings.txt',
        line: 'Year Ended September 30, 1994:',
        needle: 'September 30, 1994',
        scope: 'constant.other.date',
    },
    // Coca-Cola 10-K 1997: {1} references, dash-stuffed rules, a footnote at the margin.
    {
        name: 'brace reference',
        file: 'coke-footnotes.txt',
        line: 'Revenues{1}',
        needle: '{1}',
        scope: 'keyword.other.footnote-ref',
        not: FIGURES,
    },
    {
        name: 'dash-stuffed rule',
        file: 'coke-footnotes.txt',
        line: '- ----------------------------',
        scope: 'punctuation.separator.rule',
    },
    {
        name: 'brace footnote marker',
        file: 'coke-footnotes.txt',
        line: '{1} See Note 15',
        needle: '{1}',
        scope: 'keyword.other.footnote-ref',
    },
    {
        name: 'brace footnote text',
        file: 'coke-footnotes.txt',
        line: '{1} See Note 15',
        needle: 'See Note',
        scope: 'markup.quote.footnote',
    },
    {
        name: 'percent cells',
        file: 'coke-footnotes.txt',
        line: '   1997             3%       29%',
        needle: '29%',
        scope: 'constant.numeric.percentage',
    },
    {
        name: 'year row label',
        file: 'coke-footnotes.txt',
        line: '   1997             3%       29%',
        needle: '1997',
        scope: 'constant.numeric',
    },
    // S-3/A cover page: registration, I.R.S. and telephone numbers, ZIP codes.
    {
        name: 'registration number',
        file: 'cover-page.txt',
        line: 'Registration No. 33-88960',
        needle: '33-88960',
        scope: 'meta.identifier.file-number',
        not: FIGURES,
    },
    { name: 'I.R.S. number', file: 'cover-page.txt', line: '13-2865787', needle: '13-2865787', not: FIGURES },
    {
        name: 'telephone number alone on a line',
        file: 'cover-page.txt',
        line: '(201) 342-6676',
        needle: '(201) 342-6676',
        scope: 'meta.contact.telephone',
        not: FIGURES,
    },
    {
        name: 'ZIP code after a state',
        file: 'cover-page.txt',
        line: 'Hackensack, New Jersey 07601',
        needle: '07601',
        not: FIGURES,
    },
    {
        name: 'ZIP code after two spaces',
        file: 'cover-page.txt',
        line: 'New York, New York  10004',
        needle: '10004',
        scope: 'meta.contact.postal-code',
        not: FIGURES,
    },
    {
        name: 'commission title',
        file: 'cover-page.txt',
        line: 'SECURITIES AND EXCHANGE COMMISSION',
        scope: 'keyword.control.heading.title',
    },
    // Southern Company signatures: /s/ glued to the name.
    {
        name: 'signature without a space',
        file: 'signatures.txt',
        line: '/s/W. Dean Hudson',
        needle: 'W. Dean Hudson',
        scope: 'string.other.signature',
    },
    {
        name: 'second signature',
        file: 'signatures.txt',
        line: '/s/Wayne Boston',
        needle: 'Wayne Boston',
        scope: 'string.other.signature',
    },
    {
        name: 'date beside a company name',
        file: 'signatures.txt',
        line: 'Date:     January 25, 2005',
        needle: 'January 25, 2005',
        scope: 'constant.other.date',
    },
    { name: '</TEXT>', file: 'signatures.txt', line: '</TEXT>', needle: 'TEXT', scope: 'entity.name.tag' },
    // Merck: dotted leaders and dash-stuffed rules; Aames: a TOTALS row; Apple: ITEM headings.
    {
        name: 'figure after dotted leaders',
        file: 'merck-leaders.txt',
        line: 'Total current assets',
        needle: '8,617.5',
        scope: 'constant.numeric',
    },
    {
        name: 'dotted leaders are not figures',
        file: 'merck-leaders.txt',
        line: 'Total current assets',
        needle: '....',
        not: FIGURES,
    },
    {
        name: 'dash-stuffed rule in a statement',
        file: 'merck-leaders.txt',
        line: '- -----',
        scope: 'punctuation.separator.rule',
    },
    {
        name: 'TOTALS figure',
        file: 'aames-totals.txt',
        line: 'TOTALS',
        needle: '645,151,002.15',
        scope: 'constant.numeric',
    },
    { name: 'TOTALS zero', file: 'aames-totals.txt', line: 'TOTALS', needle: '0.00', scope: 'constant.numeric' },
    {
        name: 'TOTALS label is not a title',
        file: 'aames-totals.txt',
        line: 'TOTALS',
        needle: 'TOTALS',
        not: ['keyword.control.heading'],
    },
    {
        name: 'ITEM heading',
        file: 'apple-items.txt',
        line: 'ITEM 1. BUSINESS',
        needle: 'ITEM 1.',
        scope: 'keyword.control.heading.item',
    },
    {
        name: 'section title in capitals',
        file: 'apple-items.txt',
        line: 'GENERAL',
        scope: 'keyword.control.heading.title',
    },
    {
        name: 'quoted capitals are prose',
        file: 'apple-items.txt',
        line: 'MAY AFFECT OPERATING RESULTS',
        not: ['keyword.control.heading'],
    },
    // IBM EX-13: stars after figures and words, a star footnote.
    {
        name: 'star after a figure',
        file: 'eps.txt',
        line: 'Total            $78,508',
        needle: '*',
        scope: 'keyword.other.footnote-ref',
    },
    {
        name: 'figure before a star',
        file: 'eps.txt',
        line: 'Total            $78,508',
        needle: '6.01',
        scope: 'constant.numeric',
    },
    {
        name: 'double star after a word',
        file: 'eps.txt',
        line: 'Stock Prices**',
        needle: '**',
        scope: 'keyword.other.footnote-ref',
    },
    {
        name: 'double-star footnote',
        file: 'eps.txt',
        line: '**    The stock prices',
        needle: 'The stock prices',
        scope: 'markup.quote.footnote',
    },
    {
        name: 'fraction without a leading zero',
        file: 'eps.txt',
        line: 'First quarter',
        needle: '.175',
        scope: 'constant.numeric',
    },
    {
        name: 'subtitle in lower case is not a title',
        file: 'eps.txt',
        line: '(Dollars in millions',
        not: ['keyword.control.heading'],
    },
    // Apple 10-Q 1998: a balance sheet.
    {
        name: 'parenthesised negative',
        file: 'statement.txt',
        line: 'Accumulated depreciation',
        needle: '(616)',
        scope: 'constant.numeric.negative',
        not: ['keyword.other.footnote-ref'],
    },
    {
        name: 'figure in a statement',
        file: 'statement.txt',
        line: 'Other assets',
        needle: '335',
        scope: 'constant.numeric',
    },
    {
        name: 'underscore rule',
        file: 'statement.txt',
        line: '______',
        needle: '______',
        scope: 'punctuation.separator.rule',
    },
    { name: '</TABLE>', file: 'statement.txt', line: '</TABLE>', needle: 'TABLE', scope: 'entity.name.tag' },
    // Forms written out for the test.
    {
        name: 'negative money',
        file: 'written forms',
        line: 'Total',
        needle: '$     (12)',
        scope: 'constant.numeric.currency.negative',
    },
    {
        name: 'negative percentage',
        file: 'written forms',
        line: 'Total',
        needle: '(5.2%)',
        scope: 'constant.numeric.percentage',
    },
    {
        name: 'abbreviated month',
        file: 'written forms',
        line: 'Total',
        needle: 'Dec. 31, 1997',
        scope: 'constant.other.date',
    },
    { name: 'two-digit year', file: 'written forms', line: 'Total', needle: '10/15/02', scope: 'constant.other.date' },
    {
        name: 'ITEM 7A:',
        file: 'written forms',
        line: 'ITEM 7A:',
        needle: 'ITEM 7A:',
        scope: 'keyword.control.heading.item',
    },
    { name: 'PART II', file: 'written forms', line: 'PART II', scope: 'keyword.control.heading.part' },
    {
        name: 'title indented by a tab',
        file: 'written forms',
        line: 'Selected Financial Data',
        scope: 'keyword.control.heading.title',
    },
    {
        name: 'telephone with dashes',
        file: 'written forms',
        line: 'Call 212-806-5836',
        needle: '212-806-5836',
        scope: 'meta.contact.telephone',
        not: FIGURES,
    },
    {
        name: 'short file number',
        file: 'written forms',
        line: 'Call 212-806-5836',
        needle: '0-12345',
        scope: 'meta.identifier.file-number',
        not: FIGURES,
    },
    {
        name: 'statute reference is not a footnote',
        file: 'written forms',
        line: 'Call 212-806-5836',
        needle: '(2)',
        not: ['keyword.other.footnote-ref', 'constant.numeric.negative'],
    },
    { name: 'time of day is not a figure', file: 'written forms', line: 'Paid at 5:00', needle: '5:00', not: FIGURES },
    {
        name: 'section number is not a figure',
        file: 'written forms',
        line: 'Paid at 5:00',
        needle: '12.5.3',
        not: FIGURES,
    },
    {
        name: 'figure before a full stop',
        file: 'written forms',
        line: 'Paid at 5:00',
        needle: '1,234',
        scope: 'constant.numeric',
    },
];
for (const c of cases)
    check(c);
(0, node_test_1.test)('every fixture is used and is an excerpt of a few lines', () => {
    const used = new Set(cases.map((c) => c.file));
    for (const f of fs.readdirSync(FIXTURES).filter((n) => n.endsWith('.txt'))) {
        assert.ok(used.has(f), `${f} has no case`);
        assert.ok((0, grammar_1.splitLines)(read(f)).length <= 60, `${f} is longer than an excerpt`);
    }
});
(0, node_test_1.test)('HTML and uuencoded lines carry no token of their own', async () => {
    for (const file of ['nc-submission.txt', 'html-document.txt', 'graphic-document.txt', 'text-uuencoded.txt']) {
        const lines = (0, grammar_1.splitLines)(read(file));
        for (const t of await tokensOf(file)) {
            const inside = t.scopes.some((s) => s.startsWith('meta.embedded.'));
            if (inside) {
                assert.equal(t.scopes.filter((s) => !s.startsWith('meta.embedded.')).length, 1, `${file}:${t.line + 1} ${t.text} ${t.scopes.join(' ')}`);
            }
            else {
                assert.ok(!/^(begin \d{3} |M[^ ]{40,}$)/.test(lines[t.line]), `${file}:${t.line + 1} is uuencoded but not left alone`);
            }
        }
    }
});
//# sourceMappingURL=grammar.test.js.map