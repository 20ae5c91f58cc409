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
/** The rule lists in README.md and package.json are what `npm run docs` writes from the registry. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const docs_1 = require("../../scripts/docs");
const paths_1 = require("../support/paths");
(0, node_test_1.test)('README.md and package.json list the rules as the registry has them (else run npm run docs)', () => {
    for (const { file, current, expected } of (0, docs_1.generated)()) {
        assert.ok(current === expected, `${path.relative(paths_1.ROOT, file)} differs from the registry: run npm run docs`);
    }
});
(0, node_test_1.test)('every registered rule is listed with its code, name, severity and description', () => {
    const table = (0, docs_1.ruleTable)();
    const description = (0, docs_1.rulesDescription)();
    for (const c of core_1.CHECKS) {
        assert.ok(table.includes(`| [${c.code}](docs/rules/${c.code}.md) | \`${c.name}\` | ${c.defaultSeverity} |`), c.code);
        assert.ok(description.includes(`\`${c.code}\` \`${c.name}\` (${c.defaultSeverity}): ${c.description}`), c.code);
    }
});
(0, node_test_1.test)('the README table is written between its markers and nowhere else', () => {
    const readme = 'before\n<!-- rules:start -->\nold table\n<!-- rules:end -->\nafter\n';
    const written = (0, docs_1.renderReadme)(readme, core_1.CHECKS.slice(0, 1));
    assert.equal(written, `before\n<!-- rules:start -->\n${(0, docs_1.ruleTable)(core_1.CHECKS.slice(0, 1))}\n<!-- rules:end -->\nafter\n`);
    assert.equal((0, docs_1.renderReadme)(written, core_1.CHECKS.slice(0, 1)), written, 'a second run changes nothing');
    assert.throws(() => (0, docs_1.renderReadme)('no markers\n'), /markers/);
});
//# sourceMappingURL=docs.test.js.map