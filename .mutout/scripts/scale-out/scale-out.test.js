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
 * `npm run test:scale`: the recipes of docs/scale-out.md, taken from the page as they stand, run on
 * the corpus (test/corpus/filings) and give the plain command line's NDJSON records, record for
 * record in any order. Dask runs for real, on a LocalCluster of two workers (Debian's
 * python3-distributed, installed by setup.sh beside this file); Spark cannot be installed here, so its
 * records and command go through spark_pipe.py, which runs them as PySpark's RDD.pipe does.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_child_process_1 = require("node:child_process");
const repo_1 = require("../repo");
const inputs_1 = require("../../cli/inputs");
const PYTHON = process.env.FILING_LINT_PYTHON ?? '/usr/bin/python3';
const BIN = path.join(repo_1.ROOT, 'bin', 'filing-lint.js');
/** What `filing-lint` stands for in the recipes: this checkout's command line. */
const FILING_LINT = `${process.execPath} ${BIN}`;
const FILINGS = path.join('test', 'corpus', 'filings');
const paths = fs
    .readdirSync(path.join(repo_1.ROOT, FILINGS))
    // Every filing a directory walk of the command line picks up, HTML documents too.
    .filter(inputs_1.isFilingName)
    .sort()
    .map((f) => path.join(FILINGS, f));
/** The first Python block of a section of docs/scale-out.md, written to `dir/name`. */
function recipe(heading, dir, name) {
    const page = fs.readFileSync(path.join(repo_1.ROOT, 'docs', 'scale-out.md'), 'utf8');
    const section = page.slice(page.indexOf(`\n## ${heading}\n`));
    const block = /```python\n([\s\S]*?)```/.exec(section);
    assert.ok(section.length < page.length && block, `a Python block under "## ${heading}"`);
    const file = path.join(dir, name);
    fs.writeFileSync(file, block[1]);
    return file;
}
/** Runs a command in the repository with the corpus's paths on standard input; its standard output. */
function run(command, args, env = {}, statuses = [0]) {
    const result = (0, node_child_process_1.spawnSync)(command, args, {
        cwd: repo_1.ROOT,
        input: `${paths.join('\n')}\n`,
        env: { ...process.env, ...env },
        encoding: 'utf8',
        maxBuffer: 1 << 30,
    });
    assert.ok(statuses.includes(result.status ?? -1), `${command} ${args.join(' ')} exited ${result.status ?? result.signal}: ${result.stderr}`);
    return result.stdout;
}
/** A JSON value written with its keys in order, so that equal records are equal strings. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        return `{${entries
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
function records(ndjson) {
    return ndjson
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => canonical(JSON.parse(line)))
        .sort();
}
// The plain command line over the directory: exit status 1, as some findings are errors.
const plain = records(run(process.execPath, [BIN, '--format', 'ndjson', FILINGS], {}, [0, 1]));
function assertSameRecords(name, got) {
    assert.deepEqual(new Set(plain.map((r) => JSON.parse(r).file)), new Set(paths));
    console.log(`# ${name}: ${got.length} records for ${paths.length} filings; the command line's: ${plain.length}`);
    assert.equal(got.length, plain.length, 'as many records as the command line');
    assert.deepEqual(got, plain, 'the same records');
}
(0, node_test_1.test)('the Dask recipe on a LocalCluster of two workers gives the command line records', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-dask-'));
    try {
        const out = path.join(dir, 'findings');
        run(PYTHON, [recipe('Dask', dir, 'lint_on_dask.py'), out], { FILING_LINT, DASK_WORKERS: '2' });
        const files = fs.readdirSync(out).filter((f) => f.endsWith('.ndjson'));
        assert.ok(files.length > 2, `the batches wrote ${files.length} files`);
        assertSameRecords('Dask', records(files.map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('')));
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});
(0, node_test_1.test)("the Spark recipe's records and command, piped as RDD.pipe pipes them, give the same", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-spark-'));
    try {
        const standIn = path.join(repo_1.ROOT, 'scripts', 'scale-out', 'spark_pipe.py');
        assertSameRecords('Spark pipe', records(run(PYTHON, [standIn, recipe('Apache Spark', dir, 'spark_recipe.py'), FILING_LINT])));
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=scale-out.test.js.map