/** The command line: output format, exit codes, bad input. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { ROOT, SAMPLE, readSample, sampleWithTabs } from '../support/paths';
import { decode, encodingOf, linesOf } from '../../cli/inputs';
import { sidecarPath } from '../../server/src/core';

const BIN = path.join(ROOT, 'bin', 'filing-lint.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

function mutated(from: string, to: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-'));
  const file = path.join(dir, 'mutated.txt');
  const text = readSample().replace(from, to);
  fs.writeFileSync(file, text);
  return file;
}

test('the sample: exit 0, one alignment warning', () => {
  const r = run(SAMPLE);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(' ')[1]),
    ['FL201'],
  );
  assert.match(r.stdout, /cwmbs-alt-2002-20-8k\.txt:165:70 FL201 warning 100\.00% is 1 character left/);
});

test('a wrong percent: file:line:col code message, exit 1', () => {
  const file = mutated('50.35%', '51.35%');
  const r = run(file);
  assert.equal(r.status, 1);
  const line = r.stdout.split('\n').find((l) => l.includes('FL102'));
  assert.equal(
    line,
    `${file}:105:68 FL102 error Percent 51.35% ≠ 50.35% computed from $113,346,210.62 of the total $225,112,214.21 (Aggregate Principal Balance Outstanding)`,
  );
});

test('--format json lists findings with 1-based positions and fixes', () => {
  const file = mutated('California                      268', 'California                      278');
  const r = run('--format', 'json', file);
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout) as {
    file: string;
    findings: { code: string; line: number; column: number; message: string; fix?: { edits: { newText: string }[] } }[];
  }[];
  const f = out[0].findings.find((x) => x.code === 'FL101')!;
  assert.equal(f.line, 116);
  assert.equal(f.column, 33);
  assert.match(f.message, /^Total 553 ≠ sum of rows 563 \(difference -10\); 8 other tables/);
  assert.equal(f.fix, undefined, 'the total agrees with the pool: no edit');
  const percent = JSON.parse(run('--format=json', mutated('50.35%', '51.35%')).stdout)[0].findings.find(
    (x: { code: string }) => x.code === 'FL102',
  );
  assert.equal(percent.fix.edits[0].newText, '50.35%');
});

test('--summary prints every table', () => {
  const r = run('--summary', SAMPLE);
  assert.equal(r.status, 0);
  assert.equal((r.stdout.match(/ · (foots|\d+ problems?)$/gm) ?? []).length, 9);
  assert.match(r.stdout, /weighted average 6\.973 \(min 5\.750, max 10\.500\)/);
  assert.match(r.stdout, /average current mortgage loan principal balance \$407,075; table gives \$407,075 \(agrees\)/);
});

test('--rule turns a rule off or up', () => {
  assert.equal(run('--rule', 'FL201=off', SAMPLE).stdout, '');
  assert.equal(run('--rule', 'alignment=error', SAMPLE).status, 1);
});

test('unreadable input and bad usage exit 2 with a clear message', () => {
  const missing = run(path.join(ROOT, 'no-such-filing.txt'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read .*no-such-filing\.txt: ENOENT/);
  const bad = run('--format', 'xml', SAMPLE);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown format "xml"/);
  assert.equal(run().status, 2);
  assert.equal(run('--rule', 'FL999=error', SAMPLE).status, 2);
});

test('directories, globs and a list on standard input', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-dir-'));
  fs.mkdirSync(path.join(dir, 'nested'));
  fs.writeFileSync(path.join(dir, 'a.txt'), readSample());
  fs.writeFileSync(path.join(dir, 'nested', 'b.txt'), readSample().replace('50.35%', '51.35%'));
  fs.writeFileSync(path.join(dir, 'notes.md'), 'not a filing');
  const byDir = run('--format', 'ndjson', dir);
  assert.equal(byDir.status, 1);
  const files = new Set(
    byDir.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).file),
  );
  assert.deepEqual([...files].map((f) => path.relative(dir, f)).sort(), ['a.txt', path.join('nested', 'b.txt')]);
  const byGlob = run('--format', 'ndjson', `${dir.replace(/\\/g, '/')}/**/*.txt`);
  assert.equal(byGlob.stdout, byDir.stdout);
  const stdin = spawnSync(process.execPath, [BIN, '--format', 'ndjson', '-'], {
    input: `${path.join(dir, 'a.txt')}\n{"id":"record-7","text":${JSON.stringify(readSample().replace('50.35%', '51.35%'))}}\n`,
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

test('a list of 200,000 filings on standard input', () => {
  // Appended to the inputs one by one: spread into push, a list this long overflowed the stack.
  const records = Array.from({ length: 200_000 }, (_, i) => `{"id":"r${i}","text":"Total   ${i}"}`).join('\n');
  const r = spawnSync(process.execPath, [BIN, '--format', 'ndjson', '--jobs', '1', '--stats', '-'], {
    input: records,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  assert.equal(r.status, 0, r.stderr.slice(0, 500));
  assert.match(r.stderr, /200000 files/);
});

test('standard input is linted as it arrives: the findings of a record come out before the next is written', async () => {
  // The map step of a distributed engine gets its records as a stream and must not wait for the end.
  const wrong = JSON.stringify(readSample().replace('50.35%', '51.35%'));
  for (const jobs of ['1', '2']) {
    const child = spawn(process.execPath, [BIN, '--format', 'ndjson', '--jobs', jobs, '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    const seen: (() => void)[] = [];
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      for (const s of seen.splice(0)) s();
    });
    const outputFor = (id: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`no output for ${id} with --jobs ${jobs} before the input ended; got: ${out.slice(0, 300)}`),
            ),
          20_000,
        );
        const check = () => (out.includes(`"file":"${id}"`) ? (clearTimeout(timer), resolve()) : seen.push(check));
        check();
      });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
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
        .map((l) => JSON.parse(l) as { file: string; code: string });
      assert.deepEqual([...new Set(records.map((r) => r.file))], ['first', 'second']);
      assert.ok(records.every((r) => r.code !== undefined));
    } finally {
      child.kill();
    }
  }
});

test('lines of a stream: LF and CRLF, empty lines, a character split between chunks, a line of many chunks, no final newline', async () => {
  const e = Buffer.from('é');
  async function* chunks(): AsyncGenerator<Buffer> {
    yield Buffer.from('a\r\nb\n\n');
    yield Buffer.concat([Buffer.from('c'), e.subarray(0, 1)]);
    yield Buffer.concat([e.subarray(1), Buffer.from('\n')]);
    for (let i = 0; i < 1000; i++) yield Buffer.from('x'.repeat(100));
    yield Buffer.from('\ntail');
  }
  const lines: string[] = [];
  for await (const line of linesOf(chunks())) lines.push(line);
  assert.deepEqual(lines, ['a', 'b', '', 'cé', 'x'.repeat(100_000), 'tail']);
});

test('a broken record on standard input is reported, and the records after it are still linted', () => {
  const input = `{"id":"before","text":"Total   1"}\n{"id": broken\n{"text":"Total 2"}\n{"id":"after","text":"Total   3"}\n`;
  const r = spawnSync(process.execPath, [BIN, '--format', 'ndjson', '-'], { input, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^filing-lint: stdin line 2: not a path or a JSON record: /m);
  const files = r.stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { file: string }).file);
  assert.deepEqual(files, ['before', 'stdin:3', 'after']);
});

test('two workers give the same findings, in the same order, as one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-jobs-'));
  for (let i = 0; i < 6; i++) {
    fs.writeFileSync(path.join(dir, `f${i}.txt`), i % 2 ? readSample().replace('50.35%', '51.35%') : readSample());
  }
  const one = run('--jobs', '1', dir);
  const two = run('--jobs', '2', '--stats', dir);
  assert.equal(two.stdout, one.stdout);
  const stats =
    /filing-lint: 6 files, [\d.]+ MB in ([\d.]+) s: [\d.]+ files\/s, [\d.]+ MB\/s \(2 workers; CPU ([\d.]+) s, ([\d.]+) cores busy\)/.exec(
      two.stderr,
    );
  assert.ok(stats, two.stderr);
  assert.ok(Number(stats[2]) > 0, 'the CPU time of every thread');
});

test('SARIF 2.1.0 for code-scanning tools', () => {
  const r = run('--format', 'sarif', mutated('50.35%', '51.35%'));
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'filing-lint');
  assert.ok(driver.rules.some((rule: { id: string }) => rule.id === 'FL102'));
  const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'FL102');
  assert.equal(result.level, 'error');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 105, startColumn: 68, endColumn: 74 });
  assert.deepEqual(log.runs[0].invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
});

test('--fix writes the fixes back whole, and only the fixed characters change', () => {
  const file = mutated('50.35%', '51.35%');
  const before = fs.readFileSync(file, 'utf8');
  const r = run('--fix', file);
  assert.match(r.stderr, /fixed 2 findings in/);
  const after = fs.readFileSync(file, 'utf8');
  assert.equal(
    after,
    before.replace('51.35%', '50.35%').replace('$ 225,112,214.21         100.00%', '$ 225,112,214.21          100.00%'),
  );
  assert.equal(run(file).stdout, '');
  assert.deepEqual(
    fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp')),
    [],
    'no temporary file left',
  );
});

test('--fix writes back a filing whose name is near the 255-byte limit', () => {
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

test('a file over the chunk size is read in blocks and linted in chunks, with the same findings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-chunks-'));
  const file = path.join(dir, 'big.txt');
  // Three megabytes of the sample with a wrong percent in every copy, CRLF line ends.
  const copy = readSample().replace('50.35%', '51.35%').replace(/\n/g, '\r\n');
  fs.writeFileSync(file, copy.repeat(Math.ceil((3 * 1024 * 1024) / copy.length)));
  const whole = spawnSync(process.execPath, [BIN, '--format', 'ndjson', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const chunked = spawnSync(process.execPath, [BIN, '--format', 'ndjson', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, FILING_LINT_CHUNK_MB: '1' },
  });
  assert.equal(chunked.status, 1, chunked.stderr);
  const count = (out: string) =>
    out
      .trim()
      .split('\n')
      .filter((l) => l.includes('"FL102"')).length;
  assert.ok(count(whole.stdout) > 100);
  assert.equal(chunked.stdout, whole.stdout);
});

test('gzip-compressed filings: found by a directory walk, read decompressed, fixed and written back compressed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-gzip-'));
  const text = readSample().replace('50.35%', '51.35%');
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
  const big = spawnSync(process.execPath, [BIN, file], {
    encoding: 'utf8',
    env: { ...process.env, FILING_LINT_CHUNK_MB: '0.01' },
  });
  assert.match(big.stderr, /decompresses to more than 0 MB: decompress it to lint it in parts/);
  const fixed = run('--fix', file);
  assert.match(fixed.stderr, /fixed 2 findings in/);
  const after = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
  assert.equal(
    after,
    text.replace('51.35%', '50.35%').replace('$ 225,112,214.21         100.00%', '$ 225,112,214.21          100.00%'),
  );
});

test('a file without line breaks (binary data) is reported at its first long line; the rest of the batch is linted', () => {
  // It once grew one line towards V8's longest string: a 600 MB file took 54 s and 3.5 GB, then a
  // second whole read of it failed with ERR_STRING_TOO_LONG.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-binary-'));
  const binary = path.join(dir, 'binary.txt');
  fs.writeFileSync(binary, Buffer.concat([Buffer.from(readSample()), Buffer.alloc(3 * 1024 * 1024, 0x01)]));
  const lines = readSample().split('\n').length;
  const wrong = mutated('50.35%', '51.35%');
  for (const jobs of ['1', '2']) {
    const r = spawnSync(process.execPath, [BIN, '--jobs', jobs, '--format', 'ndjson', binary, wrong], {
      encoding: 'utf8',
      env: { ...process.env, FILING_LINT_CHUNK_MB: '1' },
    });
    assert.equal(r.status, 2, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(
        `binary\\.txt: line ${lines} is over 524,288 characters long, not a filing's text; the rest of the file was not linted`,
      ),
    );
    const found = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; code: string });
    assert.ok(
      found.some((f) => f.file.endsWith('binary.txt') && f.code === 'FL201'),
      'the sample before the binary data is linted',
    );
    assert.ok(
      found.some((f) => f.file.endsWith('mutated.txt') && f.code === 'FL102'),
      'the next file is linted',
    );
  }
  // SARIF: a code-scanning tool must not take it for a clean file.
  const sarif = spawnSync(process.execPath, [BIN, '--format', 'sarif', binary, wrong], {
    encoding: 'utf8',
    env: { ...process.env, FILING_LINT_CHUNK_MB: '1' },
  });
  const invocation = JSON.parse(sarif.stdout).runs[0].invocations[0];
  assert.equal(invocation.executionSuccessful, false);
  assert.equal(invocation.toolExecutionNotifications.length, 1);
  assert.match(invocation.toolExecutionNotifications[0].message.text, /line \d+ is over 524,288 characters long/);
  assert.equal(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, binary);
});

