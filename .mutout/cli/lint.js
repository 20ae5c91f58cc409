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
exports.chunkBytes = chunkBytes;
exports.lintOne = lintOne;
exports.failed = failed;
exports.sizeOf = sizeOf;
exports.writeAtomically = writeAtomically;
/**
 * Linting one input, the unit of work a worker thread does: read, analyze, optionally fix and
 * write back safely (a temporary file renamed over the original, never a half-written filing).
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const node_string_decoder_1 = require("node:string_decoder");
const zlib = __importStar(require("node:zlib"));
const core_1 = require("../server/src/core");
const inputs_1 = require("./inputs");
const readSidecar_1 = require("../common/readSidecar");
/** At most this many rounds of fixes on one file (fixes that met on a line wait for the next round). */
const FIX_PASSES = 10;
/** Files larger than this are read and analysed in chunks cut at `<PAGE>` markers. */
function chunkBytes() {
    const mb = Number(process.env.FILING_LINT_CHUNK_MB);
    return (Number.isFinite(mb) && mb > 0 ? mb : 64) * 1024 * 1024;
}
/**
 * One input's result. Whatever goes wrong with one filing (it cannot be read, its fixes cannot be
 * written, a check throws) is that filing's error: the rest of a batch is still linted.
 */
function lintOne(request) {
    try {
        return lintInput(request);
    }
    catch (error) {
        return failed(request.input.name, `cannot lint ${request.input.name}: ${reasonOf(error)}`);
    }
}
/** The result of a filing that could not be linted. */
function failed(name, error) {
    return { name, bytes: 0, findings: [], failures: [], error };
}
/** A file's size in bytes; undefined when it cannot be read. */
function sizeOf(file) {
    try {
        return fs.statSync(file).size;
    }
    catch {
        return undefined;
    }
}
/**
 * A gzip-compressed filing's bytes. Held whole, as a plain file under the chunk size is: one that
 * decompresses to more is refused with what to do, not read in chunks.
 */
