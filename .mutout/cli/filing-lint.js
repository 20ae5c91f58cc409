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
 * `filing-lint FILE|DIR|GLOB|- ...`: the command line over the same core as the editor, linting
 * batches in parallel worker threads. Exit codes: 0 no errors, 1 an error-severity finding, 2 bad
 * usage or unreadable input.
 */
const os = __importStar(require("node:os"));
const node_v8_1 = require("node:v8");
const node_worker_threads_1 = require("node:worker_threads");
const core_1 = require("../server/src/core");
const package_json_1 = require("../package.json");
const inputs_1 = require("./inputs");
const lint_1 = require("./lint");
const output_1 = require("./output");
const USAGE = `Usage: filing-lint [options] FILE|DIR|GLOB|- ...

Lints the tables of SEC filings, fixed-width text and HTML: totals that do not foot, percentages
that do not match, columns out of line, totals that disagree between tables and footnotes.
Directories are searched for .txt, .nc, .sgml, .htm and .html filings; "-" reads paths (or NDJSON records
{"path": ...} / {"id": ..., "text": ...}) from standard input, one per line.

Options:
  --format FORMAT        text (file:line:col code severity message), json, ndjson or sarif
  --summary              also print a summary of every table (text format)
  --tables json          write every parsed table as JSON instead of findings
  --rule CODE=SEVERITY   set a rule's severity: off, information, warning, error (repeatable)
  --fix                  apply every fix and write the files back (safely: temp file + rename)
  --jobs N               worker threads (default: one per core)
  --stats                print throughput (files/s, MB/s) on standard error
  --list-rules           list the rules and exit
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 when no finding is an error, 1 when one is, 2 on bad usage or unreadable input.`;
const SEVERITIES = new Set(['off', 'information', 'warning', 'error', 'hint']);
const FORMATS = new Set(['text', 'json', 'ndjson', 'sarif']);
class UsageError extends Error {
}
function parseArgs(argv) {
    const options = {
        format: 'text',
        summary: false,
        tables: false,
        fix: false,
        stats: false,
        jobs: os.availableParallelism?.() ?? os.cpus().length,
        rules: {},
        args: [],
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = (name) => {
            const eq = arg.indexOf('=');
            if (arg.startsWith('--') && eq > 0)
                return arg.slice(eq + 1);
            const next = argv[++i];
            if (next === undefined)
                throw new UsageError(`${name} needs a value`);
            return next;
        };
        const is = (name) => arg === name || arg.startsWith(`${name}=`);
        if (arg === '-h' || arg === '--help')
            return 'help';
        if (arg === '-v' || arg === '--version')
            return 'version';
        if (arg === '--list-rules')
            return 'rules';
        if (arg === '--summary')
            options.summary = true;
        else if (arg === '--fix')
            options.fix = true;
        else if (arg === '--stats')
            options.stats = true;
        else if (is('--tables')) {
            const f = value('--tables');
            if (f !== 'json')
                throw new UsageError(`--tables writes json, not "${f}"`);
            options.tables = true;
        }
        else if (is('--format')) {
            const f = value('--format');
            if (!FORMATS.has(f))
                throw new UsageError(`unknown format "${f}" (text, json, ndjson or sarif)`);
            options.format = f;
        }
        else if (is('--jobs')) {
            const n = Number(value('--jobs'));
            if (!Number.isInteger(n) || n < 1 || n > 256)
                throw new UsageError('--jobs takes a whole number from 1 to 256');
            options.jobs = n;
        }
        else if (is('--rule')) {
            const spec = value('--rule');
            const [code, severity] = spec.split('=');
            if (!code || !severity || !SEVERITIES.has(severity)) {
                throw new UsageError(`--rule takes CODE=off|information|warning|error, not "${spec}"`);
            }
            if (!core_1.CHECKS.some((c) => c.code === code || c.name === code)) {
                throw new UsageError(`unknown rule "${code}" (see --list-rules)`);
            }
            options.rules[code] = severity;
        }
        else if (arg === '--') {
            for (const rest of argv.slice(i + 1))
                options.args.push(rest);
            break;
        }
        else if (arg.startsWith('-') && arg !== '-')
            throw new UsageError(`unknown option ${arg}`);
        else
            options.args.push(arg);
    }
    if (options.args.length === 0)
        throw new UsageError('no files given');
    return options;
}
/**
 * The inputs in order: those named on the command line, then (with `-`) each line of standard input
 * as it arrives. A line that is not an input (a broken record) is reported and skipped.
 */
async function* inputsOf(named, readStdin, onBadLine) {
    yield* named;
    if (!readStdin)
        return;
    let index = 0;
    for await (const line of (0, inputs_1.linesOf)(process.stdin)) {
        let input;
        try {
            input = (0, inputs_1.parseStdinLine)(line, index++);
        }
        catch (error) {
            onBadLine(error.message);
            continue;
        }
        if (input)
            yield input;
    }
}
/**
 * Runs the requests on a pool of worker threads and hands the results over in input order. Workers
 * start as requests arrive, and a request is read only once one is free: a stream on standard input
 * (the map step of a distributed engine) is linted as it arrives, with about one filing per worker in
 * memory rather than the whole stream. Even one job runs in a worker, whose heap limit makes a
 * filing that needs too much memory that filing's error rather than the end of the run; only a
 * single input that cannot need that much (`inThread`) is linted in this thread, where a worker
 * would only add its start-up.
 */
