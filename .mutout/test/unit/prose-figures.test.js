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
 * Figures the text states from the statement of cash flows (facts/proseFigures.ts, FL313): read from
 * their sentences with their periods and units, tied to the statement, and reported only where
 * another stated figure confirms the reading and one slip explains the difference. On Citrix's 1998
 * 10-K, cut to its liquidity discussion and its statement (test/fixtures/real).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const prose_1 = require("../../server/src/core/facts/prose");
const proseFigures_1 = require("../../server/src/core/facts/proseFigures");
const paths_1 = require("../support/paths");
const CITRIX = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'citrix-1998-text-investing-cash-slip.txt'), 'latin1');
const NVIDIA = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'nvidia-1999-text-operating-cash-way.txt'), 'latin1');
const fl313 = (text) => (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL313');
/** The stated figures of a text: item, way, figure as written, year, months. */
function stated(text) {
    return (0, proseFigures_1.proseFigures)((0, core_1.parseFiling)(text)).map((f) => [f.item, f.direction, f.text, f.year, f.months]);
}
(0, node_test_1.test)('Citrix 1998: three figures stated from the statement, each with its year and way', () => {
    assert.deepEqual(stated(CITRIX), [
        ['operating', 1, '$119.3 million', 1998, null],
        ['investing', -1, '$148.2 million', 1998, null],
        ['financing', 1, '$15.3 million', 1998, null],
    ]);
    const ties = (0, proseFigures_1.proseTies)((0, core_1.parseFiling)(CITRIX));
    assert.deepEqual(ties.map((t) => [t.figure.item, t.cell.text.trim(), (0, core_1.format)(t.intended), t.agrees, t.slip]), [
        ['operating', '119,318', '119.3', true, null],
        ['investing', '(147,151)', '-147.2', false, 'digit'],
        ['financing', '15,298', '15.3', true, null],
    ]);
});
(0, node_test_1.test)('the slip is reported on the sentence, and its fix writes the statement figure in the sentence', () => {
    const [f] = fl313(CITRIX);
    assert.ok(f, 'FL313 reports $148.2');
    const lines = CITRIX.split('\n');
    assert.equal(lines[f.span.line].slice(f.span.start, f.span.end), '$148.2');
    assert.equal(f.severity, 'warning');
    assert.equal(f.fix?.title, 'Change $148.2 to $147.2');
    const fixed = (0, core_1.applyEdits)(CITRIX, f.fix.edits);
    assert.match(fixed.split('\n')[f.span.line], /Cash used in investing activities of \$147\.2 million for/);
    assert.deepEqual(fl313(fixed), [], 'the fix removes the finding');
    assert.equal(fixed.length, CITRIX.length, 'the fix changes the figure alone');
});
(0, node_test_1.test)('no figure confirms the reading: the difference is not reported', () => {
    // The operating and financing figures written without a unit are not read; nothing else ties.
    const alone = CITRIX.replace('$119.3 million', '$119.3').replace('$15.3 million', '$15.3');
    assert.deepEqual(stated(alone), [['investing', -1, '$148.2 million', 1998, null]]);
    assert.deepEqual(fl313(alone), []);
});
(0, node_test_1.test)("a part of the line (`activities included ... of $X`) is not the line's figure", () => {
    const part = CITRIX.replace('Cash used in investing activities of $148.2 million for', 'Cash used in investing activities included $148.2 million for');
    assert.deepEqual(stated(part).map((s) => s[0]), ['operating', 'financing']);
    assert.deepEqual(fl313(part), []);
});
(0, node_test_1.test)('figures listed with their years, or with `respectively`, take their years in order', () => {
    const listed = CITRIX.replace('During 1998, cash provided by operating activities was $119.3 million.', 'Net cash provided by operating activities was $119.3 million in 1998, $97.7 million in 1997 and $22.2 million in 1996.');
    assert.deepEqual(stated(listed).filter((s) => s[0] === 'operating'), [
        ['operating', 1, '$119.3 million', 1998, null],
        ['operating', 1, '$97.7 million', 1997, null],
        ['operating', 1, '$22.2 million', 1996, null],
    ]);
    const respectively = CITRIX.replace('During 1998, cash provided by operating activities was $119.3 million.', 'Cash provided by operating activities of $119.3 million and $97.7 million for 1998 and 1997, respectively, came from');
    assert.deepEqual(stated(respectively).filter((s) => s[0] === 'operating'), [
        ['operating', 1, '$119.3 million', 1998, null],
        ['operating', 1, '$97.7 million', 1997, null],
    ]);
    assert.ok((0, proseFigures_1.proseTies)((0, core_1.parseFiling)(respectively))
        .filter((t) => t.figure.item === 'operating')
        .every((t) => t.agrees));
});
(0, node_test_1.test)('a period begun and cut by a page break is not read as the year named before', () => {
    const cut = CITRIX.replace('During 1998, cash provided by operating activities was $119.3 million. The', 'During 1998, cash used in operating activities was $119.3 million. This compares to\ncash provided by operating activities of approximately $115 million for\n\n                                      18\n<PAGE>\n The');
    const operating = stated(cut).filter((s) => s[0] === 'operating');
    assert.deepEqual(operating, [['operating', -1, '$119.3 million', 1998, null]]);
});
(0, node_test_1.test)("a quarter's figure is not tied to the statement's year", () => {
    const quarter = CITRIX.replace('$148.2 million for\n1998', '$148.2 million for the\nquarter ended December 31, 1998');
    const investing = (0, proseFigures_1.proseFigures)((0, core_1.parseFiling)(quarter)).find((f) => f.item === 'investing');
    assert.equal(investing?.months, 3);
    assert.equal(investing?.year, 1998);
    assert.deepEqual(fl313(quarter), [], 'the statement runs a year (its header says so)');
});
(0, node_test_1.test)('NVIDIA 1999: `provided` said of an outflow is reported with no fix', () => {
    const [f, ...rest] = fl313(NVIDIA);
    assert.deepEqual(rest, []);
    assert.match(f.message, /cash used, not provided \(a lost sign\)$/);
    assert.equal(f.fix, undefined);
    // The years before it tie: $279,000 in 1996 and $1.2 million in 1997, both used.
    const ties = (0, proseFigures_1.proseTies)((0, core_1.parseFiling)(NVIDIA));
    assert.deepEqual(ties.map((t) => [t.figure.text, t.figure.year, t.agrees]), [
        ['$279,000', 1996, true],
        ['$1.2 million', 1997, true],
        ['$1.9 million', 1999, false],
    ]);
});
(0, node_test_1.test)('the months a period runs, from its words', () => {
    assert.equal((0, prose_1.monthsOf)('for the three months ended March 31, 2000'), 3);
    assert.equal((0, prose_1.monthsOf)('in the first quarter of 1999'), 3);
    assert.equal((0, prose_1.monthsOf)('for the six-month period ended June 30, 1999'), 6);
    assert.equal((0, prose_1.monthsOf)('for the nine months ended September 30, 1998'), 9);
    assert.equal((0, prose_1.monthsOf)('for the year ended December 31, 1998'), 12);
    assert.equal((0, prose_1.monthsOf)('in fiscal 1999'), 12);
    assert.equal((0, prose_1.monthsOf)('in 1998'), null);
    assert.equal((0, prose_1.monthsOf)('in the first quarter of fiscal 2000'), null, 'two lengths named: not said');
});
// Tesla's 10-Q for the third quarter of 2014 (HTML): the liquidity discussion's paragraphs, read by
// the HTML reader, against the Summary of Cash Flows table above them.
const TESLA = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'tesla-2014-html-cash-flow-discussion.txt'), 'latin1');
(0, node_test_1.test)('Tesla 2014 (HTML): the figures the paragraphs state are read across their line breaks and tie', () => {
    assert.deepEqual(stated(TESLA), [
        ['operating', 1, '$29.1 million', 2014, 9],
        ['operating', 1, '$130.8 million', 2013, 9],
        ['investing', -1, '$618.2 million', 2014, 9],
        ['investing', -1, '$159.9 million', 2013, 9],
        ['financing', 1, '$2.13 billion', 2014, 9],
        ['financing', 1, '$624.9 million', 2013, 9],
    ]);
    const ties = (0, proseFigures_1.proseTies)((0, core_1.parseFiling)(TESLA));
    assert.equal(ties.length, 6);
    assert.ok(ties.every((t) => t.agrees));
    assert.deepEqual(fl313(TESLA), []);
});
(0, node_test_1.test)('Tesla 2014 (HTML): a slip typed into a paragraph is reported on its figure, and the fix writes the figure alone', () => {
    const slipped = TESLA.replace('was $618.2 million', 'was $681.2 million');
    const [f, ...rest] = fl313(slipped);
    assert.ok(f, 'FL313 reports $681.2');
    assert.deepEqual(rest, []);
    const lines = slipped.split('\n');
    assert.equal(lines[f.span.line].slice(f.span.start, f.span.end), '$681.2');
    assert.match(f.message, /\$681\.2 million reads like two digits transposed for \$618\.2 million/);
    assert.equal(f.fix?.title, 'Change $681.2 to $618.2');
    const fixed = (0, core_1.applyEdits)(slipped, f.fix.edits);
    assert.equal(fixed, TESLA, 'the fix restores the figure and changes nothing else');
});
(0, node_test_1.test)('Tesla 2014 (HTML): a figure whose characters are not written as read (an entity, a tag inside) is not reported', () => {
    // `&#36;` reads as `$`, and a `<B>` may stand inside the figure: an edit of the figure's span would
    // not write what the text reads, so no finding rests on it.
    for (const written of ['was &#36;681.2 million', 'was $681.<B>2</B> million']) {
        const slipped = TESLA.replace('was $618.2 million', written);
        assert.ok((0, proseFigures_1.proseFigures)((0, core_1.parseFiling)(slipped)).every((f) => f.text !== '$681.2 million'), `${written}: no span, not read`);
        assert.deepEqual(fl313(slipped), []);
    }
});
//# sourceMappingURL=prose-figures.test.js.map