function decompressed(file) {
    const limit = chunkBytes();
    try {
        return zlib.gunzipSync(fs.readFileSync(file), { maxOutputLength: limit });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_BUFFER_TOO_LARGE') {
            throw new Error(`it decompresses to more than ${Math.round(limit / 2 ** 20)} MB: decompress it to lint it in parts`, {
                cause: error,
            });
        }
        if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
            throw new Error('it is not gzip data, or it is cut short', { cause: error });
        }
        throw error;
    }
}
function reasonOf(error) {
    return error?.code ?? error?.message ?? String(error);
}
function lintInput(request) {
    const { input } = request;
    // An unreadable file is reported below, when it is read.
    const size = input.path && !request.fix ? sizeOf(input.path) : undefined;
    const compressed = input.path !== undefined && (0, inputs_1.isCompressed)(input.path);
    if (size !== undefined && size > chunkBytes() && !compressed)
        return lintInChunks(request, size);
    let text;
    let bytes;
    let encoding = 'utf8';
    try {
        if (input.text !== undefined) {
            text = input.text;
            bytes = Buffer.byteLength(text);
        }
        else {
            const raw = compressed ? decompressed(input.path) : fs.readFileSync(input.path);
            bytes = raw.length;
            ({ text, encoding } = (0, inputs_1.decode)(raw));
        }
    }
    catch (error) {
        return failed(input.name, `cannot read ${input.name}: ${reasonOf(error)}`);
    }
    // Findings silenced from the editor (`NAME.filinglint.json` beside the filing) are silenced here
    // too, and never fixed.
    const silenced = input.path ? (0, readSidecar_1.readSidecar)(input.path) : [];
    const lint = (t) => unsilenced((0, core_1.analyze)(t, { severities: request.rules }), silenced);
    let analysis = lint(text);
    let fixed;
    if (request.fix && input.path) {
        // Fixes that meet on one line (two moves on a line with tabs) are not applied over one another:
        // the first is, and the text is analysed again for the rest, up to FIX_PASSES times. The file
        // is written once, at the end.
        const before = analysis;
        let newText = text;
        fixed = 0;
        for (let pass = 0; pass < FIX_PASSES; pass++) {
            const { fixes, edits } = (0, core_1.compatibleFixes)(analysis.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
            if (fixes.length === 0)
                break;
            newText = (0, core_1.applyEdits)(newText, edits);
            fixed += fixes.length;
            analysis = lint(newText);
        }
        if (fixed === 0)
            fixed = undefined;
        else {
            try {
                const out = (0, inputs_1.encode)(newText, encoding);
                writeAtomically(input.path, compressed ? zlib.gzipSync(out) : out);
            }
            catch (error) {
                return {
                    ...failed(input.name, `cannot write the fixes to ${input.name}, left as it was: ${reasonOf(error)}`),
                    bytes,
                    findings: before.findings,
                };
            }
        }
    }
    return {
        name: input.name,
        bytes,
        findings: analysis.findings,
        tables: request.tables ? analysis.model.tables.map((t) => (0, core_1.tableToJson)(t, analysis.model)) : undefined,
        summaries: request.summary ? summaries(analysis.model) : undefined,
        fixed,
        failures: analysis.failures.map((f) => `${f.code}: ${String(f.error)}`),
    };
}
function unsilenced(analysis, silenced) {
    return silenced.length === 0
        ? analysis
        : { ...analysis, findings: (0, core_1.applySuppressions)(analysis.model, analysis.findings, silenced) };
}
function summaries(model) {
    return model.tables.map((t) => (0, core_1.formatSummary)((0, core_1.summarizeTable)(t)));
}
/** Writes beside the target and renames over it: readers see the old file or the new one, whole. */
function writeAtomically(file, bytes) {
    // The name's first 64 characters at most (192 bytes): with the suffix, a filing whose own name is
    // near the 255-byte limit must not give a temporary name over it.
    const tmp = path.join(path.dirname(file), `.${path.basename(file).slice(0, 64)}.${process.pid}.${Date.now()}.tmp`);
    const fd = fs.openSync(tmp, 'wx', fs.statSync(file).mode);
    try {
        fs.writeSync(fd, bytes);
        fs.fsyncSync(fd);
    }
    finally {
        fs.closeSync(fd);
    }
    try {
        fs.renameSync(tmp, file);
    }
    catch (error) {
        fs.rmSync(tmp, { force: true });
        throw error;
    }
}
/**
 * A file too large to hold as one string (VS Code will not even open files over 50 MB): read in
 * blocks, cut into chunks at `<PAGE>` markers (tables never span one), each chunk analysed on its
 * own. Checks across tables compare tables within a chunk.
 */
function lintInChunks(request, size) {
    const file = request.input.path;
    const fd = fs.openSync(file, 'r');
    const block = Buffer.alloc(8 * 1024 * 1024);
    const first = fs.readSync(fd, block, 0, block.length, 0);
    // The first block decides the encoding (its last bytes may cut a UTF-8 sequence in two). Blocks
    // start at even offsets past a UTF-16 mark, so big-endian code units are swapped block by block.
    const encoding = (0, inputs_1.encodingOf)(block.subarray(0, first), first === block.length);
    const decoder = new node_string_decoder_1.StringDecoder((0, inputs_1.isUtf16)(encoding) ? 'utf16le' : encoding);
    const textOf = (bytes) => encoding === 'utf16be' ? (0, inputs_1.utf16Text)(bytes, encoding) : decoder.write(bytes);
    const silenced = (0, readSidecar_1.readSidecar)(file);
    const findings = [];
    const tables = [];
    const summaryLines = [];
    const failures = [];
    let lines = [];
    let chunkChars = 0;
    let offset = 0;
    let carry = '';
    const flush = () => {
        if (lines.length === 0)
            return;
        const analysis = unsilenced((0, core_1.analyzeLines)(lines, { severities: request.rules }), silenced);
        for (const f of analysis.findings)
            findings.push((0, core_1.movedBy)(f, offset));
        for (const f of analysis.failures)
            failures.push(`${f.code}: ${String(f.error)}`);
        if (request.tables) {
            for (const t of analysis.model.tables) {
                tables.push({ ...(0, core_1.tableToJson)(t), lines: [t.startLine + 1 + offset, t.endLine + 1 + offset] });
            }
        }
        if (request.summary)
            for (const s of summaries(analysis.model))
                summaryLines.push(s);
        offset += lines.length;
        lines = [];
        chunkChars = 0;
    };
    const limit = chunkBytes() / 2;
    const result = () => ({
        name: request.input.name,
        bytes: size,
        findings,
        tables: request.tables ? tables : undefined,
        summaries: request.summary ? summaryLines : undefined,
        failures,
    });
    const start = (0, inputs_1.isUtf16)(encoding) ? 2 : 0;
    let position = start;
    try {
        for (;;) {
            const n = position === start ? first - start : fs.readSync(fd, block, 0, block.length, position);
            if (n <= 0)
                break;
            let text = carry + textOf(position === start ? block.subarray(start, first) : block.subarray(0, n));
            position += n;
            // A block can end inside a line, or between the \r and \n of one line end: keep the tail.
            const cr = text.endsWith('\r');
            if (cr)
                text = text.slice(0, -1);
            const parts = text.split(/\r\n|\r|\n/);
            carry = (parts.pop() ?? '') + (cr ? '\r' : '');
            for (const line of parts) {
                if (chunkChars >= limit && core_1.PAGE_RE.test(line))
                    flush();
                lines.push(line);
                chunkChars += line.length + 1;
            }
            if (carry.length > limit) {
                // No line break in half a chunk: binary data, not a filing's text. Holding on would grow
                // the line towards the longest string V8 can make (and gigabytes of memory) before failing.
                const line = offset + lines.length + 1;
                flush();
                return {
                    ...result(),
                    error: `${request.input.name}: line ${line} is over ${limit.toLocaleString('en-US')} characters long, not a filing's text; the rest of the file was not linted`,
                };
            }
        }
        const tail = carry + decoder.end();
        for (const line of tail.split(/\r\n|\r|\n/))
            lines.push(line);
        flush();
    }
    finally {
        fs.closeSync(fd);
    }
    return result();
}
//# sourceMappingURL=lint.js.map