test('--fix: a filing whose fixes cannot be written is reported and left as it was; the rest are fixed', () => {
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
  const text = readSample().replace('50.35%', '51.35%');
  fs.writeFileSync(deep, text);
  const other = mutated('50.35%', '51.35%');
  for (const jobs of ['1', '2']) {
    const r = spawnSync(process.execPath, [BIN, '--jobs', jobs, '--fix', deep, other], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot write the fixes to \S+x\.txt, left as it was: ENAMETOOLONG/);
    assert.match(r.stdout, /x\.txt:\d+:\d+ FL102/, 'its findings are still printed');
    assert.equal(fs.readFileSync(deep, 'utf8'), text);
    assert.equal(run(other).stdout, '', 'the other filing is fixed');
    fs.writeFileSync(other, text);
  }
  assert.deepEqual(fs.readdirSync(dir), [path.basename(deep)], 'no temporary file left');
});

test('findings silenced from the editor (NAME.filinglint.json beside the filing) are silenced and left unfixed here too', () => {
  const dir = path.dirname(mutated('50.35%', '51.35%'));
  const before = fs.readFileSync(path.join(dir, 'mutated.txt'), 'utf8');
  // A name long enough that its sidecar's name is cut and hashed.
  for (const name of ['mutated.txt', `${'m'.repeat(246)}.txt`]) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, before);
    const codes = () =>
      run('--format', 'ndjson', file)
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l).code as string)
        .sort();
    assert.deepEqual(codes(), ['FL102', 'FL201']);
    fs.writeFileSync(
      sidecarPath(file),
      JSON.stringify({ suppress: [{ code: 'FL102', table: 'State Distribution of Mortgaged Properties' }] }),
    );
    assert.deepEqual(codes(), ['FL201']);
    const r = run('--fix', file);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /fixed 1 finding in/);
    assert.equal(
      fs.readFileSync(file, 'utf8'),
      before.replace('$ 225,112,214.21         100.00%', '$ 225,112,214.21          100.00%'),
      'only the alignment is fixed',
    );
  }
});

