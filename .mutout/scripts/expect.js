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
exports.expectedFindings = expectedFindings;
/**
 * Writes a fixture's sidecar of expected findings (code, severity, position, text, message) from
 * what the linter reports now:
 * `node out/scripts/expect.js test/fixtures/real/NAME.txt "what the fixture shows"` (after a build).
 * Read the written findings before committing them: the sidecar is the specification.
 */
const fs = __importStar(require("node:fs"));
const core_1 = require("../server/src/core");
/** A fixture's findings as its sidecar records them: code, 1-based line and column, text, message. */
function expectedFindings(text) {
    const lines = text.split(/\r\n|\r|\n/);
    return (0, core_1.analyze)(text).findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        line: f.span.line + 1,
        column: f.span.start + 1,
        text: lines[f.span.line].slice(f.span.start, f.span.end),
        message: f.message,
    }));
}
if (require.main === module) {
    const [file, description] = process.argv.slice(2);
    if (!file || !description) {
        console.error('usage: node out/scripts/expect.js FIXTURE.txt "description"');
        process.exit(2);
    }
    const findings = expectedFindings(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file.replace(/\.txt$/, '.expected.json'), `${JSON.stringify({ description, findings }, null, 2)}\n`);
    for (const f of findings)
        console.log(`${f.line}:${f.column} ${f.code} ${f.message}`);
}
//# sourceMappingURL=expect.js.map