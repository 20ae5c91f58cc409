"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOANS_BY_STATE_ACROSS_A_PAGE = void 0;
/**
 * A table the filer broke across a `<PAGE>` marker: no total above the marker, the rest and the
 * total below it, the same columns. The parser joins the two parts into one table.
 */
exports.LOANS_BY_STATE_ACROSS_A_PAGE = [
    'Loans by State',
    '',
    'State              Number      Balance',
    'California            10     1,000.00',
    'Texas                  5       500.00',
    '<PAGE>',
    'Nevada                 2       200.00',
    'Oregon                 3       300.00',
    '                ---------------------',
    '                      20     2,000.00',
];
//# sourceMappingURL=continued.js.map