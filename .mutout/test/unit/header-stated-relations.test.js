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
 * Relations across columns that the headers state (facts/relations.ts `headerStated`): `Minus:` and
 * `Plus:` over the columns between the one they start from and the one they come to, or a balance at
 * the beginning and one at the end with the movements between. The filer says how the columns add,
 * so the relation is tried whatever the search's pivot rows show, and two rows that hold make it: a
 * third that fails by a slip is reported (FL104), where rows alone need three that hold.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
const CABOT = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'cabot-2023-html-pay-versus-performance-signed-headers.txt'), 'latin1');
/** The table with 2023's reported value of equity awards (5,399,962) printed as `to`. */
function slipped(text, to) {
    const out = text.replace('5,399,962', to);
    assert.notEqual(out, text);
    return out;
}
function fl104(text) {
    return (0, core_1.analyze)(text).findings.filter((f) => f.code === 'FL104');
}
(0, node_test_1.test)('the pristine table: its three years hold, nothing is reported', () => {
    assert.deepEqual(fl104(CABOT), []);
});
(0, node_test_1.test)('a transposition in one year of three is reported on the figure, the headers vouching for the relation', () => {
    const found = fl104(slipped(CABOT, '3,599,962'));
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.match(found[0].message, /^3,599,962 in "2023" reads like two digits transposed for 5,399,962/);
});
(0, node_test_1.test)('without the sign words, two years that hold make no relation, and nothing is claimed', () => {
    const unsigned = CABOT.replace(/Minus:|Plus:/g, '');
    assert.notEqual(unsigned, CABOT);
    assert.deepEqual(fl104(slipped(unsigned, '3,599,962')), []);
});
(0, node_test_1.test)('headers whose signs the figures do not keep state nothing', () => {
    // `Plus:` over the equity award adjustments made `Minus:`: the stated relation holds on no row.
    const wrong = CABOT.replace('Plus:', 'Minus:');
    assert.notEqual(wrong, CABOT);
    assert.deepEqual(fl104(slipped(wrong, '3,599,962')), []);
});
const SCHEDULE_V = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', 'bell-atlantic-nj-1993-schedule-v-balances-in-headers.txt'), 'latin1');
/** The relations of the schedule's table, as `result = +a +b -c`, by column index. */
function relations(text) {
    return (0, core_1.factsOf)((0, core_1.analyze)(text).model.tables[0]).relations.map((r) => `${r.result} = ${r.terms.map((t) => `${t.sign < 0 ? '-' : '+'}${t.column}`).join(' ')}`);
}
(0, node_test_1.test)('a roll-forward across columns: the balance at the end is the one at the beginning and every movement between', () => {
    // Balance at beginning + additions - retirements + other changes = balance at end: four terms of
    // mixed signs, which the search by pivot rows does not reach; three of them alone hold within the
    // rounding on every row, as the other changes are a tenth or nil.
    assert.ok(relations(SCHEDULE_V).includes('5 = +1 +2 -3 +4'), JSON.stringify(relations(SCHEDULE_V)));
    assert.deepEqual((0, core_1.analyze)(SCHEDULE_V).findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
});
(0, node_test_1.test)('a slip in a balance is put right with every movement of its row, the other changes included', () => {
    const found = (0, core_1.analyze)(SCHEDULE_V.replace('3,060.1', '4,060.1')).findings.filter((f) => f.code === 'FL101');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    // Without the other changes' .1 the row would want 3,060.2.
    assert.match(found[0].message, /^4,060\.1 in "Central Office Equipment" should read 3,060\.1,/);
});
(0, node_test_1.test)('without the balances named in the headers, the roll-forward of four terms is not found', () => {
    const unnamed = SCHEDULE_V.replace('END OF PERIOD', 'OF PERIOD');
    assert.notEqual(unnamed, SCHEDULE_V);
    assert.ok(!relations(unnamed).includes('5 = +1 +2 -3 +4'), JSON.stringify(relations(unnamed)));
});
//# sourceMappingURL=header-stated-relations.test.js.map