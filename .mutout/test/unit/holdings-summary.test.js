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
 * A Form 13F report's summary against its information table (facts/holdingsSummary.ts, FL307), on
 * Intel's amended 13F for June 1999 (548 entries, $3,906,014 thousand): the totals it states agree,
 * and each changed as a typist would slip is reported on the summary line.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const zlib = __importStar(require("node:zlib"));
const core_1 = require("../../server/src/core");
const holdingsSummary_1 = require("../../server/src/core/facts/holdingsSummary");
const paths_1 = require("../support/paths");
const INTEL = path.join(paths_1.ROOT, 'test', 'corpus', 'filings', '13fhra-1999-intel-holdings-information-table.txt.gz');
const text = zlib.gunzipSync(fs.readFileSync(INTEL)).toString('latin1');
const fl307 = (t) => (0, core_1.analyze)(t).findings.filter((f) => f.code === 'FL307');
/** The one FL307 finding on a text, as an error. */
function oneError(t) {
    const findings = fl307(t);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.equal(findings[0].severity, 'error');
    return findings[0];
}
(0, node_test_1.test)('Intel 1999: 548 entries adding up to the stated value total, within half a thousand a row', () => {
    const s = (0, holdingsSummary_1.holdingsSummary)((0, core_1.analyze)(text).model);
    assert.equal((0, core_1.format)(s.entries.value), '548');
    assert.equal((0, core_1.format)(s.value.value), '3,906,014');
    assert.equal(s.count, 548);
    assert.equal((0, core_1.format)(s.sum), '3,906,013');
    assert.deepEqual(fl307(text), []);
});
(0, node_test_1.test)('a value total with two digits transposed is an error on it, with its fix', () => {
    const slipped = text.replace('Value Total:   $3,906,014', 'Value Total:   $3,960,014');
    const f = oneError(slipped);
    assert.match(f.message, /^the summary states a value total of \$3,960,014 \(x\$1000\), but the 548 entries below add up to 3,906,013 \(lines \d+ to \d+\): \$3,960,014 reads like two digits transposed for 3,906,014$/);
    assert.deepEqual(fl307((0, core_1.applyEdits)(slipped, f.fix.edits)), []);
});
(0, node_test_1.test)('an entry total that the table does not list is a warning, and the value is then not compared', () => {
    const findings = fl307(text.replace('Entry Total:   548', 'Entry Total:   584').replace('$3,906,014', '$3,960,014'));
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.equal(findings[0].severity, 'warning');
    assert.match(findings[0].message, /^the summary states 584 entries, but the information table below lists 548 \(lines/);
});
(0, node_test_1.test)('a value total no slip explains is a warning; one written in dollars agrees', () => {
    const off = fl307(text.replace('$3,906,014', '$3,912,345'));
    assert.equal(off.length, 1);
    assert.equal(off[0].severity, 'warning');
    assert.equal(off[0].fix, undefined);
    assert.deepEqual(fl307(text.replace('$3,906,014', '$3,906,014,000')), []);
});
(0, node_test_1.test)('a document with no 13F summary is not read as one', () => {
    assert.equal((0, holdingsSummary_1.holdingsSummary)((0, core_1.analyze)('Total    1,234   5,678  SH  SOLE\n').model), null);
});
(0, node_test_1.test)('a page total that misses its entries by a slip is an error on it, with its fix; within rounding, nothing', () => {
    // Intel 1999 prints a value total after each page's entries; 14 of 17 add up exactly, three miss
    // by 1, within half a thousand for each of their 34 entries.
    assert.equal(text.match(/FAIR MARKET VALUE TOTAL:\s+148,024\n/g)?.length, 1);
    const slipped = text.replace(/(FAIR MARKET VALUE TOTAL:\s+)148,024\n/, '$1184,024\n');
    const f = oneError(slipped);
    assert.match(f.message, /^the page total 184,024 is not the sum of the page's 34 entries above it, 148,023 \(lines \d+ to \d+; difference 36,001, rounding each entry to its thousand allows 17\): 184,024 reads like two digits transposed for 148,024; 16 other page totals agree with their entries$/);
    assert.equal(f.related?.length, 2);
    // The fix writes what the total was meant to read, within rounding of the entries.
    assert.deepEqual(fl307((0, core_1.applyEdits)(slipped, f.fix.edits)), []);
    // A difference no slip explains: a warning, no fix.
    const off = fl307(text.replace(/(FAIR MARKET VALUE TOTAL:\s+)148,024\n/, '$1149,524\n'));
    assert.equal(off.length, 1);
    assert.equal(off[0].severity, 'warning');
    assert.equal(off[0].fix, undefined);
});
(0, node_test_1.test)('page totals that mostly disagree with their pages are not read as page totals', () => {
    const entry = (name, cusip, value) => `${name.padEnd(36)}COM    ${cusip}${value.padStart(10)}     10,000  SH  SOLE                     10,000`;
    const page = (values, total) => [
        ...values.map((v, i) => entry(`ISSUER ${v}`, `${String(100000000 + i * 7919).slice(0, 9)}`, v)),
        '',
        `        FAIR MARKET VALUE TOTAL:${total.padStart(31)}`,
        '',
        '<PAGE>',
    ];
    const report = (totals) => [
        'Form 13F Information Table Entry Total:   9',
        'Form 13F Information Table Value Total:   $1,950',
        '<PAGE>',
        ...page(['100', '200', '300'], totals[0]),
        ...page(['110', '220', '330'], totals[1]),
        ...page(['120', '240', '330'], totals[2]),
    ].join('\n');
    // Each page adds up: nothing. One page misprinted: reported, the other two agreeing.
    assert.deepEqual(fl307(report(['600', '660', '690'])), []);
    assert.equal(fl307(report(['600', '660', '960'])).length, 1);
    // Two of three disagree: the lines are not read as the pages' totals, and nothing is claimed.
    assert.deepEqual(fl307(report(['600', '606', '960'])), []);
});
//# sourceMappingURL=holdings-summary.test.js.map