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
 * Data-driven check tests: every `test/fixtures/**\/NAME.txt` has `NAME.expected.json` beside it
 * listing the exact findings (code, severity, 1-based line and column, the text at the range, the
 * message).
 * Adding a case is adding two files. Each fixed finding must go away when its fix is applied.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
const expect_1 = require("../../scripts/expect");
function fixtureFiles(dir) {
    const out = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...fixtureFiles(p));
        else if (entry.name.endsWith('.txt') && fs.existsSync(p.replace(/\.txt$/, '.expected.json')))
            out.push(p);
    }
    return out.sort();
}
const files = fixtureFiles(paths_1.FIXTURES);
(0, node_test_1.test)('fixtures exist', () => {
    assert.ok(files.length >= 10, `only ${files.length} fixtures found under ${paths_1.FIXTURES}`);
});
for (const file of files) {
    const name = path.relative(paths_1.FIXTURES, file);
    const expected = JSON.parse(fs.readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8'));
    (0, node_test_1.test)(`fixture ${name}: ${expected.description}`, () => {
        const text = fs.readFileSync(file, 'utf8');
        const { findings, failures } = (0, core_1.analyze)(text);
        assert.deepEqual(failures, []);
        assert.deepEqual((0, expect_1.expectedFindings)(text), expected.findings);
        for (const f of findings) {
            // Table checks point at the rows involved; EDGAR line notes (FL4xx) concern one line alone.
            if (!f.code.startsWith('FL4')) {
                assert.ok(f.related.length > 0, `${f.code} at line ${f.span.line + 1} has related information`);
            }
            if (!f.fix)
                continue;
            const fixed = (0, core_1.applyEdits)(text, f.fix.edits);
            const after = (0, core_1.analyze)(fixed).findings;
            // The finding is gone: nothing of its code is left on the characters the fix rewrote.
            const touched = (g) => f.fix.edits.some((e) => e.span.line === g.span.line && g.span.start < e.span.start + e.newText.length && g.span.end > e.span.start);
            assert.ok(!after.some((g) => g.code === f.code && touched(g)), `fix "${f.fix.title}" removes its finding`);
            // And it introduces none: every finding after the fix was there before, or is this one's.
            assert.ok(after.length < findings.length, `fix "${f.fix.title}" leaves fewer findings`);
            assert.equal(fixed.split('\n').length, text.split('\n').length, 'a fix keeps the line count');
        }
    });
}
//# sourceMappingURL=fixtures.test.js.map