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
 * Counts in a unit the table states are rounded like amounts (facts/tolerance.ts `isExactColumn`): a
 * unit note that names them (`units in thousands`, `(millions of shares)`), or a bare note over a
 * column of shares (`(in millions, except per share data)`). A note that names money, or excepts
 * counts, leaves them exact.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const header_1 = require("../../server/src/core/parse/header");
const paths_1 = require("../support/paths");
(0, node_test_1.test)('which counts a unit note puts in its unit', () => {
    const cases = [
        ['(units in thousands):', 'all'],
        ['(millions of shares)', 'all'],
        ['(Dollar amounts in millions, except per share data, shares in thousands)', 'all'],
        ['(in millions, except per share data)', 'shares'],
        ['(In thousands)', 'shares'],
        ['(In thousands, except share and per share data)', undefined],
        ['(in thousands, except number of stores)', undefined],
        ['(Dollars in millions)', undefined],
        ['$ in millions', undefined],
        ['(thousands of dollars)', undefined],
    ];
    for (const [text, counts] of cases) {
        assert.equal((0, header_1.scaleNoteIn)(text)?.counts, counts, text);
    }
});
/** A text statement of shares whose counts are one short of their total, under `note`. */
function shares(note) {
    return [
        '                       SHARES OUTSTANDING',
        `                       ${note}`,
        '',
        '                                          Common       Amount',
        '                                          shares',
        '                                          ------      -------',
        'Issued under stock plans                     736      $14,207',
        'Issued in acquisitions                       228        6,961',
        'Issued to directors                           66        2,595',
        'Issued to employees                           63          964',
        '                                          ------      -------',
        '  Total                                    1,092      $24,727',
        '',
    ].join('\n');
}
const footing = (text) => (0, core_1.analyze)(text)
    .findings.filter((f) => f.code === 'FL101')
    .map((f) => f.message);
(0, node_test_1.test)('shares in millions under a bare note are rounded: one short of the total is within rounding', () => {
    assert.deepEqual(footing(shares('(in millions, except per share data)')), []);
    assert.deepEqual(footing(shares('(shares in thousands)')), []);
});
(0, node_test_1.test)('shares under a note that excepts them, or names money, are exact: one short is reported', () => {
    for (const note of ['(in thousands, except share data)', '(Dollars in thousands)']) {
        const messages = footing(shares(note));
        assert.equal(messages.length, 1, `${note}: ${JSON.stringify(messages)}`);
        assert.match(messages[0], /Total 1,092 ≠ sum of rows 1,093/);
    }
});
(0, node_test_1.test)("General Motors' lease units in thousands and Medtronic's shares in millions: nothing reported", () => {
    for (const name of ['gm-2023-html-units-in-thousands-rounded', 'medtronic-2024-html-shares-in-millions-rounded']) {
        const text = fs.readFileSync(path.join(paths_1.FIXTURES, 'real', `${name}.txt`), 'latin1');
        assert.deepEqual(footing(text), [], name);
    }
});
//# sourceMappingURL=counts-in-unit.test.js.map