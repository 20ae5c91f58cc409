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
/** The command line: output format, exit codes, bad input. */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const zlib = __importStar(require("node:zlib"));
const paths_1 = require("../support/paths");
const inputs_1 = require("../../cli/inputs");
const core_1 = require("../../server/src/core");
const BIN = path.join(paths_1.ROOT, 'bin', 'filing-lint.js');
const run = (...args) => (0, node_child_process_1.spawnSync)(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: paths_1.ROOT });
function mutated(from, to) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-'));
    const file = path.join(dir, 'mutated.txt');
    const text = (0, paths_1.readSample)().replace(from, to);
    fs.writeFileSync(file, text);
    return file;
}
(0, node_test_1.test)('the sample: exit 0, one alignment warning', () => {
    const r = run(paths_1.SAMPLE);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' ')[1]), ['FL201']);
    assert.match(r.stdout, /cwmbs-alt-2002-20-8k\.txt:165:70 FL201 warning 100\.00% is 1 character left/);
});
(0, node_test_1.test)('a wrong percent: file:line:col code message, exit 1', () => {
    const file = mutated('50.35%', '51.35%');
    const r = run(file);
    assert.equal(r.status, 1);
    const line = r.stdout.split('\n').find((l) => l.includes('FL102'));
    assert.equal(line, `${file}:105:68 FL102 error Percent 51.35% ≠ 50.35% computed from $113,346,210.62 of the total $225,112,214.21 (Aggregate Principal Balance Outstanding)`);
});
(0, node_test_1.test)('--format json lists findings with 1-based positions and fixes', () => {
    const file = mutated('California                      268', 'California                      278');
    const r = run('--format', 'json', file);
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout);
    const f = out[0].findings.find((x) => x.code === 'FL101');
    assert.equal(f.line, 116);
    assert.equal(f.column, 33);
    assert.match(f.message, /^Total 553 ≠ sum of rows 563 \(difference -10\); 8 other tables/);
    assert.equal(f.fix, undefined, 'the total agrees with the pool: no edit');
    const percent = JSON.parse(run('--format=json', mutated('50.35%', '51.35%')).stdout)[0].findings.find((x) => x.code === 'FL102');
    assert.equal(percent.fix.edits[0].newText, '50.35%');
});
(0, node_test_1.test)('--summary prints every table', () => {
    const r = run('--summary', paths_1.SAMPLE);
    assert.equal(r.status, 0);
    assert.equal((r.stdout.match(/ · (foots|\d+ problems?)$/gm) ?? []).length, 9);
    assert.match(r.stdout, /weighted average 6\.973 \(min 5\.750, max 10\.500\)/);
    assert.match(r.stdout, /average current mortgage loan principal balance \$407,075; table gives \$407,075 \(agrees\)/);
});
(0, node_test_1.test)('--rule turns a rule off or up', () => {
    assert.equal(run('--rule', 'FL201=off', paths_1.SAMPLE).stdout, '');
    assert.equal(run('--rule', 'alignment=error', paths_1.SAMPLE).status, 1);
});
(0, node_test_1.test)('unreadable input and bad usage exit 2 with a clear message', () => {
    const missing = run(path.join(paths_1.ROOT, 'no-such-filing.txt'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*no-such-filing\.txt: ENOENT/);
    const bad = run('--format', 'xml', paths_1.SAMPLE);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown format "xml"/);
    assert.equal(run().status, 2);
    assert.equal(run('--rule', 'FL999=error', paths_1.SAMPLE).status, 2);
});
(0, node_test_1.test)('directories, globs and a list on standard input', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-dir-'));
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.writeFileSync(path.join(dir, 'a.txt'), (0, paths_1.readSample)());
    fs.writeFileSync(path.join(dir, 'nested', 'b.txt'), (0, paths_1.readSample)().replace('50.35%', '51.35%'));
    fs.writeFileSync(path.join(dir, 'notes.md'), 'not a filing');
    const byDir = run('--format', 'ndjson', dir);
    assert.equal(byDir.status, 1);
    const files = new Set(byDir.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file));
    assert.deepEqual([...files].map((f) => path.relative(dir, f)).sort(), ['a.txt', path.join('nested', 'b.txt')]);
    const byGlob = run('--format', 'ndjson', `${dir.replace(/\\/g, '/')}/**/*.txt`);
    assert.equal(byGlob.stdout, byDir.stdout);
    const stdin = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--format', 'ndjson', '-'], {
        input: `${path.join(dir, 'a.txt')}\n{"id":"record-7","text":${JSON.stringify((0, paths_1.readSample)().replace('50.35%', '51.35%'))}}\n`,
        encoding: 'utf8',
    });
    const lines = stdin.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
    assert.ok(lines.some((l) => l.file === 'record-7' && l.code === 'FL102'));
    assert.ok(lines.some((l) => l.file === path.join(dir, 'a.txt')));
    assert.equal(run(path.join(dir, 'nope', '*.txt')).status, 2, 'a glob that matches nothing is an error');
});
(0, node_test_1.test)('a list of 200,000 filings on standard input', () => {
    // Appended to the inputs one by one: spread into push, a list this long overflowed the stack.
    const records = Array.from({ length: 200_000 }, (_, i) => `{"id":"r${i}","text":"Total   ${i}"}`).join('\n');
    const r = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--format', 'ndjson', '--jobs', '1', '--stats', '-'], {
        input: records,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
    });
    assert.equal(r.status, 0, r.stderr.slice(0, 500));
    assert.match(r.stderr, /200000 files/);
});
(0, node_test_1.test)('standard input is linted as it arrives: the findings of a record come out before the next is written', async () => {
    // The map step of a distributed engine gets its records as a stream and must not wait for the end.
    const wrong = JSON.stringify((0, paths_1.readSample)().replace('50.35%', '51.35%'));
    for (const jobs of ['1', '2']) {
        const child = (0, node_child_process_1.spawn)(process.execPath, [BIN, '--format', 'ndjson', '--jobs', jobs, '-'], {
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        const seen = [];
        child.stdout.setEncoding('utf8').on('data', (d) => {
            out += d;
            for (const s of seen.splice(0))
                s();
        });
        const outputFor = (id) => new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no output for ${id} with --jobs ${jobs} before the input ended; got: ${out.slice(0, 300)}`)), 20_000);
            const check = () => (out.includes(`"file":"${id}"`) ? (clearTimeout(timer), resolve()) : seen.push(check));
            check();
        });
        const exited = new Promise((resolve) => child.on('exit', resolve));
        try {
            for (const id of ['first', 'second']) {
                child.stdin.write(`{"id":"${id}","text":${wrong}}\n`);
                await outputFor(id);
            }
            child.stdin.end();
            assert.equal(await exited, 1, 'an error-severity finding');
            const records = out
                .trim()
                .split('\n')
                .map((l) => JSON.parse(l));
            assert.deepEqual([...new Set(records.map((r) => r.file))], ['first', 'second']);
            assert.ok(records.every((r) => r.code !== undefined));
        }
        finally {
            child.kill();
        }
    }
});
(0, node_test_1.test)('lines of a stream: LF and CRLF, empty lines, a character split between chunks, a line of many chunks, no final newline', async () => {
    const e = Buffer.from('é');
    async function* chunks() {
        yield Buffer.from('a\r\nb\n\n');
        yield Buffer.concat([Buffer.from('c'), e.subarray(0, 1)]);
        yield Buffer.concat([e.subarray(1), Buffer.from('\n')]);
        for (let i = 0; i < 1000; i++)
            yield Buffer.from('x'.repeat(100));
        yield Buffer.from('\ntail');
    }
    const lines = [];
    for await (const line of (0, inputs_1.linesOf)(chunks()))
        lines.push(line);
    assert.deepEqual(lines, ['a', 'b', '', 'cé', 'x'.repeat(100_000), 'tail']);
});
(0, node_test_1.test)('a broken record on standard input is reported, and the records after it are still linted', () => {
    const input = `{"id":"before","text":"Total   1"}\n{"id": broken\n{"text":"Total 2"}\n{"id":"after","text":"Total   3"}\n`;
    const r = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--format', 'ndjson', '-'], { input, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^filing-lint: stdin line 2: not a path or a JSON record: /m);
    const files = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file);
    assert.deepEqual(files, ['before', 'stdin:3', 'after']);
});
(0, node_test_1.test)('two workers give the same findings, in the same order, as one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-jobs-'));
    for (let i = 0; i < 6; i++) {
        fs.writeFileSync(path.join(dir, `f${i}.txt`), i % 2 ? (0, paths_1.readSample)().replace('50.35%', '51.35%') : (0, paths_1.readSample)());
    }
    const one = run('--jobs', '1', dir);
    const two = run('--jobs', '2', '--stats', dir);
    assert.equal(two.stdout, one.stdout);
    const stats = /filing-lint: 6 files, [\d.]+ MB in ([\d.]+) s: [\d.]+ files\/s, [\d.]+ MB\/s \(2 workers; CPU ([\d.]+) s, ([\d.]+) cores busy\)/.exec(two.stderr);
    assert.ok(stats, two.stderr);
    assert.ok(Number(stats[2]) > 0, 'the CPU time of every thread');
});
(0, node_test_1.test)('SARIF 2.1.0 for code-scanning tools', () => {
    const r = run('--format', 'sarif', mutated('50.35%', '51.35%'));
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'filing-lint');
    assert.ok(driver.rules.some((rule) => rule.id === 'FL102'));
    const result = log.runs[0].results.find((x) => x.ruleId === 'FL102');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 105, startColumn: 68, endColumn: 74 });
    assert.deepEqual(log.runs[0].invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
});
(0, node_test_1.test)('--fix writes the fixes back whole, and only the fixed characters change', () => {
    const file = mutated('50.35%', '51.35%');
    const before = fs.readFileSync(file, 'utf8');
    const r = run('--fix', file);
    assert.match(r.stderr, /fixed 2 findings in/);
    const after = fs.readFileSync(file, 'utf8');
    assert.equal(after, before.replace('51.35%', '50.35%').replace('$ 225,112,214.21         100.00%', '$ 225,112,214.21          100.00%'));
    assert.equal(run(file).stdout, '');
    assert.deepEqual(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
});
(0, node_test_1.test)('--fix writes back a filing whose name is near the 255-byte limit', () => {
    // The temporary file beside it once took the whole name plus a suffix: ENAMETOOLONG ended the run.
    const dir = path.dirname(mutated('50.35%', '51.35%'));
    const file = path.join(dir, `${'f'.repeat(246)}.txt`);
    fs.renameSync(path.join(dir, 'mutated.txt'), file);
    const r = run('--fix', file);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /fixed 2 findings in/);
    assert.equal(run(file).stdout, '');
    assert.deepEqual(fs.readdirSync(dir), [path.basename(file)], 'no temporary file left');
});
(0, node_test_1.test)('a file over the chunk size is read in blocks and linted in chunks, with the same findings', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-chunks-'));
    const file = path.join(dir, 'big.txt');
    // Three megabytes of the sample with a wrong percent in every copy, CRLF line ends.
    const copy = (0, paths_1.readSample)().replace('50.35%', '51.35%').replace(/\n/g, '\r\n');
    fs.writeFileSync(file, copy.repeat(Math.ceil((3 * 1024 * 1024) / copy.length)));
    const whole = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--format', 'ndjson', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
    });
    const chunked = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--format', 'ndjson', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, FILING_LINT_CHUNK_MB: '1' },
    });
    assert.equal(chunked.status, 1, chunked.stderr);
    const count = (out) => out
        .trim()
        .split('\n')
        .filter((l) => l.includes('"FL102"')).length;
    assert.ok(count(whole.stdout) > 100);
    assert.equal(chunked.stdout, whole.stdout);
});
(0, node_test_1.test)('gzip-compressed filings: found by a directory walk, read decompressed, fixed and written back compressed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-gzip-'));
    const text = (0, paths_1.readSample)().replace('50.35%', '51.35%');
    const file = path.join(dir, 'wrong-percent.txt.gz');
    fs.writeFileSync(file, zlib.gzipSync(Buffer.from(text, 'utf8')));
    fs.writeFileSync(path.join(dir, 'cut-short.txt.gz'), zlib.gzipSync(Buffer.from(text, 'utf8')).subarray(0, 200));
    fs.writeFileSync(path.join(dir, 'not-gzip.txt.gz'), text);
    const r = run(dir);
    assert.equal(r.status, 2, 'two files could not be read');
    assert.match(r.stdout, /wrong-percent\.txt\.gz:105:68 FL102 error Percent 51\.35%/);
    assert.match(r.stderr, /cut-short\.txt\.gz: it is not gzip data, or it is cut short/);
    assert.match(r.stderr, /not-gzip\.txt\.gz: it is not gzip data, or it is cut short/);
    // Over the size held whole: refused with what to do, not read in chunks of compressed bytes.
    const big = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, file], {
        encoding: 'utf8',
        env: { ...process.env, FILING_LINT_CHUNK_MB: '0.01' },
    });
    assert.match(big.stderr, /decompresses to more than 0 MB: decompress it to lint it in parts/);
    const fixed = run('--fix', file);
    assert.match(fixed.stderr, /fixed 2 findings in/);
    const after = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
    assert.equal(after, text.replace('51.35%', '50.35%').replace('$ 225,112,214.21         100.00%', '$ 225,112,214.21          100.00%'));
});
(0, node_test_1.test)('a file without line breaks (binary data) is reported at its first long line; the rest of the batch is linted', () => {
    // It once grew one line towards V8's longest string: a 600 MB file took 54 s and 3.5 GB, then a
    // second whole read of it failed with ERR_STRING_TOO_LONG.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-binary-'));
    const binary = path.join(dir, 'binary.txt');
    fs.writeFileSync(binary, Buffer.concat([Buffer.from((0, paths_1.readSample)()), Buffer.alloc(3 * 1024 * 1024, 0x01)]));
    const lines = (0, paths_1.readSample)().split('\n').length;
    const wrong = mutated('50.35%', '51.35%');
    for (const jobs of ['1', '2']) {
        const r = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--jobs', jobs, '--format', 'ndjson', binary, wrong], {
            encoding: 'utf8',
            env: { ...process.env, FILING_LINT_CHUNK_MB: '1' },
        });
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, new RegExp(`binary\\.txt: line ${lines} is over 524,288 characters long, not a filing's text; the rest of the file was not linted`));
        const found = r.stdout
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l));
        assert.ok(found.some((f) => f.file.endsWith('binary.txt') && f.code === 'FL201'), 'the sample before the binary data is linted');
        assert.ok(found.some((f) => f.file.endsWith('mutated.txt') && f.code === 'FL102'), 'the next file is linted');
    }
    // SARIF: a code-scanning tool must not take it for a clean file.
    const sarif = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--format', 'sarif', binary, wrong], {
        encoding: 'utf8',
        env: { ...process.env, FILING_LINT_CHUNK_MB: '1' },
    });
    const invocation = JSON.parse(sarif.stdout).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications.length, 1);
    assert.match(invocation.toolExecutionNotifications[0].message.text, /line \d+ is over 524,288 characters long/);
    assert.equal(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, binary);
});
(0, node_test_1.test)('--fix: a filing whose fixes cannot be written is reported and left as it was; the rest are fixed', () => {
    // A path 4,080 bytes long: the file opens, but the temporary file beside it would pass the
    // 4,095-byte limit. This once ended the whole run (exit 2, no other file linted).
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-deep-'));
    let dir = base;
    while (dir.length < 4080 - 6) {
        dir = path.join(dir, 'd'.repeat(Math.min(200, 4080 - 7 - dir.length)));
        fs.mkdirSync(dir);
    }
    const deep = path.join(dir, `${'x'.repeat(4080 - dir.length - 5)}.txt`);
    assert.equal(deep.length, 4080);
    const text = (0, paths_1.readSample)().replace('50.35%', '51.35%');
    fs.writeFileSync(deep, text);
    const other = mutated('50.35%', '51.35%');
    for (const jobs of ['1', '2']) {
        const r = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--jobs', jobs, '--fix', deep, other], { encoding: 'utf8' });
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /cannot write the fixes to \S+x\.txt, left as it was: ENAMETOOLONG/);
        assert.match(r.stdout, /x\.txt:\d+:\d+ FL102/, 'its findings are still printed');
        assert.equal(fs.readFileSync(deep, 'utf8'), text);
        assert.equal(run(other).stdout, '', 'the other filing is fixed');
        fs.writeFileSync(other, text);
    }
    assert.deepEqual(fs.readdirSync(dir), [path.basename(deep)], 'no temporary file left');
});
(0, node_test_1.test)('findings silenced from the editor (NAME.filinglint.json beside the filing) are silenced and left unfixed here too', () => {
    const dir = path.dirname(mutated('50.35%', '51.35%'));
    const before = fs.readFileSync(path.join(dir, 'mutated.txt'), 'utf8');
    // A name long enough that its sidecar's name is cut and hashed.
    for (const name of ['mutated.txt', `${'m'.repeat(246)}.txt`]) {
        const file = path.join(dir, name);
        fs.writeFileSync(file, before);
        const codes = () => run('--format', 'ndjson', file)
            .stdout.trim()
            .split('\n')
            .map((l) => JSON.parse(l).code)
            .sort();
        assert.deepEqual(codes(), ['FL102', 'FL201']);
        fs.writeFileSync((0, core_1.sidecarPath)(file), JSON.stringify({ suppress: [{ code: 'FL102', table: 'State Distribution of Mortgaged Properties' }] }));
        assert.deepEqual(codes(), ['FL201']);
        const r = run('--fix', file);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /fixed 1 finding in/);
        assert.equal(fs.readFileSync(file, 'utf8'), before.replace('$ 225,112,214.21         100.00%', '$ 225,112,214.21          100.00%'), 'only the alignment is fixed');
    }
});
(0, node_test_1.test)('a filing that needs more memory than a worker has is reported; a new worker lints the rest', () => {
    // Before, a worker that stopped ended the whole run (and without a heap limit of its own, an
    // out-of-memory worker took the process down).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-memory-'));
    const big = path.join(dir, 'big.txt');
    const sample = (0, paths_1.readSample)();
    fs.writeFileSync(big, sample.repeat(Math.ceil((10 * 1024 * 1024) / sample.length)));
    const wrong = mutated('50.35%', '51.35%');
    for (const jobs of ['1', '2']) {
        const r = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--jobs', jobs, '--format', 'ndjson', paths_1.SAMPLE, big, wrong, paths_1.SAMPLE, wrong], {
            encoding: 'utf8',
            env: { ...process.env, FILING_LINT_WORKER_MB: '32' },
        });
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /cannot lint \S+big\.txt: it needs more than the 32 MB of memory a worker has \(FILING_LINT_WORKER_MB\)/);
        const records = r.stdout
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l));
        // Every input answers, in input order.
        assert.deepEqual(records.map((x) => `${path.basename(x.file)} ${x.code ?? (x.error ? 'error' : '')}`), [
            'cwmbs-alt-2002-20-8k.txt FL201',
            'big.txt error',
            'mutated.txt FL102',
            'mutated.txt FL201',
            'cwmbs-alt-2002-20-8k.txt FL201',
            'mutated.txt FL102',
            'mutated.txt FL201',
        ], `--jobs ${jobs}`);
    }
});
(0, node_test_1.test)('a filing saved as UTF-16 (with its byte-order mark) is read as VS Code reads it, and --fix writes it back as UTF-16', () => {
    // Before, it was read as Latin-1: 500 FL402 findings on its NUL bytes, and the wrong percent missed.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-utf16-'));
    const text = (0, paths_1.readSample)().replace('50.35%', '51.35%');
    const utf16 = (s, order) => {
        const units = Buffer.from(s, 'utf16le');
        if (order === 'be')
            units.swap16();
        return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), units]);
    };
    const utf8 = path.join(dir, 'utf8.txt');
    fs.writeFileSync(utf8, text);
    const findings = (file, env = process.env) => (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--format', 'ndjson', file], { encoding: 'utf8', env, maxBuffer: 1 << 26 })
        .stdout.trim()
        .split('\n')
        .map((l) => {
        const { file: _file, ...rest } = JSON.parse(l);
        return JSON.stringify(rest);
    });
    const expected = findings(utf8);
    assert.deepEqual(expected.map((l) => JSON.parse(l).code), ['FL102', 'FL201']);
    for (const order of ['le', 'be']) {
        const file = path.join(dir, `utf16${order}.txt`);
        fs.writeFileSync(file, utf16(text, order));
        assert.deepEqual(findings(file), expected, order);
        const r = run('--fix', file);
        assert.match(r.stderr, /fixed 2 findings in/);
        const fixed = (0, paths_1.readSample)().replace('$ 225,112,214.21         100.00%', '$ 225,112,214.21          100.00%');
        assert.deepEqual(fs.readFileSync(file), utf16(fixed, order), 'UTF-16 with its mark, only the fixed characters changed');
    }
    // Over the chunk size, read block by block (the blocks cut code units of big-endian text in place).
    const big = path.join(dir, 'big-be.txt');
    const copies = Math.ceil((3 * 1024 * 1024) / (2 * text.length));
    fs.writeFileSync(big, utf16(text.repeat(copies), 'be'));
    const whole = path.join(dir, 'big-utf8.txt');
    fs.writeFileSync(whole, text.repeat(copies));
    const chunked = findings(big, { ...process.env, FILING_LINT_CHUNK_MB: '1' });
    assert.ok(chunked.length > 2 * (copies - 1));
    assert.deepEqual(chunked, findings(whole, { ...process.env, FILING_LINT_CHUNK_MB: '1' }));
});
(0, node_test_1.test)('a filing is UTF-8 when its bytes are, Latin-1 otherwise, and a first block may end inside a character', () => {
    const euro = Buffer.from('Net  \u20ac 1,234\n', 'utf8');
    assert.equal((0, inputs_1.encodingOf)(euro), 'utf8');
    assert.equal((0, inputs_1.encodingOf)(Buffer.from('Caf\u00e9  1,234\n', 'latin1')), 'latin1');
    // A replacement character written in the filing is text, not a sign the bytes are not UTF-8.
    const replacement = Buffer.from('Total \ufffd  12\n', 'utf8');
    assert.deepEqual((0, inputs_1.decode)(replacement), { text: 'Total \ufffd  12\n', encoding: 'utf8' });
    // A block cut after the first byte of the euro sign's three: UTF-8 when more bytes follow it.
    const cut = euro.subarray(0, euro.indexOf(0xe2) + 1);
    assert.equal((0, inputs_1.encodingOf)(cut, true), 'utf8');
    assert.equal((0, inputs_1.encodingOf)(cut), 'latin1');
    // ... but a byte that is never UTF-8 before the cut still says Latin-1.
    assert.equal((0, inputs_1.encodingOf)(Buffer.concat([Buffer.from([0xe9, 0x20, 0x20, 0x20]), cut]), true), 'latin1');
    assert.equal((0, inputs_1.encodingOf)(Buffer.from([0xff, 0xfe, 0x41, 0x00])), 'utf16le');
    assert.equal((0, inputs_1.encodingOf)(Buffer.from([0xfe, 0xff, 0x00, 0x41])), 'utf16be');
});
(0, node_test_1.test)('a directory with no filings under it is reported (exit 2), not passed as clean', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-empty-'));
    fs.writeFileSync(path.join(dir, 'notes.md'), '# not a filing\n');
    const r = run(dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no filings under \S+ \(\.txt, \.nc, \.sgml, \.edgar, \.filing, \.htm, \.html\)/);
});
(0, node_test_1.test)('--fix applies fixes that meet on one line in rounds: a filing laid out with tabs is fixed whole in one run', () => {
    // On a line with tabs a move rewrites the line, so a second fix on it waits for the next round.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-rounds-'));
    const file = path.join(dir, 'tabs.txt');
    const text = (0, paths_1.sampleWithTabs)();
    fs.writeFileSync(file, text);
    assert.deepEqual(run('--format', 'ndjson', file)
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l).code), ['FL102', 'FL201', 'FL201', 'FL201']);
    const r = run('--fix', file);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /fixed 4 findings in/);
    assert.equal(r.stdout, '');
    const fixed = fs.readFileSync(file, 'utf8').split('\n');
    const sample = (0, paths_1.readSample)().split('\n');
    assert.deepEqual(fixed.filter((_, l) => l !== 104 && l !== 164), sample.filter((_, l) => l !== 104 && l !== 164), 'no other line changes');
    assert.equal(fixed[164], sample[164].replace('         100.00%', '          100.00%'));
    assert.equal(fixed[104], sample[104], 'the percent corrected and moved back onto its column');
});
(0, node_test_1.test)('--fix on one filing too large to read in chunks runs in a worker: running out of memory is a message, not a crash', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-one-big-'));
    const big = path.join(dir, 'big.txt');
    const sample = (0, paths_1.readSample)();
    fs.writeFileSync(big, sample.repeat(Math.ceil((10 * 1024 * 1024) / sample.length)));
    const r = (0, node_child_process_1.spawnSync)(process.execPath, [BIN, '--fix', big], {
        encoding: 'utf8',
        env: { ...process.env, FILING_LINT_WORKER_MB: '32', FILING_LINT_CHUNK_MB: '1' },
    });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot lint \S+big\.txt: it needs more than the 32 MB of memory a worker has/);
    assert.doesNotMatch(r.stderr, /FATAL|heap out of memory/);
});
//# sourceMappingURL=cli.test.js.map