async function runAll(requests, jobs, inThread, onResult) {
    if (inThread) {
        for await (const request of requests)
            onResult((0, lint_1.lintOne)(request));
        return;
    }
    // Results that came back before an earlier one, waiting for it.
    const done = new Map();
    let emitted = 0;
    const emit = () => {
        for (let r = done.get(emitted); r; r = done.get(emitted)) {
            done.delete(emitted++);
            onResult(r);
        }
    };
    const limits = workerLimits();
    /** Workers alive, each with the request it is linting (and its place in the input order). */
    const busy = new Map();
    const idle = [];
    let inFlight = 0;
    // The one waiter (the reading loop, then the final drain) woken when a worker comes free or is lost.
    let wake;
    const woken = () => new Promise((resolve) => (wake = resolve));
    const signal = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    const finish = (at, result) => {
        done.set(at, result);
        emit();
        inFlight--;
        signal();
    };
    // A worker that stops (out of memory on one huge filing, say) takes only its filing with it: that
    // filing is reported, and a new worker takes the next one.
    const lost = (worker, reason) => {
        if (!busy.has(worker))
            return;
        const job = busy.get(worker);
        busy.delete(worker);
        if (job)
            finish(job.at, (0, lint_1.failed)(job.request.input.name, `cannot lint ${job.request.input.name}: ${reason}`));
        else
            signal();
    };
    const start = () => {
        const worker = new node_worker_threads_1.Worker(__filename, { workerData: { filingLintWorker: true }, resourceLimits: limits });
        busy.set(worker, undefined);
        worker.on('message', (result) => {
            const job = busy.get(worker);
            if (!job)
                return;
            busy.set(worker, undefined);
            idle.push(worker);
            finish(job.at, result);
        });
        worker.on('error', (error) => lost(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `it needs more than the ${limits.maxOldGenerationSizeMb} MB of memory a worker has (FILING_LINT_WORKER_MB)`
            : error.message));
        worker.on('exit', (code) => lost(worker, `its worker stopped (exit code ${code})`));
        return worker;
    };
    const freeWorker = async () => {
        for (;;) {
            const worker = idle.pop();
            if (worker && busy.has(worker))
                return worker;
            if (!worker && busy.size < jobs)
                return start();
            if (!worker)
                await woken();
        }
    };
    try {
        let index = 0;
        for await (const request of requests) {
            const worker = await freeWorker();
            const at = index++;
            inFlight++;
            busy.set(worker, { at, request });
            worker.postMessage(request);
        }
        while (inFlight > 0)
            await woken();
    }
    finally {
        const workers = [...busy.keys()];
        busy.clear(); // their exits are not losses
        await Promise.all(workers.map((w) => w.terminate()));
    }
    emit();
}
/**
 * Each worker's heap: as large as this thread's (V8's default for the machine), but set, so that a
 * filing that needs more ends its worker rather than the whole process.
 */
