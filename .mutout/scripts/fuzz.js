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
exports.MUTATIONS = exports.Random = exports.SAVED = void 0;
exports.corpusFiles = corpusFiles;
exports.makeCase = makeCase;
exports.savedCase = savedCase;
exports.savedCases = savedCases;
exports.runCases = runCases;
/**
 * `npm run fuzz`: real filings, cut and mutated at random (junk SGML tags, NULs, byte-order marks,
 * lone CRs, uuencode openers, glued footnote markers, flipped bits, huge lines, truncations, tabs,
 * non-ASCII), each opened in the bundled server over stdio as an editor would: a few incremental
 * edits with requests among them, every request the server answers on the last version, a quick fix
 * applied, close. A case fails when the server exits, logs an error, reports a failed analysis,
 * answers a request with an error, publishes a diagnostic or an edit off the document, publishes
 * after its edits other diagnostics than a fresh analysis of the same text finds (with the default
 * settings), or does not finish in time (a hang). Cases share one server, started again after a
 * failure. The case's copy of the document is kept with the server's own store
 * (server/src/protocol/documents.ts): the fresh analysis checks the pages reused across edits, not
 * the store.
 *
 *   npm run fuzz -- [--seed N] [--cases N] [--timeout SECONDS]
 *   npm run fuzz -- --seed N --case N           one case again
 *   npm run fuzz -- --replay FILE...            saved cases again
 *
 * Each case has generators of its own, seeded by (seed, case, purpose): case 7,431 is made without
 * the 7,430 before it, and a failing case's document is saved as bytes
 * (test/fixtures/fuzz/SEED-CASE.txt, replayed by `npm test`) with its edits drawn again from its name,
 * so it replays even after the mutations change. A seeded generator rather than fast-check: the
 * documents are cut from files on disk rather than built from arbitraries, and fast-check's
 * shrinking would re-run a hang's timeout hundreds of times over a multi-megabyte document.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const node_crypto_1 = require("node:crypto");
const node_1 = require("vscode-languageserver-protocol/node");
const repo_1 = require("./repo");
const lsp_client_1 = require("./lsp-client");
const inputs_1 = require("../cli/inputs");
const documents_1 = require("../server/src/protocol/documents");
const messages_1 = require("../common/messages");
const core_1 = require("../server/src/core");
exports.SAVED = path.join(repo_1.ROOT, 'test', 'fixtures', 'fuzz');
const MB = 1024 * 1024;
/** Analysis time per MB is measured on documents of this size and more: below it, start-up costs dominate. */
const MEASURED_CHARS = 100 * 1024;
/** sfc32, its state drawn by splitmix32 from a list of keys: small, fast, the same on every platform. */
class Random {
    a;
    b;
    c;
    d;
    constructor(...keys) {
        let state = 0;
        const next = () => {
            state = (state + 0x9e3779b9) | 0;
            let z = Math.imul(state ^ (state >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            return (z ^ (z >>> 16)) >>> 0;
        };
        for (const key of keys)
            state = next() ^ (key >>> 0) ^ Math.floor(key / 2 ** 32);
        [this.a, this.b, this.c, this.d] = [next(), next(), next(), next()];
    }
    float() {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = (((this.c << 21) | (this.c >>> 11)) + t) | 0;
        return (t >>> 0) / 2 ** 32;
    }
    /** 0 to n - 1. */
    int(n) {
        return Math.floor(this.float() * n);
    }
    chance(p) {
        return this.float() < p;
    }
    pick(xs) {
        return xs[this.int(xs.length)];
    }
    /** lo to hi, each power of two as likely: small sizes often, large ones now and then. */
    spread(lo, hi) {
        return Math.min(hi, Math.floor(lo * (Math.max(hi, lo) / lo) ** this.float()));
    }
}
exports.Random = Random;
const TAGS = ('<TABLE> </TABLE> <PAGE> <S> <C> <CAPTION> </CAPTION> <FN> </FN> <DOCUMENT> </DOCUMENT> <TEXT> </TEXT> ' +
    '<SEC-DOCUMENT> </SEC-DOCUMENT> <SEC-HEADER> </SEC-HEADER> <TYPE>EX-27 <PDF> <HTML> <td> <TABLE </ < <<PAGE>> ' +
    '<C><C><C> <!-- --> <R>').split(' ');
const MARKERS = '(1) (2) (a) (b) * ** + /1/ [1] (1)(2) % $ ( ) - .'.split(' ');
const UNICODE = 'é|§|—|–|\u00a0|½|€|中文|😀|\u2028|\u2029|\u0085|１２３|e\u0301|\u200f|\u200b|\ufeff|\ufffd|\u00ad'.split('|');
const CONTROLS = ['\0', '\f', '\v', '\x1a', '\x1b[0m', '\x7f', '\b', '\r', '\t'];
const UU_NAMES = ['chart.jpg', 'logo.gif', 'annual.pdf', 'x', 'exhibit 99.zip'];
/** A `begin 644` opener, with or without the body and `end` that should follow it. */
function uuencoded(r) {
    const line = () => `M${Array.from({ length: 60 }, () => String.fromCharCode(33 + r.int(64))).join('')}\n`;
    const body = r.chance(0.6) ? Array.from({ length: r.spread(1, 2000) }, line).join('') : '';
    return `begin 644 ${r.pick(UU_NAMES)}\n${body}${r.chance(0.5) ? '`\nend\n' : ''}`;
}
/** Where the line holding byte `i` starts. */
const lineStart = (b, i) => b.lastIndexOf(10, i - 1) + 1;
const insert = (b, i, x) => Buffer.concat([b.subarray(0, i), typeof x === 'string' ? Buffer.from(x) : x, b.subarray(i)]);
/** `b` as a string of its bytes, changed by `f`, and back: lossless for any bytes. */
const viaLatin1 = (b, f) => Buffer.from(f(b.toString('latin1')), 'latin1');
exports.MUTATIONS = {
    tag: (b, r) => insert(b, r.chance(0.7) ? lineStart(b, r.int(b.length)) : r.int(b.length + 1), r.pick(TAGS) + (r.chance(0.6) ? '\n' : '')),
    nul: (b, r) => {
        if (r.chance(0.5))
            return insert(b, r.int(b.length + 1), '\0'.repeat(r.spread(1, 4096)));
        const c = Buffer.from(b);
        for (let k = r.spread(1, 200); k > 0 && c.length; k--)
            c[r.int(c.length)] = 0;
        return c;
    },
    bom: (b, r) => {
        const mark = r.pick([
            [0xef, 0xbb, 0xbf],
            [0xef, 0xbb, 0xbf],
            [0xff, 0xfe],
            [0xfe, 0xff],
        ]);
        return insert(b, r.chance(0.8) ? 0 : r.int(b.length + 1), Buffer.from(mark));
    },
    cr: (b, r) => viaLatin1(b, (s) => {
        const kind = r.int(4);
        if (kind === 0)
            return s.replace(/\n/g, '\r\n');
        if (kind === 1)
            return s.replace(/\r?\n/g, '\r');
        if (kind === 2)
            return s.replace(/\n/g, () => (r.chance(0.2) ? '\r' : '\n'));
        const i = r.int(s.length + 1);
        return `${s.slice(0, i)}\r${s.slice(i)}`;
    }),
    uuencode: (b, r) => insert(b, lineStart(b, r.int(b.length)), uuencoded(r)),
    footnote: (b, r) => viaLatin1(b, (s) => {
        const figures = /\d[\d,.]*/g;
        figures.lastIndex = r.int(s.length);
        const m = figures.exec(s);
        if (!m)
            return s;
        const at = r.chance(0.7) ? m.index + m[0].length : m.index;
        return s.slice(0, at) + r.pick(MARKERS) + s.slice(at);
    }),
    flip: (b, r) => {
        const c = Buffer.from(b);
        for (let k = r.spread(1, 64); k > 0 && c.length; k--)
            c[r.int(c.length)] ^= 1 << r.int(8);
        return c;
    },
    hugeLine: (b, r) => {
        if (r.chance(0.4)) {
            // Lines run together: the line breaks of a stretch taken out.
            const from = r.int(b.length);
            const to = Math.min(b.length, from + r.spread(100, 500_000));
            return viaLatin1(b, (s) => s.slice(0, from) + s.slice(from, to).replace(/[\r\n]/g, '') + s.slice(to));
        }
        // A long run of one pattern, or of the document's own first line.
        const first = b
            .subarray(0, 200)
            .toString('latin1')
            .replace(/[\r\n]/g, ' ');
        const pattern = r.pick([...'9 |-|1,234  |x|$|.| |<C>'.split('|'), first || 'y']);
        return insert(b, lineStart(b, r.int(b.length)), `${pattern.repeat(Math.ceil(r.spread(10_000, 2_000_000) / pattern.length))}\n`);
    },
    truncate: (b, r) => (r.chance(0.8) ? b.subarray(0, r.int(b.length + 1)) : b.subarray(r.int(b.length + 1))),
    tabs: (b, r) => viaLatin1(b, (s) => s.replace(/ {2,8}/g, (m) => (r.chance(0.3) ? '\t' : m))),
    nonAscii: (b, r) => insert(b, r.int(b.length + 1), r.chance(0.7) ? r.pick(UNICODE) : Buffer.from([0x80 + r.int(128)])),
    control: (b, r) => insert(b, r.int(b.length + 1), r.pick(CONTROLS)),
    digits: (b, r) => viaLatin1(b, (s) => {
        const digit = /\d/g;
        for (let k = r.spread(1, 30); k > 0; k--) {
            digit.lastIndex = r.int(s.length);
            const at = digit.exec(s)?.index;
            if (at !== undefined)
                s = s.slice(0, at) + r.pick(['0', '7', ',', '.', '', '00', ' ', '(']) + s.slice(at + 1);
        }
        return s;
    }),
    lines: (b, r) => viaLatin1(b, (s) => {
        const ls = s.split('\n');
        const at = r.int(ls.length);
        const n = r.spread(1, 200);
        const block = ls.slice(at, at + n);
        const kind = r.int(3);
        if (kind === 0)
            ls.splice(at, n);
        else if (kind === 1)
            ls.splice(at, 0, ...block);
        else
            ls.splice(r.int(ls.length), 0, ...ls.splice(at, n));
        return ls.join('\n');
    }),
    splice: (b, r, another) => {
        const other = another();
        const from = lineStart(other, r.int(other.length));
        return insert(b, lineStart(b, r.int(b.length)), other.subarray(from, from + r.spread(100, 100_000)));
    },
    page: (b, r) => insert(b, lineStart(b, r.int(b.length)), r.pick(['\f', '<PAGE>\n', `<PAGE>   ${r.int(99)}\n`, '\f\n'])),
};
/** The real filings cases are cut from: the repository's corpus and the shared one beside it, by name. */
function corpusFiles() {
    const shared = fs.existsSync(repo_1.CORPUS)
        ? fs
            .readdirSync(repo_1.CORPUS)
            .sort()
            .map((f) => path.join(repo_1.CORPUS, f))
        : [];
    return [...(0, repo_1.projectFilings)(), ...shared].filter((f) => (0, inputs_1.isFilingName)(path.basename(f)));
}
const filings = new Map();
const read = (file) => {
    let bytes = filings.get(file);
    if (!bytes)
        filings.set(file, (bytes = (0, repo_1.readFiling)(file)));
    return bytes;
};
/** Case `n` of `seed`: a cut of a real filing (now and then the whole of it), mutated. */
function makeCase(seed, n, files) {
    const r = new Random(seed, n, 1);
    const file = r.pick(files);
    const whole = read(file);
    let start = 0;
    let bytes = whole;
    if (!r.chance(0.06)) {
        const length = r.spread(500, Math.min(whole.length, MB));
        start = r.int(Math.max(1, whole.length - length));
        if (r.chance(0.85))
            start = lineStart(whole, start);
        bytes = whole.subarray(start, start + length);
    }
    const made = [`${path.basename(file)} bytes ${start}-${start + bytes.length}`];
    const names = Object.keys(exports.MUTATIONS);
    for (let k = r.chance(0.05) ? 0 : r.spread(1, 10); k > 0; k--) {
        const name = r.pick(names);
        bytes = exports.MUTATIONS[name](bytes, r, () => read(r.pick(files)));
        made.push(name);
    }
    return { seed, n, bytes, made: made.join(', ') };
}
/** A saved case: its document's bytes, and its seed and number from its name (SEED-CASE.txt). */
function savedCase(file) {
    const [, seed, n] = /(\d+)-(\d+)\.txt$/.exec(file) ?? [];
    return { seed: Number(seed ?? 0), n: Number(n ?? 0), bytes: fs.readFileSync(file), made: `saved ${file}` };
}
function savedCases() {
    if (!fs.existsSync(exports.SAVED))
        return [];
    return fs
        .readdirSync(exports.SAVED)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => savedCase(path.join(exports.SAVED, f)));
}
/** Text to type or paste: a digit, spaces, a line break, junk, or lines of the document itself. */
function snippet(r, doc) {
    switch (r.int(8)) {
        case 0:
            return String(r.int(10));
        case 1:
            return ' '.repeat(r.spread(1, 40));
        case 2:
            return r.pick(['\n', '\r\n', '\r', '\n\n']);
        case 3:
            return r.pick(TAGS) + (r.chance(0.5) ? '\n' : '');
        case 4:
            return r.pick(MARKERS);
        case 5:
            return r.pick([...UNICODE, ...CONTROLS]);
        case 6: {
            const at = r.int(doc.lines.length);
            return `${doc.lines.slice(at, at + r.spread(1, 300)).join('\n')}\n`;
        }
        default:
            return uuencoded(r);
    }
}
function position(r, doc, line = r.int(doc.lines.length)) {
    return { line, character: r.int(doc.lines[line].length + 1) };
}
/** An edit as the editor sends it: typed or pasted text, or a deletion, over a range; now and then the whole text. */
function change(r, doc) {
    if (r.chance(0.03)) {
        const text = (0, documents_1.getText)(doc);
        const at = r.int(text.length + 1);
        return { text: text.slice(0, at) + snippet(r, doc) + text.slice(at) };
    }
    const start = position(r, doc);
    let end = start;
    if (r.chance(0.4)) {
        const line = Math.min(doc.lines.length - 1, start.line + (r.chance(0.5) ? 0 : r.spread(1, 300)));
        end = position(r, doc, line);
        if (line === start.line && end.character < start.character)
            end = start;
    }
    return { range: { start, end }, text: end !== start && r.chance(0.4) ? '' : snippet(r, doc) };
}
/** The edits of a fix or a formatting, last first, as the changes an editor sends for them. */
function asChanges(edits) {
    const at = (p) => p.line * 2 ** 26 + p.character;
    return [...edits]
        .sort((x, y) => at(y.range.start) - at(x.range.start))
        .map((e) => ({ range: e.range, text: e.newText }));
}
function inside(doc, range) {
    const ok = (p) => p.line >= 0 && p.line < doc.lines.length && p.character >= 0 && p.character <= doc.lines[p.line].length;
    return ok(range.start) && ok(range.end);
}
/** What `xs` holds beyond `ys`, each counted as often as it occurs. */
function without(xs, ys) {
    const left = new Map();
    for (const y of ys)
        left.set(y, (left.get(y) ?? 0) + 1);
    return xs.filter((x) => {
        const n = left.get(x) ?? 0;
        left.set(x, n - 1);
        return n <= 0;
    });
}
/**
 * The diagnostics of a document after its edits are those of a fresh analysis of its text: the
 * pages the server kept from earlier versions changed nothing.
 */
function sameAsFresh(doc, diagnostics) {
    const key = (code, line, start, end, message) => `${String(code)} ${line}:${start}-${end} ${String(message)}`;
    const fresh = (0, core_1.analyze)((0, documents_1.getText)(doc)).findings.map((f) => key(f.code, f.span.line, f.span.start, f.span.end, f.message));
    const got = diagnostics.map((d) => key(d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.message));
    const missing = without(fresh, got);
    const extra = without(got, fresh);
    if (missing.length || extra.length) {
        throw new Failure(`version ${doc.version} differs from a fresh analysis: missing ${missing.slice(0, 3).join(' | ')}; ` +
            `extra ${extra.slice(0, 3).join(' | ')}`);
    }
}
/** What the server did wrong in a case. */
class Failure extends Error {
}
/** A case that did not finish in its time. */
class Hang extends Error {
}
/**
 * One case through the server: open, edits and requests, the last version's diagnostics, every kind
 * of request on it, a fix applied, close. Throws a Failure for what the server did wrong.
 */
async function session(client, c, timeoutMs, tally) {
    const r = new Random(c.seed, c.n, 2);
    const uri = `file:///fuzz/${c.seed}-${c.n}.txt`;
    const textDocument = { uri };
    const doc = (0, documents_1.openDocument)(uri, 'sec-filing', 1, (0, inputs_1.decode)(c.bytes).text);
    const sizes = new Map([[1, doc.chars]]);
    const requests = [];
    const custom = r.chance(0.1);
    client.configuration = !custom
        ? {}
        : {
            rules: { FL201: r.pick(['off', 'error']), footing: 'warning' },
            hover: { enabled: r.chance(0.5) },
            maxAnalysisMB: r.pick([1, 20]),
            suppress: [{ code: 'FL402' }, { code: 'FL101', table: r.pick(['', 'Total', 'CONSOLIDATED BALANCE SHEETS']) }],
        };
    // A request made while typing may be cancelled, as editors do; whether it was answered first is
    // up to timing, so only those whose answers the case does not go on with are.
    const request = (method, params, cancellable = false) => {
        const cancel = cancellable && r.chance(0.1) ? new node_1.CancellationTokenSource() : undefined;
        const sent = cancel
            ? client.connection.sendRequest(method, params, cancel.token)
            : client.connection.sendRequest(method, params);
        const answer = sent.catch((error) => {
            if (cancel && error.code === -32800)
                return null;
            throw new Failure(`${method} answered an error: ${error.message}`);
        });
        cancel?.cancel();
        // Awaited later, with the others: meanwhile its failure is not an unhandled rejection.
        answer.then(() => tally.requests++, () => undefined);
        return answer;
    };
    /** One request of each kind the server answers, on ranges of the diagnostics or anywhere. */
    const everyRequest = (diagnostics) => {
        const range = () => diagnostics.length && r.chance(0.7)
            ? r.pick(diagnostics).range
            : { start: position(r, doc), end: position(r, doc) };
        const options = { tabSize: 8, insertSpaces: true };
        const at = range().start;
        return {
            hover: ['textDocument/hover', { textDocument, position: at }],
            codeAction: [
                'textDocument/codeAction',
                { textDocument, range: range(), context: { diagnostics, only: r.chance(0.3) ? ['source.fixAll'] : undefined } },
            ],
            symbols: ['textDocument/documentSymbol', { textDocument }],
            folding: ['textDocument/foldingRange', { textDocument }],
            lenses: ['textDocument/codeLens', { textDocument }],
            formatting: ['textDocument/formatting', { textDocument, options }],
            rangeFormatting: ['textDocument/rangeFormatting', { textDocument, range: range(), options }],
            exportTable: [messages_1.EXPORT_TABLE, { uri, line: at.line, format: r.pick(['csv', 'tsv', 'json']) }],
        };
    };
    const edit = async (changes) => {
        (0, documents_1.applyChanges)(doc, changes, doc.version + 1);
        sizes.set(doc.version, doc.chars);
        tally.edits += changes.length;
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: doc.version },
            contentChanges: changes,
        });
    };
    // The diagnostics of the current version's whole analysis (taken once: asked again, the same).
    let last;
    const analysed = async () => {
        if (last?.version === doc.version)
            return last;
        last = await client.analysed(uri, doc.version, timeoutMs);
        tally.diagnostics += last.diagnostics.length;
        for (const d of last.diagnostics) {
            if (!inside(doc, d.range)) {
                throw new Failure(`a diagnostic off the document: ${d.code} ${JSON.stringify(d.range)}`);
            }
        }
        return last;
    };
    await (0, lsp_client_1.open)(client, uri, (0, documents_1.getText)(doc), 1);
    for (let step = r.int(7); step > 0; step--) {
        const what = r.int(10);
        if (what < 6)
            await edit(Array.from({ length: r.chance(0.8) ? 1 : r.spread(2, 5) }, () => change(r, doc)));
        else if (what < 9) {
            // Diagnostics of an earlier version, as an editor sends them with a code action request.
            const [method, params] = r.pick(Object.values(everyRequest(last?.diagnostics ?? [])));
            requests.push(request(method, params, true));
        }
        else if (r.chance(0.3)) {
            await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
        }
        else
            await analysed();
    }
    const { diagnostics } = await analysed();
    if (!custom)
        sameAsFresh(doc, diagnostics);
    await Promise.all(requests);
    const answers = Object.fromEntries(await Promise.all(Object.entries(everyRequest(diagnostics)).map(async ([kind, [method, params]]) => [
        kind,
        await request(method, params),
    ])));
    // A fix taken from the light bulb, or the document formatted: the editor applies its edits.
    const fixes = answers.codeAction;
    const edits = r.chance(0.7)
        ? fixes?.find((a) => a.edit?.changes?.[uri])?.edit?.changes?.[uri]
        : answers.formatting;
    if (edits?.length) {
        for (const e of edits) {
            if (!inside(doc, e.range))
                throw new Failure(`an edit off the document: ${JSON.stringify(e.range)}`);
        }
        await edit(asChanges(edits));
        await analysed();
    }
    let worst = { msPerMB: 0, mb: 0 };
    for (const s of client.statuses) {
        if (s.uri !== uri)
            continue;
        if (s.failed)
            throw new Failure(`the analysis of version ${s.version} failed`);
        const chars = sizes.get(s.version) ?? 0;
        if (s.through === undefined && !s.skipped && chars >= MEASURED_CHARS && s.ms / (chars / MB) > worst.msPerMB) {
            worst = { msPerMB: s.ms / (chars / MB), mb: chars / MB };
        }
    }
    // Publications of versions edited over before anyone asked for them are dropped, then closing
    // the document clears its diagnostics.
    client.forget(uri);
    await client.connection.sendNotification('textDocument/didClose', { textDocument });
    if ((await client.diagnostics(uri, undefined, timeoutMs)).diagnostics.length) {
        throw new Failure('closing the document left its diagnostics');
    }
    client.forget(uri);
    return worst;
}
/**
 * Runs the cases through one server, started again after each failure. A failing case is reported
 * (and, with `save`, written to SAVED with the command that replays it).
 */
