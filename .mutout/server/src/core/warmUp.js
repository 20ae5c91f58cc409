"use strict";
/**
 * Pages of a made-up filing for warming a fresh process up. The first analysis in a new process
 * runs the parser before V8 has compiled it: on the bench's 10 MB filing it took two to three times
 * as long as the next. A server analyses these pages while it waits for its first document, so that
 * the document an editor opens first meets compiled code.
 *
 * The pages hold what real filings hold, so the compiled code has seen each kind of value and
 * branch before it meets them (a kind first met in the real document throws the compiled function
 * away): a pool's distribution table (counts, cents, percentages, a total row), a statement of
 * income in thousands (years as headings, parenthesised negatives, nil dashes, subtotals under rules,
 * per-share figures, footnote markers), a balance sheet (sections, indented and wrapped labels, a
 * `Less` row, double rules), a table of quarterly prices in fractions, a discussion in prose with
 * figures and dates, and `<PAGE>` markers; a figure here and there is slipped, so that the paths that explain a
 * difference and offer a fix run too. `n` varies the figures and the layout from page to page.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.warmUpPage = warmUpPage;
const STATES = ['California', 'Colorado', 'Florida', 'Illinois', 'New Jersey', 'New York', 'Texas', 'Other'];
const LINES = [
    'Net sales',
    'Cost of sales',
    'Selling, general and administrative',
    'Research and development',
    'Interest expense, net',
    'Other (income) expense',
];
/** A pseudo-random integer in [0, range) from the page number and a position: the same each time. */
function pick(n, k, range) {
    let x = Math.imul(n + 1, 0x9e3779b1) ^ Math.imul(k + 7, 0x85ebca77);
    x ^= x >>> 15;
    x = Math.imul(x, 0x2c1b3c6d);
    x ^= x >>> 12;
    return (x >>> 0) % range;
}
/** `1,234,567.89` (cents) or `1,234,567` (whole): digits grouped by thousands. */
function grouped(units, cents) {
    const whole = Math.floor(Math.abs(units) / (cents ? 100 : 1));
    const text = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return cents ? `${text}.${String(Math.abs(units) % 100).padStart(2, '0')}` : text;
}
function right(text, width) {
    return text.padStart(width);
}
function poolTable(n) {
    const counts = STATES.map((_, k) => 5 + pick(n, k, 300));
    const balances = counts.map((c, k) => c * (150_000_00 + pick(n, k + 20, 90_000_00)));
    const total = balances.reduce((a, b) => a + b, 0);
    const count = counts.reduce((a, b) => a + b, 0);
    const percent = (b) => `${((b * 100) / total).toFixed(2)}%`;
    const slip = pick(n, 99, 4) === 0 ? pick(n, 98, STATES.length) : -1;
    const rows = STATES.map((state, k) => {
        const shown = k === slip ? counts[k] + 9 : counts[k];
        return `${state.padEnd(24)}${right(String(shown), 8)}         $ ${right(grouped(balances[k], true), 15)}${right(percent(balances[k]), 13)}`;
    });
    return [
        `                 Geographic Distribution of Mortgaged Properties (Group ${(n % 3) + 1})`,
        '-------------------------------------------------------------------------------',
        '                           Number of      Aggregate Principal    Percent of',
        'State                   Mortgage Loans    Balance Outstanding    Mortgage Loans',
        '-------------------------------------------------------------------------------',
        '',
        ...rows,
        '                           --------------------------------------------------',
        `${' '.repeat(24)}${right(String(count), 8)}         $ ${right(grouped(total, true), 15)}${right('100.00%', 13)}`,
        '',
        `(1) The weighted average current mortgage rate is ${(6 + pick(n, 7, 300) / 100).toFixed(3)}% per annum.`,
    ];
}
function incomeStatement(n) {
    const year = 1994 + (n % 12);
    const amount = (k, col) => 1_000 + pick(n, k * 3 + col, 900_000);
    const cell = (v, dollar) => right(`${dollar ? '$ ' : ''}${v < 0 ? `(${grouped(v, false)})` : v === 0 ? '--' : grouped(v, false)}`, 14);
    const columns = [0, 1, 2];
    const sales = columns.map((c) => amount(0, c) * 10);
    const costs = LINES.slice(1).map((_, k) => columns.map((c) => (k === 4 && c === 2 ? 0 : k === 3 ? -amount(k + 1, c) / 10 : amount(k + 1, c))));
    const income = columns.map((c) => sales[c] - costs.reduce((a, row) => a + Math.trunc(row[c]), 0));
    const row = (label, values, dollar = false) => `${label.padEnd(40)}${values.map((v) => cell(Math.trunc(v), dollar)).join('')}`;
    const shares = 1_000 + pick(n, 50, 9_000);
    return [
        '                       CONSOLIDATED STATEMENTS OF INCOME',
        '                 (In thousands, except per share amounts)',
        '',
        `${' '.repeat(40)}${columns.map((c) => right(String(year - c), 14)).join('')}`,
        `${' '.repeat(40)}${columns.map(() => right('--------', 14)).join('')}`,
        row(LINES[0], sales, true),
        ...costs.map((values, k) => row(LINES[k + 1], values)),
        `${' '.repeat(40)}${columns.map(() => right('--------', 14)).join('')}`,
        row('Income before income taxes (1)', income, true),
        `${' '.repeat(40)}${columns.map(() => right('========', 14)).join('')}`,
        `${'Earnings per share'.padEnd(40)}${columns.map((c) => right(`$ ${(income[c] / shares).toFixed(2)}`, 14)).join('')}`,
        '',
        '(1) Includes a charge of $12.5 million in the first quarter for the closing of two plants.',
    ];
}
function priceTable(n) {
    const eighths = ['', ' 1/8', ' 1/4', ' 3/8', ' 1/2', ' 5/8', ' 3/4', ' 7/8'];
    const price = (k) => `${20 + pick(n, k, 40)}${eighths[pick(n, k + 40, 8)]}`;
    return [
        '                    Quarterly Stock Prices and Dividends',
        '',
        '                              High          Low        Dividend',
        '                           ----------    ---------    ----------',
        ...['First', 'Second', 'Third', 'Fourth'].map((q, k) => `${`${q} quarter`.padEnd(27)}${right(price(k), 10)}${right(price(k + 10), 13)}${right(`.${10 + pick(n, k + 80, 30)}`, 14)}`),
    ];
}
const SENTENCES = [
    'Net sales for {Y} increased {P}% to ${M} million from ${N} million in {Z}, reflecting higher unit volume.',
    'As of December 31, {Y}, the Company had {C} employees, of whom approximately {Q} were represented by unions.',
    'The weighted average interest rate on short-term borrowings was {R}% at year end (see Note 7).',
    'Gross margin decreased to {P}% of net sales, compared with {Q}% in {Z}, principally because of price reductions.',
    'On March 15, {Y}, the Board of Directors declared a quarterly dividend of $.{D} per share, payable April 30.',
    'Capital expenditures of approximately ${M} million are planned for {Y}, funded from operations.',
];
/** A section of prose as a 10-K's discussion has it: a heading, then wrapped sentences with figures. */
function prose(n) {
    const year = 1994 + (n % 12);
    const fill = (sentence, k) => sentence
        .replace(/\{Y\}/g, String(year))
        .replace(/\{Z\}/g, String(year - 1))
        .replace(/\{P\}/g, `${1 + pick(n, k, 40)}.${pick(n, k + 1, 10)}`)
        .replace(/\{Q\}/g, String(10 + pick(n, k + 2, 80)))
        .replace(/\{R\}/g, `${4 + pick(n, k + 3, 5)}.${pick(n, k + 4, 100)}`)
        .replace(/\{M\}/g, `${100 + pick(n, k + 5, 900)}.${pick(n, k + 6, 10)}`)
        .replace(/\{N\}/g, `${100 + pick(n, k + 7, 900)}.${pick(n, k + 8, 10)}`)
        .replace(/\{C\}/g, grouped(1_000 + pick(n, k + 9, 50_000), false))
        .replace(/\{D\}/g, String(10 + pick(n, k + 10, 80)));
    const text = SENTENCES.map((sentence, k) => fill(SENTENCES[(k + n) % SENTENCES.length] ?? sentence, k * 11)).join(' ');
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line.length + word.length + 1 > 78) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return [
        "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS",
        '',
        ...lines,
    ];
}
/** A balance sheet: sections under headings, indented rows, subtotals under rules, a `Less` row, double-ruled totals. */
function balanceSheet(n) {
    const year = 1994 + (n % 12);
    const v = (k, col) => 100 + pick(n, k * 2 + col + 200, 90_000);
    const row = (label, values) => `${label.padEnd(46)}${values.map((x) => right(x, 14)).join('')}`;
    const current = [0, 1, 2, 3].map((k) => [v(k, 0), v(k, 1)]);
    const currentTotal = [0, 1].map((c) => current.reduce((a, r) => a + r[c], 0));
    const plant = [v(10, 0) * 3, v(10, 1) * 3];
    const depreciation = [v(11, 0), v(11, 1)];
    const assets = [0, 1].map((c) => currentTotal[c] + plant[c] - depreciation[c]);
    const rule = row('', ['--------', '--------']);
    const double = row('', ['========', '========']);
    return [
        '                           CONSOLIDATED BALANCE SHEETS',
        '                     (Dollars in thousands, except par value)',
        '',
        row('', ['December 31,', '']),
        row('', [String(year), String(year - 1)]),
        rule,
        'ASSETS',
        'Current assets:',
        row('  Cash and cash equivalents', [`$ ${grouped(current[0][0], false)}`, `$ ${grouped(current[0][1], false)}`]),
        row('  Accounts receivable, less allowances of', ['', '']),
        row(`    $${1 + pick(n, 300, 9)},${100 + pick(n, 301, 800)} and $${1 + pick(n, 302, 9)},${100 + pick(n, 303, 800)}`, [grouped(current[1][0], false), grouped(current[1][1], false)]),
        row('  Inventories', [grouped(current[2][0], false), grouped(current[2][1], false)]),
        row('  Prepaid expenses and other (Note 3)', [grouped(current[3][0], false), grouped(current[3][1], false)]),
        rule,
        row('    Total current assets', currentTotal.map((x) => grouped(x, false))),
        row('Property, plant and equipment, at cost', plant.map((x) => grouped(x, false))),
        row('  Less accumulated depreciation', depreciation.map((x) => `(${grouped(x, false)})`)),
        rule,
        row('    Total assets', assets.map((x) => `$ ${grouped(x, false)}`)),
        double,
        'Commitments and contingencies (Note 9)',
        row('Preferred stock, $1 par value; none issued', ['--', '--']),
    ];
}
/** Page `n` of the made-up filing: prose, four tables and a page marker. */
function warmUpPage(n) {
    return [
        '<PAGE>',
        `${' '.repeat(70)}${n + 1}`,
        'The Company had net sales of $1,234.5 million in the year, an increase of 12% over the year',
        'before, and 553 loans with an aggregate principal balance of $225,112,214.21 as of the cut-off date.',
        '',
        ...poolTable(n),
        '',
        ...prose(n),
        '',
        ...incomeStatement(n),
        '',
        ...balanceSheet(n),
        '',
        ...priceTable(n),
        '',
    ].join('\n');
}
//# sourceMappingURL=warmUp.js.map