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
 * Changes the text states three ways (facts/proseChanges.ts, FL316): the amount, the percent and
 * where it ended, or the percent and both ends. Built paragraphs show what agrees within the
 * rounding of the sentence's own figures, what one slip explains, and what is passed over.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const core_1 = require("../../server/src/core");
/** A page of discussion with `sentence` in its paragraph, between sentences that state no change. */
function discussion(sentence) {
    return [
        'RESULTS OF OPERATIONS',
        '',
        'The following discussion compares the fiscal years.',
        `${sentence} The change reflected higher volumes`,
        'across the product lines.',
        '',
    ].join('\n');
}
const fl316 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL316');
(0, node_test_1.test)('a change whose amount, percent and end agree within their rounding is passed over', () => {
    for (const sentence of [
        'Net sales increased $5.0 million, or 12%, to $47.0 million.',
        'Cost of sales decreased $4 million or 25% to $12 million.',
        'Interest expense decreased $3 million, or 10%, from $30 million.',
        'Revenues increased 15% from $100.0 million in 1997 to $115.0 million in 1998.',
        // 14.1% to 14.5% by the rounded figures: a filer's 15% from figures it does not print.
        'Selling expenses increased $525 million or 15% to $4.2 billion.',
        'Volume rose $105 billion, or 9%, to $1.3 trillion.',
        // The percent first.
        'Research and development increased 21% or $66 million to $380 million.',
        'Operating income increased 4%, or $0.8 billion, to $22.3 billion.',
    ]) {
        assert.deepEqual(fl316(discussion(sentence)), [], sentence);
    }
});
(0, node_test_1.test)('a percent one slip off what its amounts give is named, with the fix the amounts give', () => {
    const text = discussion('Revenues grew $37.5 million or 52% to $187.5 million.');
    const [f] = fl316(text);
    assert.ok(f, 'reported');
    const line = text.split('\n')[f.span.line];
    assert.equal(line.slice(f.span.start, f.span.end), '52');
    assert.match(f.message, /the amounts give 24\.9% to 25\.1%, not 52%; 52% reads like two digits transposed for 25%$/);
    assert.deepEqual(f.fix?.edits, [{ span: f.span, newText: '25' }]);
    assert.deepEqual(f.related?.map((r) => r.message), ['$37.5 million', '$187.5 million']);
});
(0, node_test_1.test)('the percent first, one digit slipped: the percent is named', () => {
    const [f] = fl316(discussion('Revenues grew 52%, or $37.5 million, to $187.5 million.'));
    assert.ok(f, 'reported');
    assert.match(f.message, /52% reads like two digits transposed for 25%$/);
    assert.equal(f.fix?.edits[0].newText, '25');
});
(0, node_test_1.test)('both ends and a transposed percent: the percent is named', () => {
    const text = discussion('Operating income increased 51% from $200.0 million to $230.0 million.');
    const [f] = fl316(text);
    assert.ok(f, 'reported');
    assert.match(f.message, /51% reads like two digits transposed for 15%/);
    assert.equal(f.fix?.edits[0].newText, '15');
});
(0, node_test_1.test)('where an amount slipped could explain it as well as the percent, both are named and no fix is offered', () => {
    // 70 on 192 is 36%; with $222 million for $262 million, 70 on 152 is 46%.
    const [f] = fl316(discussion('Sales of system-level products grew $70 million or 46% to $262 million.'));
    assert.ok(f, 'reported');
    assert.match(f.message, /46% reads like a one-digit slip for 36%, or \$262 million reads like a one-digit slip for \$222 million; the sentence does not say which/);
    assert.equal(f.fix, undefined);
});
(0, node_test_1.test)('a sentence wrapped across lines is read whole, and the finding is on the line of the figure', () => {
    const text = ['Net revenues of the segment grew $37.5 million or', '52% to $187.5 million in the year.', ''].join('\n');
    const [f] = fl316(text);
    assert.ok(f, 'reported');
    assert.equal(f.span.line, 1);
    assert.equal(text.split('\n')[1].slice(f.span.start, f.span.end), '52');
});
(0, node_test_1.test)('a difference no one slip explains is passed over', () => {
    // 10 on 20 is 50%; 73% is no slip of it, and no slip of $10.0 or $30.0 makes 73%.
    assert.deepEqual(fl316(discussion('Revenues rose $10.0 million or 73% to $30.0 million.')), []);
    // Whole millions allow 45.2% to 55.3%: 52% agrees.
    assert.deepEqual(fl316(discussion('Revenues rose $10 million or 52% to $30 million.')), []);
});
(0, node_test_1.test)('in a table, the same words are not a sentence', () => {
    const text = [
        '<TABLE>',
        '<S>                                          <C>        <C>',
        'Revenues rose $10 million or 52% to         $  30      $  20',
        'Costs                                           10         10',
        '</TABLE>',
        '',
    ].join('\n');
    assert.deepEqual(fl316(text), []);
});
/** Tenths written as a figure: 1234 as `123.4`. */
const tenths = (n) => `${Math.floor(n / 10)}.${n % 10}`;
/** A rise from `base` to `base + change` (both in tenths of a million) and its percent, rounded. */
const changes = fast_check_1.default
    .record({ base: fast_check_1.default.integer({ min: 1_000, max: 900_000 }), share: fast_check_1.default.integer({ min: 5, max: 95 }) })
    .map(({ base, share }) => {
    const change = Math.round((base * share) / 100);
    return { base, change, percent: Math.round((change * 100) / base) };
});
(0, node_test_1.test)('property: a change whose three figures agree (a rise, a fall, both ends) is never reported', () => {
    fast_check_1.default.assert(fast_check_1.default.property(changes, ({ base, change, percent }) => {
        const rise = `Net revenues rose $${tenths(change)} million or ${percent}% to $${tenths(base + change)} million.`;
        assert.deepEqual(fl316(discussion(rise)), [], rise);
        const fall = `Costs fell $${tenths(change)} million, or ${percent}%, to $${tenths(base - change)} million.`;
        assert.deepEqual(fl316(discussion(fall)), [], fall);
        const ends = `Sales increased ${percent}% from $${tenths(base)} million to $${tenths(base + change)} million.`;
        assert.deepEqual(fl316(discussion(ends)), [], ends);
    }), { numRuns: 300, seed: 316 });
});
(0, node_test_1.test)('property: a percent printed with one digit changed is reported on the percent, its fix the true one', () => {
    const slipped = changes.chain((c) => fast_check_1.default.integer({ min: 0, max: String(c.percent).length - 1 }).chain((at) => fast_check_1.default.integer({ min: 0, max: 9 }).map((digit) => {
        const digits = String(c.percent);
        const printed = Number(`${digits.slice(0, at)}${digit}${digits.slice(at + 1)}`);
        return { ...c, printed, leading: at === 0 && digit === 0 };
    })));
    fast_check_1.default.assert(fast_check_1.default.property(slipped.filter((c) => !c.leading && Math.abs(c.printed - c.percent) >= 3), ({ base, change, percent, printed }) => {
        const text = discussion(`Net revenues rose $${tenths(change)} million or ${printed}% to $${tenths(base + change)} million.`);
        const [f] = fl316(text);
        assert.ok(f, `${printed}% for ${percent}% reported`);
        assert.equal(text.split('\n')[f.span.line].slice(f.span.start, f.span.end), String(printed));
        assert.match(f.message, new RegExp(`${printed}% reads like a one-digit slip for ${percent}%`));
        if (f.fix)
            assert.equal(f.fix.edits[0].newText, String(percent));
    }), { numRuns: 300, seed: 3160 });
});
//# sourceMappingURL=prose-changes.test.js.map