test('a filing that needs more memory than a worker has is reported; a new worker lints the rest', () => {
  // Before, a worker that stopped ended the whole run (and without a heap limit of its own, an
  // out-of-memory worker took the process down).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-memory-'));
  const big = path.join(dir, 'big.txt');
  const sample = readSample();
  fs.writeFileSync(big, sample.repeat(Math.ceil((10 * 1024 * 1024) / sample.length)));
  const wrong = mutated('50.35%', '51.35%');
  for (const jobs of ['1', '2']) {
    const r = spawnSync(
      process.execPath,
      [BIN, '--jobs', jobs, '--format', 'ndjson', SAMPLE, big, wrong, SAMPLE, wrong],
      {
        encoding: 'utf8',
        env: { ...process.env, FILING_LINT_WORKER_MB: '32' },
      },
    );
    assert.equal(r.status, 2, r.stderr);
    assert.match(
      r.stderr,
      /cannot lint \S+big\.txt: it needs more than the 32 MB of memory a worker has \(FILING_LINT_WORKER_MB\)/,
    );
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; code?: string; error?: string });
    // Every input answers, in input order.
    assert.deepEqual(
      records.map((x) => `${path.basename(x.file)} ${x.code ?? (x.error ? 'error' : '')}`),
      [
        'cwmbs-alt-2002-20-8k.txt FL201',
        'big.txt error',
        'mutated.txt FL102',
        'mutated.txt FL201',
        'cwmbs-alt-2002-20-8k.txt FL201',
        'mutated.txt FL102',
        'mutated.txt FL201',
      ],
      `--jobs ${jobs}`,
    );
  }
});

