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
 * Products across the rows (facts/products.ts): a column that is two others multiplied, as shares
 * sold times price makes proceeds. Property tests build random sales tables, change one digit of one
 * row's proceeds, and expect the product found and that cell reported by FL104 with its fix; with
 * proceeds drawn independently, no product is invented.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
const products_1 = require("../../server/src/core/facts/products");
const group = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const price = (cents) => `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
/** An insider-sales table: name, shares sold, price per share, proceeds (whole dollars). */
function render(rows) {
    return [
        'SALES BY INSIDERS',
        '',
        '<TABLE>',
        '                        SHARES        PRICE        PROCEEDS',
        'NAME                      SOLD    PER SHARE       FROM SALE',
        '----                    ------    ---------       ---------',
        ...rows.map((r, i) => `Seller ${String.fromCharCode(65 + i)}`.padEnd(20) +
            group(r.shares).padStart(10) +
            price(r.cents).padStart(13) +
            group(r.proceeds).padStart(16)),
        '</TABLE>',
        '',
    ].join('\n');
}
const sale = fast_check_1.default.record({
    shares: fast_check_1.default.integer({ min: 1_000, max: 90_000 }),
    cents: fast_check_1.default.integer({ min: 500, max: 9_999 }),
});
const sales = fast_check_1.default
    .array(sale, { minLength: 4, maxLength: 9 })
    .filter((rows) => new Set(rows.map((r) => `${r.shares} ${r.cents}`)).size === rows.length &&
    new Set(rows.map((r) => r.shares)).size > 1 &&
    new Set(rows.map((r) => r.cents)).size > 1)
    .map((rows) => rows.map((r) => ({ ...r, proceeds: Math.round((r.shares * r.cents) / 100) })));
/** The proceeds with one digit changed (never the first, so the figure keeps its length). */
function slipped(proceeds, at) {
    const digits = String(proceeds).split('');
    const k = 1 + (at % (digits.length - 1));
    digits[k] = String((Number(digits[k]) + 1 + (at % 8)) % 10);
    return Number(digits.join(''));
}
(0, node_test_1.test)('proceeds = shares × price is found on every row of a sales table, and its hover lists it', () => {
    fast_check_1.default.assert(fast_check_1.default.property(sales, (rows) => {
        const model = (0, core_1.parseFiling)(render(rows));
        const [product] = (0, products_1.productsOf)(model.tables[0]);
        assert.ok(product, 'a product is found');
        assert.equal(product.holds.length, rows.length);
        assert.deepEqual(product.fails, []);
        const summary = (0, core_1.summarizeTable)(model.tables[0]);
        assert.ok(summary.relations.some((r) => r.text === 'PROCEEDS FROM SALE = SHARES SOLD × PRICE PER SHARE'));
    }), { numRuns: 60 });
});
(0, node_test_1.test)('one digit changed in one row: that cell is reported, and its fix makes the row hold', () => {
    fast_check_1.default.assert(fast_check_1.default.property(sales, fast_check_1.default.nat(), fast_check_1.default.nat(), (rows, which, at) => {
        const r = which % rows.length;
        const changed = rows.map((x, i) => (i === r ? { ...x, proceeds: slipped(x.proceeds, at) } : x));
        // A change within the rounding of the price (half a cent a share) is no slip anyone can see.
        const { shares, cents } = rows[r];
        fast_check_1.default.pre(Math.abs(changed[r].proceeds - rows[r].proceeds) * 100 > (shares + cents) / 2 + 100);
        const text = render(changed);
        const findings = (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL104');
        assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
        const line = text.split('\n')[findings[0].span.line];
        assert.equal(line.slice(findings[0].span.start, findings[0].span.end), group(changed[r].proceeds));
        assert.ok(findings[0].fix);
        assert.deepEqual((0, core_1.analyze)((0, core_1.applyEdits)(text, findings[0].fix.edits)).findings.filter((f) => f.code === 'FL104'), []);
    }), { numRuns: 60 });
});
(0, node_test_1.test)('proceeds drawn apart from shares and price: no product is invented', () => {
    fast_check_1.default.assert(fast_check_1.default.property(sales, fast_check_1.default.array(fast_check_1.default.integer({ min: 1_000, max: 900_000_000 }), { minLength: 9, maxLength: 9 }), (rows, noise) => {
        const model = (0, core_1.parseFiling)(render(rows.map((x, i) => ({ ...x, proceeds: noise[i] }))));
        assert.deepEqual((0, products_1.productsOf)(model.tables[0]), []);
    }), { numRuns: 100 });
});
//# sourceMappingURL=products.test.js.map