function workerLimits() {
    const mb = Number(process.env.FILING_LINT_WORKER_MB);
    return {
        maxOldGenerationSizeMb: Number.isFinite(mb) && mb > 0 ? mb : Math.round((0, node_v8_1.getHeapStatistics)().heap_size_limit / 1024 / 1024),
    };
}
async function main(argv) {
    let parsed;
    try {
        parsed = parseArgs(argv);
    }
    catch (error) {
        if (error instanceof UsageError) {
            process.stderr.write(`filing-lint: ${error.message}\n\n${USAGE}\n`);
            return 2;
        }
        throw error;
    }
    if (parsed === 'help')
        return (process.stdout.write(`${USAGE}\n`), 0);
    if (parsed === 'version')
        return (process.stdout.write(`${package_json_1.version}\n`), 0);
    if (parsed === 'rules') {
        for (const c of core_1.CHECKS) {
            process.stdout.write(`${c.code}  ${c.name.padEnd(16)} ${c.defaultSeverity.padEnd(11)} ${c.description}\n`);
        }
        return 0;
    }
    const options = parsed;
    const { inputs, missing, empty, readStdin } = (0, inputs_1.expandArgs)(options.args);
    let status = 0;
    for (const m of missing) {
        process.stderr.write(`filing-lint: cannot read ${m}: ENOENT\n`);
        status = 2;
    }
    for (const dir of empty) {
        process.stderr.write(`filing-lint: no filings under ${dir} (${inputs_1.FILING_EXTENSIONS.map((e) => `.${e}`).join(', ')})\n`);
        status = 2;
    }
    const summary = options.summary && options.format === 'text' && !options.tables;
    const requests = (async function* () {
        const badLine = (message) => {
            process.stderr.write(`filing-lint: ${message}\n`);
            status = 2;
        };
        for await (const input of inputsOf(inputs, readStdin, badLine)) {
            yield { input, rules: options.rules, fix: options.fix, tables: options.tables, summary };
        }
    })();
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();
    // Standard input's length is known only at its end: the bar then counts without a total.
    const total = readStdin ? undefined : inputs.length;
    const progress = process.stderr.isTTY && (readStdin || inputs.length > 1) && options.format !== 'ndjson';
    let bytes = 0;
    let count = 0;
    let lastDraw = 0;
    const collected = [];
    const draw = (force = false) => {
        const now = performance.now();
        if (!progress || (!force && now - lastDraw < 100))
            return;
        lastDraw = now;
        if (total === undefined) {
            process.stderr.write(`\r${count} files`);
            return;
        }
        const width = 30;
        const filled = Math.round((count / total) * width);
        process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} files`);
    };
    // One filing is linted in this thread, unless it is fixed and too large to read in chunks: then a
    // worker's heap limit turns running out of memory into a message.
    const inThread = total !== undefined &&
        total <= 1 &&
        !(options.fix && inputs.some((i) => i.path !== undefined && ((0, lint_1.sizeOf)(i.path) ?? 0) > (0, lint_1.chunkBytes)()));
    await runAll(requests, options.jobs, inThread, (result) => {
        count++;
        bytes += result.bytes;
        if (result.error) {
            process.stderr.write(`${progress ? '\n' : ''}filing-lint: ${result.error}\n`);
            status = 2;
        }
        for (const f of result.failures)
            process.stderr.write(`filing-lint: check ${f} on ${result.name}\n`);
        if (status === 0 && result.findings.some((f) => f.severity === 'error'))
            status = 1;
        if (options.format === 'ndjson' && !options.tables) {
            for (const line of (0, output_1.ndjsonLines)(result))
                process.stdout.write(`${line}\n`);
        }
        else if (options.format === 'text' && !options.tables) {
            const lines = (0, output_1.textLines)(result);
            if (lines.length && progress)
                process.stderr.write('\r\x1b[K');
            for (const line of lines)
                process.stdout.write(`${line}\n`);
            if (result.fixed) {
                process.stderr.write(`filing-lint: fixed ${result.fixed} finding${result.fixed === 1 ? '' : 's'} in ${result.name}\n`);
            }
            if (result.summaries)
                printSummary(result, result.summaries);
        }
        else
            collected.push(result);
        draw(count === total);
    });
    if (progress) {
        draw(true);
        process.stderr.write('\n');
    }
    if (options.tables) {
        process.stdout.write(`${JSON.stringify(collected.map((r) => ({ file: r.name, tables: r.tables ?? [] })), null, 2)}\n`);
    }
    else if (options.format === 'json')
        process.stdout.write(`${JSON.stringify(collected.map(output_1.resultJson), null, 2)}\n`);
    else if (options.format === 'sarif')
        process.stdout.write(`${JSON.stringify((0, output_1.sarif)(collected, package_json_1.version), null, 2)}\n`);
    if (options.stats) {
        const seconds = (performance.now() - started) / 1000;
        // The process's CPU time, every thread's: V8 collects garbage and compiles on threads of its
        // own, so even one worker keeps more than one core busy.
        const cpu = process.cpuUsage(cpuAtStart);
        const cpuSeconds = (cpu.user + cpu.system) / 1e6;
        const mb = bytes / 1024 / 1024;
        const workers = Math.min(options.jobs, count);
        process.stderr.write(`filing-lint: ${count} files, ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s: ` +
            `${(count / seconds).toFixed(1)} files/s, ${(mb / seconds).toFixed(1)} MB/s ` +
            `(${workers} worker${workers === 1 ? '' : 's'}; CPU ${cpuSeconds.toFixed(1)} s, ` +
            `${(cpuSeconds / seconds).toFixed(1)} cores busy)\n`);
    }
    return status;
}
/** `--summary`: the tables of one filing, each in a few lines. */
function printSummary(result, tables) {
    process.stdout.write(`\n${result.name}: ${tables.length} table${tables.length === 1 ? '' : 's'}, ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}\n`);
    for (const t of tables)
        process.stdout.write(`\n${t}\n`);
}
if (!node_worker_threads_1.isMainThread && node_worker_threads_1.workerData?.filingLintWorker) {
    node_worker_threads_1.parentPort.on('message', (request) => node_worker_threads_1.parentPort.postMessage((0, lint_1.lintOne)(request)));
}
else {
    // `filing-lint ... | head` closes the pipe early: that is not an error.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
    main(process.argv.slice(2)).then((status) => (process.exitCode = status), (error) => {
        process.stderr.write(`filing-lint: ${error?.stack ?? error}\n`);
        process.exitCode = 2;
    });
}
//# sourceMappingURL=filing-lint.js.map