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
 * Entries of a Form 13F information table (facts/holdingEntries.ts, FL310): voting authority that
 * does not add up to an entry's shares where the other entries' does; values swapped between two
 * entries of one security, or a digit lost from one of three. Prices that differ otherwise, options
 * and principal amounts are not reported.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const zlib = __importStar(require("node:zlib"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
const INTEL = path.join(paths_1.ROOT, 'test', 'corpus', 'filings', '13fhra-1999-intel-holdings-information-table.txt.gz');
const text = zlib.gunzipSync(fs.readFileSync(INTEL)).toString('latin1');
/** Intel's report with its two entries whose voting authority is off set right. */
const tied = text
    .replace(/(224,550 {2}SH {5}SOLE\s+)11,700/, '$1224,550')
    .replace(/(765,172 {2}SH {5}SOLE\s+)770,172/, '$1765,172');
const fl310 = (t) => (0, core_1.analyze)(t).findings.filter((f) => f.code === 'FL310');
/** An entry line in Intel's layout: issuer, class, CUSIP, value (x$1000), shares, SH/PRN, discretion. */
function entry(value, shares, discretion = 'SOLE', unit = 'SH', cusip = '123456789', voting = shares) {
    const name = 'ACME WIDGETS INC'.padEnd(33);
    return `${name}COM       ${cusip}${value.padStart(10)} ${shares.padStart(10)} ${unit.padEnd(5)} ${discretion.padEnd(20)}${voting.padStart(10)}`;
}
/** Intel's report with entries added at the end of its information table. */
function withEntries(...lines) {
    const at = tied.lastIndexOf('</TABLE>');
    return `${tied.slice(0, at)}${lines.join('\n')}\n${tied.slice(at)}`;
}
(0, node_test_1.test)('Intel 1999 as filed: two entries whose voting authority does not add up to their shares, as warnings', () => {
    const findings = fl310(text);
    assert.deepEqual(findings.map((f) => [f.severity, f.message]), [
        [
            'warning',
            'AUTODESK INC (CUSIP 052769106): its voting authority adds up to 11,700, 212,850 short of its 224,550 shares (the voting authority of 546 other entries adds up to their shares)',
        ],
        [
            'warning',
            'BROADCAST.COM, INC. (CUSIP 111310108): its voting authority adds up to 770,172, 5,000 more than its 765,172 shares (the voting authority of 546 other entries adds up to their shares)',
        ],
    ]);
    assert.ok(findings.every((f) => f.fix === undefined && f.related.length === 1));
});
(0, node_test_1.test)('voting authority columns are read after the discretion and the other managers: one figure off is reported', () => {
    assert.deepEqual(fl310(tied), []);
    const off = fl310(withEntries(entry('10,000', '100,000', 'SOLE', 'SH', '123456789', '10,000')));
    assert.equal(off.length, 1);
    assert.match(off[0].message, /adds up to 10,000, 90,000 short of its 100,000 shares/);
    // Split over sole, shared and none, after another manager's number: it adds up.
    const split = `${entry('10,000', '100,000', 'DEFINED', 'SH', '123456789', '')}  1    60,000    30,000    10,000`;
    assert.deepEqual(fl310(withEntries(split)), []);
});
(0, node_test_1.test)('entries of one security at one price: nothing', () => {
    assert.deepEqual(fl310(tied), []);
    assert.deepEqual(fl310(withEntries(entry('10,000', '100,000'), entry('5,000', '50,000', 'DEFINED'))), []);
});
(0, node_test_1.test)('two entries whose values were swapped: an error on the first, with the fix that swaps them back', () => {
    const slipped = withEntries(entry('5,000', '100,000'), entry('10,000', '50,000', 'DEFINED'));
    const findings = fl310(slipped);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    const [f] = findings;
    assert.equal(f.severity, 'error');
    assert.match(f.message, /^ACME WIDGETS INC \(CUSIP 123456789\) is valued at 5,000 for 100,000 shares \(\$50\.00 a share\) here and 10,000 for 50,000 shares \(\$200\.00 a share\) on line \d+: with the two values swapped, both entries are \$100\.00 a share$/);
    assert.equal(f.fix.title, 'Swap 5,000 and 10,000');
    const fixed = (0, core_1.applyEdits)(slipped, f.fix.edits);
    assert.deepEqual(fl310(fixed), []);
    assert.equal(fixed.split('\n').length, slipped.split('\n').length);
});
(0, node_test_1.test)('a value a tenth of what its two other entries agree on: an error, without a fix', () => {
    const findings = fl310(withEntries(entry('1,000', '100,000'), entry('5,000', '50,000', 'DEFINED'), entry('2,500', '25,000', 'OTHER')));
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.match(findings[0].message, /\$10\.00 a share\), a tenth of the \$100\.00 of its 2 other entries: a digit lost/);
    assert.equal(findings[0].fix, undefined);
});
(0, node_test_1.test)('prices that differ with no slip to explain them, options and principal amounts: nothing', () => {
    // Valued otherwise (restricted shares held through a fund): which entry is wrong is not known.
    assert.deepEqual(fl310(withEntries(entry('10,000', '100,000'), entry('4,000', '50,000', 'DEFINED'))), []);
    // Two entries a tenth apart: which one lost a digit is not known.
    assert.deepEqual(fl310(withEntries(entry('10,000', '100,000'), entry('500', '50,000', 'DEFINED'))), []);
    // An option on the security, and its notes held as a principal amount, have prices of their own.
    // (Without its PUT, the third entry would read as a digit lost: a tenth of the other two.)
    const option = entry('1,000', '100,000', 'SOLE', 'SH PUT');
    assert.deepEqual(fl310(withEntries(entry('10,000', '100,000'), entry('5,000', '50,000', 'DEFINED'), option)), []);
    const unmarked = entry('1,000', '100,000', 'SOLE', 'SH');
    assert.equal(fl310(withEntries(entry('10,000', '100,000'), entry('5,000', '50,000', 'DEFINED'), unmarked)).length, 1);
    assert.deepEqual(fl310(withEntries(entry('10,000', '100,000'), entry('1,000', '100,000', 'SOLE', 'PRN'))), []);
});
//# sourceMappingURL=holdings-entries.test.js.map