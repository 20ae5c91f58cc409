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
/** The rule registry: stable, unique codes and names, each with its docs page. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const core_1 = require("../../server/src/core");
const paths_1 = require("../support/paths");
(0, node_test_1.test)('codes and names are unique and well formed', () => {
    assert.equal(new Set(core_1.CHECKS.map((c) => c.code)).size, core_1.CHECKS.length);
    assert.equal(new Set(core_1.CHECKS.map((c) => c.name)).size, core_1.CHECKS.length);
    for (const c of core_1.CHECKS) {
        assert.match(c.code, /^FL\d{3}$/);
        assert.match(c.name, /^[a-z]+(?:-[a-z]+)*$/);
        assert.ok(c.description.length > 20, c.code);
    }
});
(0, node_test_1.test)('every rule has a docs page that names its code and name', () => {
    for (const c of core_1.CHECKS) {
        const page = path.join(paths_1.ROOT, 'docs', 'rules', `${c.code}.md`);
        assert.ok(fs.existsSync(page), page);
        const text = fs.readFileSync(page, 'utf8');
        assert.ok(text.startsWith(`# ${c.code} \`${c.name}\``), `${c.code} page title`);
        assert.ok(text.includes(`**Default severity:** ${c.defaultSeverity}`), `${c.code} page severity`);
        assert.ok(text.includes(`**Scope:** ${c.scope} `), `${c.code} page scope`);
    }
});
(0, node_test_1.test)('severities apply by code or by name, and off removes a rule', () => {
    const text = (0, paths_1.readSample)();
    assert.equal((0, core_1.analyze)(text).findings[0].severity, 'warning');
    assert.equal((0, core_1.analyze)(text, { severities: { FL201: 'error' } }).findings[0].severity, 'error');
    assert.equal((0, core_1.analyze)(text, { severities: { alignment: 'information' } }).findings[0].severity, 'information');
    assert.deepEqual((0, core_1.analyze)(text, { severities: { alignment: 'off' } }).findings, []);
});
//# sourceMappingURL=registry.test.js.map