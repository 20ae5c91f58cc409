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
 * FL106 weighted-average: every averages column right of a shares column (remaining life, then
 * price) is checked against that column's weights, up to the next column that adds up; a total
 * that lies outside the figures it would average is not taken for their average.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
function weighted(text) {
    return (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL106');
}
/** PepsiCo 1999's layout: outstanding (shares, life, price), then exercisable (shares, price). */
function optionsTable(outstandingPrice, exercisablePrice = '19.06', life = '6.38') {
    return `Stock options outstanding and exercisable at December 25, 1999:

                          Options Outstanding           Options Exercisable
                   ----------------------------------   --------------------
                              Weighted
                              Average       Weighted               Weighted
                              Remaining     Average                Average
Range of                      Contractual   Exercise               Exercise
Exercise Price      Options   Life          Price        Options   Price
- ----------------   --------   -----------   ---------   --------   ---------
$ 4.25 to $ 9.84      5,832     1.47 yrs.     $ 6.37       5,822      $ 6.37
$11.12 to $27.73     73,745     4.13           19.40      56,383       17.05
$29.44 to $41.50     83,806     8.71           35.04      12,840       33.63
                   --------                             --------
                    163,383     ${life}           ${outstandingPrice}      75,045       ${exercisablePrice}
                   ========                             ========
`;
}
(0, node_test_1.test)('the price two columns right of its shares, after the remaining life, is checked', () => {
    // (5,832 × 6.37 + 73,745 × 19.40 + 83,806 × 35.04) / 163,383 = 26.96
    assert.deepEqual(weighted(optionsTable('26.96')), []);
    const found = weighted(optionsTable('29.66'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Price 29\.66 in total row .* they give 26\.96/);
    assert.match(found[0].message, /weighted by Options/);
});
(0, node_test_1.test)('the remaining life, printed with its unit on the first row (`1.47 yrs.`), is checked too', () => {
    // (5,832 × 1.47 + 73,745 × 4.13 + 83,806 × 8.71) / 163,383 = 6.384: the filing prints 6.36.
    const found = weighted(optionsTable('26.96', '19.06', '6.36'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Life 6\.36 in total row .* they give 6\.38/);
});
(0, node_test_1.test)('the exercisable price is weighted by the exercisable options, not by the outstanding ones', () => {
    // (5,822 × 6.37 + 56,383 × 17.05 + 12,840 × 33.63) / 75,045 = 19.06
    assert.deepEqual(weighted(optionsTable('26.96', '19.06')), []);
    const found = weighted(optionsTable('26.96', '18.98'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /18\.98 .* they give 19\.06/);
});
(0, node_test_1.test)('a count whose header ran into "weighted average" is not taken for an average', () => {
    // Autodesk 2000's layout: the outstanding shares (15,917) come after the exercisable price, and their
    // header's lines, read with the next column's, say `Weighted average`.
    const text = `                                          Options Exercisable                          Options Outstanding
                                    ---------------------------------   -------------------------------------------------
                                    Number of         Weighted          Number of        Weighted          Weighted
                                    shares            average           shares (in       average           average
                                    (in thousands)    exercise price    thousands)       contractual       exercise price
                                                                                         life (in years)
                                    --------------    ---------------   --------------   ---------------   --------------
<S>                                 <C>               <C>               <C>              <C>               <C>
Range of per share exercise
prices:
$ 0.01 - 23.87                               2,305    $    19.27                 3,021               4.5   $     19.60
$ 24.13 - 33.34                              2,213         28.76                 7,967               8.2         28.05
$ 33.87 - 47.73                              2,239         37.96                 3,929               7.6         38.34
$ 47.93 - 49.25                                905         50.80                 1,000               5.9         51.67
                                               ---    ----------                 -----                     -----------

                                             7,662    $    31.20                15,917               7.2   $     30.47
`;
    const found = weighted(text);
    assert.ok(!found.some((f) => /15,917/.test(f.message)), found.map((f) => f.message).join('\n'));
});
/** Options by range of exercise prices, each row's range and weighted-average price (Autodesk 2000's shape). */
function rangesTable(rows) {
    const lines = rows.map(([range, shares, price]) => `${range.padEnd(33)}${shares.padStart(14)}${price.padStart(17)}`);
    return `                                 Number of        Weighted
                                 shares           average
Range of exercise prices         (in thousands)   exercise price
------------------------         --------------   --------------
${lines.join('\n')}
                                 --------------
                                         15,917
`;
}
(0, node_test_1.test)("a range's average price outside the range is reported on the range, once the other rows confirm the reading", () => {
    const rows = [
        ['$ 0.01 - 23.87', '3,021', '$ 19.60'],
        ['$ 24.13 - 33.34', '7,967', '28.05'],
        ['$ 33.87 - 47.73', '3,929', '38.34'],
        ['$ 47.93 - 49.25', '1,000', '51.67'],
    ];
    const found = weighted(rangesTable(rows));
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.equal(found[0].span.line, 7);
    assert.equal(rangesTable(rows).split('\n')[7].slice(found[0].span.start, found[0].span.end), '$ 47.93 - 49.25');
    assert.match(found[0].message, /^The range \$ 47\.93 - 49\.25 has a weighted-average price 51\.67 .* above its top, 49\.25: .* as the 3 other rows do/);
    assert.equal(found[0].fix, undefined);
    assert.equal(found[0].related?.length, 1);
    // Within its range (to rounding: 49.254 rounds to 49.25), nothing.
    assert.deepEqual(weighted(rangesTable(rows.map((r, i) => (i === 3 ? [r[0], r[1], '49.25'] : r)))), []);
    // Below the bottom too.
    const below = weighted(rangesTable(rows.map((r, i) => (i === 1 ? [r[0], r[1], '18.05'] : i === 3 ? [r[0], r[1], '49.01'] : r))));
    assert.match(below[0]?.message ?? '', /The range \$ 24\.13 - 33\.34 .* below its bottom, 24\.13/);
});
(0, node_test_1.test)('ranges and prices that do not mostly agree, or too few of them, claim nothing', () => {
    // Two rows of four outside: the column is not read as the ranges' averages.
    const mixed = [
        ['$ 0.01 - 23.87', '3,021', '$ 29.60'],
        ['$ 24.13 - 33.34', '7,967', '28.05'],
        ['$ 33.87 - 47.73', '3,929', '38.34'],
        ['$ 47.93 - 49.25', '1,000', '51.67'],
    ];
    assert.deepEqual(weighted(rangesTable(mixed)), []);
    // Two rows only.
    assert.deepEqual(weighted(rangesTable(mixed.slice(2))), []);
    // A price of 0 beside no options is no average.
    const zero = [
        ...mixed.slice(1, 3),
        ['$ 47.93 - 49.25', '0', '0.00'],
        ['$ 50.00 - 52.00', '10', '51.00'],
    ];
    assert.deepEqual(weighted(rangesTable(zero)), []);
});
(0, node_test_1.test)("an HTML row's range in its label's cell is read too", () => {
    const tr = (...cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const text = [
        '<html><body><p>Options outstanding at December 31, 2005</p><table>',
        tr('Range of exercise prices', 'Number of shares', 'Weighted average exercise price'),
        tr('$0.01 - $23.87', '3,021', '$ 19.60'),
        tr('$24.13 - $33.34', '7,967', '28.05'),
        tr('$33.87 - $47.73', '3,929', '38.34'),
        tr('$47.93 - $49.25', '1,000', '51.67'),
        tr('Total', '15,917', ''),
        '</table></body></html>',
    ].join('\n');
    const found = weighted(text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, /The range \$47\.93 - \$49\.25 .* above its top, 49\.25/);
    assert.equal(text.split('\n')[5].slice(found[0].span.start, found[0].span.end), '$47.93 - $49.25');
});
/** Costco 2025's repurchases by period, its counts each a multiple of a thousand. */
function repurchases(average, june = '71,000') {
    return `Issuer purchases of equity securities in the fourth quarter:

                                  Total Number       Average Price
                                    of Shares           Paid per
Period                              Purchased            Share
------------------------------   -------------   ----------------
May 12-June 8, 2025                    69,000         $ 1,022.70
June 9-July 6, 2025                    ${june}             990.69
July 7-August 3, 2025                  73,000             955.59
August 4-August 31, 2025               72,000             966.22
                                 -------------
Total fourth quarter                  ${june === '71,000' ? '285,000' : '285,412'}         $   ${average}
                                 =============
`;
}
(0, node_test_1.test)('counts that all end in three zeros are rounded to the thousand: their average allows for it', () => {
    // The printed counts give 983.27; counts each within 500 of them allow 983.11 to 983.43.
    assert.deepEqual(weighted(repurchases('983.13')), []);
    assert.deepEqual(weighted(repurchases('983.27')), []);
    const found = weighted(repurchases('990.00'));
    assert.equal(found.length, 1, 'an average beyond what the rounding allows is still reported');
    assert.match(found[0].message, /990\.00 in Total fourth quarter .* they give 983\.27/);
    // One count not round (71,412): the counts are read as printed, and 983.13 is off.
    assert.equal(weighted(repurchases('983.13', '71,412')).length, 1);
});
//# sourceMappingURL=weighted-averages.test.js.map