test('a filing saved as UTF-16 (with its byte-order mark) is read as VS Code reads it, and --fix writes it back as UTF-16', () => {
  // Before, it was read as Latin-1: 500 FL402 findings on its NUL bytes, and the wrong percent missed.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-utf16-'));
  const text = readSample().replace('50.35%', '51.35%');
  const utf16 = (s: string, order: 'le' | 'be') => {
    const units = Buffer.from(s, 'utf16le');
    if (order === 'be') units.swap16();
    return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), units]);
  };
  const utf8 = path.join(dir, 'utf8.txt');
  fs.writeFileSync(utf8, text);
  const findings = (file: string, env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, [BIN, '--format', 'ndjson', file], { encoding: 'utf8', env, maxBuffer: 1 << 26 })
      .stdout.trim()
      .split('\n')
      .map((l) => {
        const { file: _file, ...rest } = JSON.parse(l) as Record<string, unknown>;
        return JSON.stringify(rest);
      });
  const expected = findings(utf8);
  assert.deepEqual(
    expected.map((l) => JSON.parse(l).code),
    ['FL102', 'FL201'],
  );
  for (const order of ['le', 'be'] as const) {
    const file = path.join(dir, `utf16${order}.txt`);
    fs.writeFileSync(file, utf16(text, order));
    assert.deepEqual(findings(file), expected, order);
    const r = run('--fix', file);
    assert.match(r.stderr, /fixed 2 findings in/);
    const fixed = readSample().replace('$ 225,112,214.21         100.00%', '$ 225,112,214.21          100.00%');
    assert.deepEqual(
      fs.readFileSync(file),
      utf16(fixed, order),
      'UTF-16 with its mark, only the fixed characters changed',
    );
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

test('a filing is UTF-8 when its bytes are, Latin-1 otherwise, and a first block may end inside a character', () => {
  const euro = Buffer.from('Net  \u20ac 1,234\n', 'utf8');
  assert.equal(encodingOf(euro), 'utf8');
  assert.equal(encodingOf(Buffer.from('Caf\u00e9  1,234\n', 'latin1')), 'latin1');
  // A replacement character written in the filing is text, not a sign the bytes are not UTF-8.
  const replacement = Buffer.from('Total \ufffd  12\n', 'utf8');
  assert.deepEqual(decode(replacement), { text: 'Total \ufffd  12\n', encoding: 'utf8' });
  // A block cut after the first byte of the euro sign's three: UTF-8 when more bytes follow it.
  const cut = euro.subarray(0, euro.indexOf(0xe2) + 1);
  assert.equal(encodingOf(cut, true), 'utf8');
  assert.equal(encodingOf(cut), 'latin1');
  // ... but a byte that is never UTF-8 before the cut still says Latin-1.
  assert.equal(encodingOf(Buffer.concat([Buffer.from([0xe9, 0x20, 0x20, 0x20]), cut]), true), 'latin1');
  assert.equal(encodingOf(Buffer.from([0xff, 0xfe, 0x41, 0x00])), 'utf16le');
  assert.equal(encodingOf(Buffer.from([0xfe, 0xff, 0x00, 0x41])), 'utf16be');
});

test('a directory with no filings under it is reported (exit 2), not passed as clean', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-empty-'));
  fs.writeFileSync(path.join(dir, 'notes.md'), '# not a filing\n');
  const r = run(dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no filings under \S+ \(\.txt, \.nc, \.sgml, \.edgar, \.filing, \.htm, \.html\)/);
});