async function runCases(cases, options) {
    const figures = {
        cases: 0,
        crashes: 0,
        hangs: 0,
        answered: 0,
        worst: { msPerMB: 0, mb: 0, name: '' },
        edits: 0,
        requests: 0,
        diagnostics: 0,
        failures: [],
        seconds: 0,
    };
    const started = performance.now();
    let client;
    for (const c of cases) {
        client ??= await (0, lsp_client_1.startServer)({ execArgv: options.execArgv });
        const outcome = await guardedSession(client, c, options.timeoutMs, figures);
        figures.cases++;
        if (outcome.failure) {
            if (outcome.failure.kind === 'crash')
                figures.crashes++;
            else
                figures.hangs++;
            report(c, outcome.failure, options);
            figures.failures.push(`${c.seed}-${c.n} ${outcome.failure.kind}: ${outcome.failure.reason}`);
            client.process.kill('SIGKILL');
            client.connection.dispose();
            client = undefined;
        }
        else
            figures.answered++;
        if (outcome.msPerMB > figures.worst.msPerMB) {
            figures.worst = { msPerMB: outcome.msPerMB, mb: outcome.mb, name: `${c.seed}-${c.n}` };
        }
        if (figures.cases % 1000 === 0)
            options.log(line(figures, started));
    }
    await client?.close();
    figures.seconds = (performance.now() - started) / 1000;
    return figures;
}
/** A session raced against the server's exit and the case's time; what went wrong becomes its failure. */
async function guardedSession(server, c, timeoutMs, tally) {
    const logged = server.errorsLogged.length;
    let onExit;
    const exited = new Promise((_, reject) => {
        onExit = () => reject(new Failure(`the server exited: ${server.stderr().slice(-2000)}`));
        server.process.once('exit', onExit);
    });
    let timer;
    const hang = new Promise((_, reject) => (timer = setTimeout(() => reject(new Hang()), timeoutMs)));
    const run = session(server, c, timeoutMs, tally);
    try {
        const outcome = await Promise.race([run, exited, hang]);
        if (server.errorsLogged.length > logged) {
            throw new Failure(`the server logged: ${server.errorsLogged[logged].slice(0, 2000)}`);
        }
        return outcome;
    }
    catch (error) {
        if (error instanceof Hang) {
            return { msPerMB: 0, mb: 0, failure: { kind: 'hang', reason: `no answer within ${timeoutMs / 1000} s` } };
        }
        // A request cut off by the server's exit says less than the exit.
        const gone = server.process.exitCode !== null || server.process.signalCode !== null;
        const reason = gone ? `the server exited: ${server.stderr().slice(-2000)}` : error.message;
        if (!(error instanceof Failure) && !gone)
            throw error;
        return { msPerMB: 0, mb: 0, failure: { kind: 'crash', reason } };
    }
    finally {
        clearTimeout(timer);
        run.catch(() => undefined);
        exited.catch(() => undefined);
        if (onExit)
            server.process.off('exit', onExit);
    }
}
function line(f, started) {
    return `${f.cases} cases, ${f.crashes} crashes, ${f.hangs} hangs, ${((performance.now() - started) / 1000).toFixed(0)} s`;
}
function report(c, failure, options) {
    options.log(`case ${c.seed}-${c.n} ${failure.kind}: ${failure.reason}`);
    options.log(`  document: ${c.made} (${c.bytes.length} bytes)`);
    if (!options.save)
        return;
    fs.mkdirSync(exports.SAVED, { recursive: true });
    const file = path.join(exports.SAVED, `${c.seed}-${c.n}.txt`);
    fs.writeFileSync(file, c.bytes);
    options.log(`  saved: ${path.relative(repo_1.ROOT, file)}; replay: npm run fuzz -- --replay ${path.relative(repo_1.ROOT, file)}`);
}
function* generated(seed, from, count, files) {
    for (let n = from; n < from + count; n++)
        yield makeCase(seed, n, files);
}
async function main(argv) {
    const value = (name) => {
        const i = argv.indexOf(name);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const seed = Number(value('--seed') ?? (0, node_crypto_1.randomInt)(2 ** 31));
    const count = Number(value('--cases') ?? 10_000);
    const one = value('--case');
    const timeoutMs = Number(value('--timeout') ?? 60) * 1000;
    const replay = argv.includes('--replay') ? argv.slice(argv.indexOf('--replay') + 1) : undefined;
    if (![seed, count, Number(one ?? 0), timeoutMs].every((n) => Number.isInteger(n) && n >= 0)) {
        console.error('usage: npm run fuzz -- [--seed N] [--cases N | --case N] [--timeout SECONDS] | --replay FILE...');
        return 2;
    }
    const files = corpusFiles();
    let cases;
    if (replay) {
        cases = replay.map(savedCase);
        console.log(`fuzz: replaying ${replay.length} saved case${replay.length === 1 ? '' : 's'}`);
    }
    else {
        cases = one === undefined ? generated(seed, 0, count, files) : generated(seed, Number(one), 1, files);
        console.log(`fuzz: seed ${seed}, ${one === undefined ? `${count} cases` : `case ${one}`}, cut from ${files.length} filings`);
    }
    const f = await runCases(cases, { timeoutMs, save: !replay, log: (l) => console.log(l) });
    console.log(`fuzz: ${f.cases} cases in ${f.seconds.toFixed(0)} s (${((f.seconds * 1000) / Math.max(1, f.cases)).toFixed(0)} ms a case): ` +
        `${f.crashes} crashes, ${f.hangs} hangs, ${f.answered} of ${f.cases} documents answered`);
    console.log(`fuzz: ${f.edits} edits sent, ${f.requests} requests answered, ${f.diagnostics} diagnostics received`);
    console.log(f.worst.name
        ? `fuzz: worst analysis time ${f.worst.msPerMB.toFixed(0)} ms per MB, case ${f.worst.name} (${f.worst.mb.toFixed(2)} MB)`
        : `fuzz: no document of ${MEASURED_CHARS / 1024} KB or more to time`);
    return f.crashes + f.hangs > 0 ? 1 : 0;
}
if (require.main === module) {
    main(process.argv.slice(2)).then((status) => (process.exitCode = status), (error) => {
        console.error(error);
        process.exitCode = 2;
    });
}
//# sourceMappingURL=fuzz.js.map