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
exports.grammarRegexes = grammarRegexes;
exports.tsFiles = tsFiles;
exports.regexesInFile = regexesInFile;
exports.regexesIn = regexesIn;
exports.checkRegexes = checkRegexes;
/**
 * Catastrophic-backtracking checks with recheck, reusable by any test:
 *
 *   const found = [...grammarRegexes(), ...regexesIn(path.join(ROOT, 'server/src/core'))];
 *   const report = await checkRegexes(found);   // report.failures lists unsafe and undecided ones
 *
 * regexesIn() finds regex literals and `new RegExp('literal', 'flags')` calls in .ts files with the
 * TypeScript parser, and returns nothing for a folder that does not exist yet.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const ts = __importStar(require("typescript"));
const recheck_1 = require("recheck");
const grammar_1 = require("../../scripts/grammar");
const paths_1 = require("../support/paths");
/** The patterns of a TextMate grammar (match, begin, end, while), as Oniguruma sees them. */
function grammarRegexes(file = grammar_1.GRAMMAR_FILE) {
    const out = [];
    const walk = (node, at) => {
        if (Array.isArray(node))
            return node.forEach((n, i) => walk(n, `${at}[${i}]`));
        if (!node || typeof node !== 'object')
            return;
        for (const [key, value] of Object.entries(node)) {
            if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') {
                out.push({ where: `${path.relative(paths_1.ROOT, file)} ${at}.${key}`, source: value, flags: '' });
            }
            else
                walk(value, `${at}.${key}`);
        }
    };
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    walk(raw.patterns, 'patterns');
    walk(raw.repository, 'repository');
    return out;
}
/** .ts files under a folder (none if it does not exist), skipping build output and dependencies. */
function tsFiles(dir) {
    if (!fs.existsSync(dir))
        return [];
    if (fs.statSync(dir).isFile())
        return dir.endsWith('.ts') ? [dir] : [];
    const out = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'out' || entry.name === 'node_modules' || entry.name.startsWith('.'))
            continue;
        out.push(...tsFiles(path.join(dir, entry.name)));
    }
    return out.sort();
}
/** Flags that matter to matching; g, y and d do not change what can backtrack. */
function matchFlags(flags) {
    return flags.replace(/[gyd]/g, '');
}
/** Regex literals and new RegExp(...) / RegExp(...) calls with literal arguments in one .ts file. */
function regexesInFile(file) {
    const text = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const out = [];
    const where = (node) => `${path.relative(paths_1.ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const literal = (node) => node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
    const visit = (node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const lit = node.getText(sf);
            const end = lit.lastIndexOf('/');
            out.push({ where: where(node), source: lit.slice(1, end), flags: matchFlags(lit.slice(end + 1)) });
        }
        else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) &&
            ts.isIdentifier(node.expression) &&
            node.expression.text === 'RegExp') {
            const source = literal(node.arguments?.[0]);
            if (source !== undefined) {
                out.push({ where: where(node), source, flags: matchFlags(literal(node.arguments?.[1]) ?? '') });
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(sf);
    return out;
}
/** Regexes in every .ts file under a folder; a folder that does not exist yet has none. */
function regexesIn(dir) {
    return tsFiles(dir).flatMap(regexesInFile);
}
/**
 * Checks each regex with recheck, one at a time, each with its own time limit. `safe` is the only
 * passing status: `vulnerable` (with the attack string recheck found, shortened) and `unknown`
 * (a timeout, or a construct recheck cannot parse) are failures.
 */
async function checkRegexes(found, options = {}) {
    const perRegexMs = options.perRegexMs ?? 8_000;
    const started = Date.now();
    const failures = [];
    let safe = 0;
    for (const f of found) {
        const shown = `${f.where} /${f.source.length > 120 ? `${f.source.slice(0, 120)}...` : f.source}/${f.flags}`;
        try {
            let d = await (0, recheck_1.check)(f.source, f.flags, { timeout: perRegexMs });
            // A shared machine under load can stall the checker past its limit on a pattern it decides in
            // a second when idle: a timeout is tried once more with three times the time before it fails.
            if (d.status === 'unknown' && d.error.kind === 'timeout') {
                d = await (0, recheck_1.check)(f.source, f.flags, { timeout: 3 * perRegexMs });
            }
            if (d.status === 'safe')
                safe++;
            else if (d.status === 'vulnerable') {
                failures.push(`${shown}: vulnerable (${d.complexity.type}), attack ${d.attack.pattern.slice(0, 80)}`);
            }
            else {
                failures.push(`${shown}: undecided (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`);
            }
        }
        catch (e) {
            failures.push(`${shown}: recheck failed: ${e.message}`);
        }
    }
    return { checked: found.length, safe, failures, ms: Date.now() - started };
}
//# sourceMappingURL=regex-safety.js.map