test('--fix applies fixes that meet on one line in rounds: a filing laid out with tabs is fixed whole in one run', () => {
  // On a line with tabs a move rewrites the line, so a second fix on it waits for the next round.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-rounds-'));
  const file = path.join(dir, 'tabs.txt');
  const text = sampleWithTabs();
  fs.writeFileSync(file, text);
  assert.deepEqual(
    run('--format', 'ndjson', file)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l).code),
    ['FL102', 'FL201', 'FL201', 'FL201'],
  );
  const r = run('--fix', file);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /fixed 4 findings in/);
  assert.equal(r.stdout, '');
  const fixed = fs.readFileSync(file, 'utf8').split('\n');
  const sample = readSample().split('\n');
  assert.deepEqual(
    fixed.filter((_, l) => l !== 104 && l !== 164),
    sample.filter((_, l) => l !== 104 && l !== 164),
    'no other line changes',
  );
  assert.equal(fixed[164], sample[164].replace('         100.00%', '          100.00%'));
  assert.equal(fixed[104], sample[104], 'the percent corrected and moved back onto its column');
});

test('--fix on one filing too large to read in chunks runs in a worker: running out of memory is a message, not a crash', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'filing-lint-one-big-'));
  const big = path.join(dir, 'big.txt');
  const sample = readSample();
  fs.writeFileSync(big, sample.repeat(Math.ceil((10 * 1024 * 1024) / sample.length)));
  const r = spawnSync(process.execPath, [BIN, '--fix', big], {
    encoding: 'utf8',
    env: { ...process.env, FILING_LINT_WORKER_MB: '32', FILING_LINT_CHUNK_MB: '1' },
  });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /cannot lint \S+big\.txt: it needs more than the 32 MB of memory a worker has/);
  assert.doesNotMatch(r.stderr, /FATAL|heap out of memory/);
});
