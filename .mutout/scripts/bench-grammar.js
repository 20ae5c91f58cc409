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
exports.LONG_LINE_FRAGMENTS = void 0;
exports.benchFiles = benchFiles;
exports.benchGrammar = benchGrammar;
exports.formatBench = formatBench;
exports.benchLongLines = benchLongLines;
/**
 * Grammar speed: tokenizes the largest corpus filings with vscode-textmate (binary tokens, as the
 * editor does) at 1x, 2x and 4x their size (copies concatenated) and prints bytes, ms and MB/s for
 * each, with the time ratios, to show that tokenizing time grows linearly with size.
 *
 *   node out/scripts/bench-grammar.js [--files a.txt,b.txt] [--top 4] [--repeat 2] [--long-lines]
 *
 * --long-lines adds single lines of 5,000, 10,000 and 20,000 characters built from fragments that
 * could make a pattern rescan its line (digits, parentheses, dollar signs, tags...): time must grow
 * like the length, not its square.
 *
 * Without the corpus it falls back to the sample filing. Each size is timed `repeat` (2) times after
 * a warm-up and the fastest run is kept. Tokens are counted as an editor with a colour theme sees them.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const grammar_1 = require("./grammar");
const repo_1 = require("./repo");
/** A plain colour theme, so binary tokens split where an editor's theme would split them. */
const BENCH_THEME = {
    settings: [
        { settings: { foreground: '#333333', background: '#ffffff' } },
        { scope: 'constant.numeric', settings: { foreground: '#098658' } },
        { scope: 'constant.numeric.currency', settings: { foreground: '#0a6e4a' } },
        { scope: 'constant.numeric.percentage', settings: { foreground: '#0b7e5a' } },
        { scope: 'constant.numeric.negative', settings: { foreground: '#a31515' } },
        { scope: 'constant.other', settings: { foreground: '#0451a5' } },
        { scope: 'string', settings: { foreground: '#a31516' } },
        { scope: 'keyword', settings: { foreground: '#0000ff' } },
        { scope: 'keyword.control', settings: { foreground: '#af00db' } },
        { scope: 'entity.name.tag', settings: { foreground: '#800000' } },
        { scope: 'entity.other.attribute-name', settings: { foreground: '#e50000' } },
        { scope: 'punctuation', settings: { foreground: '#777777' } },
        { scope: 'markup.quote', settings: { foreground: '#555555' } },
        { scope: 'meta.embedded', settings: { foreground: '#333334' } },
    ],
};
/** The largest files of the corpus (or the sample when there is no corpus). */
function benchFiles(top = 4) {
    if (!fs.existsSync(repo_1.CORPUS))
        return [repo_1.SAMPLE];
    return fs
        .readdirSync(repo_1.CORPUS)
        .filter((n) => !n.endsWith('.md'))
        .map((n) => path.join(repo_1.CORPUS, n))
        .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)
        .slice(0, top);
}
async function benchGrammar(options = {}) {
    const files = options.files?.length ? options.files : benchFiles(options.top);
    const repeat = Math.max(1, options.repeat ?? 2);
    const g = await (0, grammar_1.createGrammar)(BENCH_THEME);
    const unit = files.map((f) => fs.readFileSync(f, 'latin1')).join('\n');
    (0, grammar_1.tokenizeBinary)(g, (0, grammar_1.splitLines)(unit)); // warm-up: compiles every pattern, lets the JIT settle
    const rows = [];
    for (const copies of options.copies ?? [1, 2, 4]) {
        const text = Array.from({ length: copies }, () => unit).join('\n');
        const lines = (0, grammar_1.splitLines)(text);
        let best = Infinity;
        let tokens = 0;
        for (let r = 0; r < repeat; r++) {
            const t = performance.now();
            tokens = (0, grammar_1.tokenizeBinary)(g, lines).tokens;
            best = Math.min(best, performance.now() - t);
        }
        const bytes = Buffer.byteLength(text, 'latin1');
        const sizeMB = bytes / 1024 / 1024;
        rows.push({ copies, bytes, lines: lines.length, tokens, ms: best, mbPerSecond: sizeMB / (best / 1000), sizeMB });
    }
    return rows;
}
function formatBench(rows, files) {
    const out = [];
    out.push(`grammar tokenizing (vscode-textmate ${require('vscode-textmate/package.json').version}, tokenizeLine2), ${files.length} file(s):`);
    for (const f of files)
        out.push(`  ${path.basename(f)} (${fs.statSync(f).size} bytes)`);
    out.push('');
    out.push('size    bytes         lines      tokens        ms       MB/s   time vs 1x   ms per MB vs 1x');
    const base = rows[0];
    for (const r of rows) {
        const cells = [
            `${r.copies}x`.padEnd(6),
            String(r.bytes).padStart(10),
            String(r.lines).padStart(10),
            String(r.tokens).padStart(10),
            r.ms.toFixed(0).padStart(8),
            r.mbPerSecond.toFixed(2).padStart(9),
            (r.ms / base.ms).toFixed(2).padStart(11),
            (r.ms / r.bytes / (base.ms / base.bytes)).toFixed(2).padStart(16),
        ];
        out.push(cells.join('  '));
    }
    const last = rows[rows.length - 1];
    out.push('');
    const timeRatio = (last.ms / base.ms).toFixed(2);
    const sizeRatio = (last.bytes / base.bytes).toFixed(2);
    const perMbRatio = (last.ms / last.bytes / (base.ms / base.bytes)).toFixed(2);
    out.push(`${last.copies}x the input took ${timeRatio}x the time (linear: ${sizeRatio}x); ` +
        `time per MB at ${last.copies}x is ${perMbRatio}x that at 1x.`);
    return out.join('\n');
}
exports.LONG_LINE_FRAGMENTS = [
    '1',
    '1 ',
    '(1)',
    'a(1)',
    ' (12)  ',
    '$ ',
    '$1,234 ',
    '1,',
    '12.',
    '--- ',
    '/s/ A ',
    'May 1, ',
    'A ',
    'NY 1234',
    '1%',
    '((1',
    '\t',
    '*',
    '{1}',
    '<A>',
    '999-',
    'Item 1 ',
    '.5',
];
/** Milliseconds to tokenize one line of each fragment repeated to each length (best of three). */
async function benchLongLines(lengths = [5_000, 10_000, 20_000]) {
    const g = await (0, grammar_1.createGrammar)(BENCH_THEME);
    return exports.LONG_LINE_FRAGMENTS.map((fragment) => ({
        fragment,
        ms: lengths.map((n) => {
            const line = fragment.repeat(Math.ceil(n / fragment.length)).slice(0, n);
            let best = Infinity;
            for (let r = 0; r < 3; r++) {
                const t = performance.now();
                (0, grammar_1.tokenizeBinary)(g, [line, `      ${line}`]);
                best = Math.min(best, performance.now() - t);
            }
            return best;
        }),
    }));
}
function parseArgs(argv) {
    const options = {};
    for (let i = 0; i < argv.length; i++) {
        const [flag, inline] = argv[i].split('=', 2);
        const value = () => inline ?? argv[++i];
        if (flag === '--files') {
            options.files = value()
                .split(',')
                .map((f) => path.resolve(f));
        }
        else if (flag === '--top')
            options.top = Number(value());
        else if (flag === '--repeat')
            options.repeat = Number(value());
        else if (flag === '--long-lines')
            options.longLines = true;
        else if (flag === '--help' || flag === '-h') {
            console.log('usage: node out/scripts/bench-grammar.js [--files a.txt,b.txt] [--top N] [--repeat N] [--long-lines]');
            process.exit(0);
        }
        else
            throw new Error(`unknown option ${argv[i]}`);
    }
    return options;
}
if (require.main === module) {
    const options = parseArgs(process.argv.slice(2));
    const files = options.files?.length ? options.files : benchFiles(options.top);
    (async () => {
        console.log(formatBench(await benchGrammar({ ...options, files }), files));
        if (options.longLines) {
            console.log('\nlong lines (ms for 5,000 / 10,000 / 20,000 characters; ratio 20k/5k, linear is 4):');
            for (const r of await benchLongLines()) {
                console.log(`  ${JSON.stringify(r.fragment).padEnd(12)} ${r.ms.map((m) => m.toFixed(1).padStart(7)).join(' ')}   ${(r.ms[2] / r.ms[0]).toFixed(1)}`);
            }
        }
    })().catch((e) => {
        console.error(e);
        process.exit(1);
    });
}
//# sourceMappingURL=bench-grammar.js.map