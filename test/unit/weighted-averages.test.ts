/**
 * FL106 weighted-average: every averages column right of a shares column (remaining life, then
 * price) is checked against that column's weights, up to the next column that adds up; a total
 * that lies outside the figures it would average is not taken for their average.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

function weighted(text: string) {
  return analyze(text).findings.filter((f) => f.code === 'FL106');
}

/** PepsiCo 1999's layout: outstanding (shares, life, price), then exercisable (shares, price). */
function optionsTable(outstandingPrice: string, exercisablePrice = '19.06', life = '6.38'): string {
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

test('the price two columns right of its shares, after the remaining life, is checked', () => {
  // (5,832 × 6.37 + 73,745 × 19.40 + 83,806 × 35.04) / 163,383 = 26.96
  assert.deepEqual(weighted(optionsTable('26.96')), []);
  const found = weighted(optionsTable('29.66'));
  assert.equal(found.length, 1);
  assert.match(found[0].message, /Price 29\.66 in total row .* they give 26\.96/);
  assert.match(found[0].message, /weighted by Options/);
});

test('the remaining life, printed with its unit on the first row (`1.47 yrs.`), is checked too', () => {
  // (5,832 × 1.47 + 73,745 × 4.13 + 83,806 × 8.71) / 163,383 = 6.384: the filing prints 6.36.
  const found = weighted(optionsTable('26.96', '19.06', '6.36'));
  assert.equal(found.length, 1);
  assert.match(found[0].message, /Life 6\.36 in total row .* they give 6\.38/);
});

test('the exercisable price is weighted by the exercisable options, not by the outstanding ones', () => {
  // (5,822 × 6.37 + 56,383 × 17.05 + 12,840 × 33.63) / 75,045 = 19.06
  assert.deepEqual(weighted(optionsTable('26.96', '19.06')), []);
  const found = weighted(optionsTable('26.96', '18.98'));
  assert.equal(found.length, 1);
  assert.match(found[0].message, /18\.98 .* they give 19\.06/);
});

test('a count whose header ran into "weighted average" is not taken for an average', () => {
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
