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
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const status_1 = require("../../client/src/status");
const base = {
    uri: 'file:///a.txt',
    version: 1,
    tables: 9,
    findings: 3,
    errors: 0,
    ms: 41.6,
    skipped: false,
};
(0, node_test_1.test)('a whole analysis shows its figures and time, a warning when any finding is an error', () => {
    assert.deepEqual((0, status_1.describeStatus)(base), {
        text: '$(table) 9 tables · 3 findings',
        detail: 'analysis 42 ms',
        busy: false,
        severity: 'information',
    });
    assert.equal((0, status_1.describeStatus)({ ...base, errors: 1 }).severity, 'warning');
    assert.equal((0, status_1.describeStatus)({ ...base, skipped: true }).detail, 'over the size limit: not analysed');
});
(0, node_test_1.test)('a first look says "so far" and spins until the whole analysis reports', () => {
    const view = (0, status_1.describeStatus)({ ...base, through: 5012 });
    assert.equal(view.text, '$(table) 9 tables · 3 findings so far');
    assert.equal(view.detail, 'first 5012 lines checked in 42 ms; analysing the rest');
    assert.equal(view.busy, true);
});
(0, node_test_1.test)("a failed analysis stops the spinner and says so, keeping the first look's figures", () => {
    const view = (0, status_1.describeStatus)({ ...base, through: 5012, failed: true });
    assert.equal(view.busy, false);
    assert.equal(view.severity, 'error');
    assert.equal(view.text, '$(table) 9 tables · 3 findings so far');
    assert.match(view.detail, /analysis failed/);
    const without = (0, status_1.describeStatus)({ ...base, failed: true });
    assert.equal(without.busy, false);
    assert.equal(without.text, '$(table) Filing Lint: analysis failed', "no figures that are not this version's");
});
(0, node_test_1.test)('each filing keeps its own last status; a late older version never replaces a newer one', () => {
    const board = new status_1.StatusBoard();
    assert.deepEqual(board.view(base.uri), status_1.PENDING);
    board.update(base);
    board.update({ ...base, uri: 'file:///b.txt', tables: 2, findings: 0 });
    assert.equal(board.view(base.uri).text, '$(table) 9 tables · 3 findings');
    assert.equal(board.view('file:///b.txt').text, '$(table) 2 tables · 0 findings');
    board.update({ ...base, version: 3, findings: 4 });
    board.update({ ...base, version: 2, findings: 7 });
    assert.equal(board.view(base.uri).text, '$(table) 9 tables · 4 findings');
    // A first look and then the whole analysis of the same version: the later one shows.
    board.update({ ...base, version: 4, through: 100 });
    board.update({ ...base, version: 4 });
    assert.equal(board.view(base.uri).busy, false);
    board.forget(base.uri);
    assert.deepEqual(board.view(base.uri), status_1.PENDING);
});
//# sourceMappingURL=status.test.js.map