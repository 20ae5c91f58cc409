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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.FILING_EXTENSIONS = void 0;
exports.isFilingName = isFilingName;
exports.isCompressed = isCompressed;
exports.expandArgs = expandArgs;
exports.linesOf = linesOf;
exports.parseStdinLine = parseStdinLine;
exports.decode = decode;
exports.isUtf16 = isUtf16;
exports.encodingOf = encodingOf;
exports.encode = encode;
exports.utf16Mark = utf16Mark;
exports.utf16Text = utf16Text;
/**
 * What to lint: files, directories (every filing under them), globs, and `-` for a list read from
 * standard input (one path per line, or NDJSON records `{"path": ...}` / `{"id": ..., "text": ...}`).
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const node_buffer_1 = require("node:buffer");
const node_string_decoder_1 = require("node:string_decoder");
const fast_glob_1 = __importDefault(require("fast-glob"));
/**
 * File names a directory walk picks up: text submissions, SGML `.nc` files and HTML documents, each
 * also gzip-compressed (`.txt.gz`: how filings are often kept in bulk).
 */
exports.FILING_EXTENSIONS = ['txt', 'nc', 'sgml', 'edgar', 'filing', 'htm', 'html'];
const FILING = new RegExp(`\\.(?:${exports.FILING_EXTENSIONS.join('|')})(?:\\.gz)?$`, 'i');
/** Whether a directory walk picks up a file of this name. */
function isFilingName(name) {
    return FILING.test(name);
}
/** Whether a path names a gzip-compressed filing: read decompressed, and written back compressed. */
function isCompressed(file) {
    return /\.gz$/i.test(file);
}
const GLOB = /[*?[\]{}]/;
/**
 * The inputs the arguments name, the arguments that name nothing (`missing`), and the directories
 * with no filing under them (`empty`: a batch pointed at the wrong folder must not pass as clean).
 */
function expandArgs(args) {
    const inputs = [];
    const missing = [];
    const empty = [];
    let readStdin = false;
    for (const arg of args) {
        if (arg === '-') {
            readStdin = true;
            continue;
        }
        if (GLOB.test(arg) && !fs.existsSync(arg)) {
            const found = fast_glob_1.default.sync(arg.replace(/\\/g, '/'), { onlyFiles: true, dot: false }).sort();
            if (found.length === 0)
                missing.push(arg);
            for (const f of found)
                inputs.push({ name: f, path: f });
            continue;
        }
        let stat;
        try {
            stat = fs.statSync(arg);
        }
        catch {
            missing.push(arg);
            continue;
        }
        if (stat.isDirectory()) {
            const found = walk(arg, []);
            if (found.length === 0)
                empty.push(arg);
            for (const f of found)
                inputs.push({ name: f, path: f });
        }
        else
            inputs.push({ name: arg, path: arg });
    }
    return { inputs, missing, empty, readStdin };
}
/** The filings under `dir`, in name order, appended to `out` (a directory may hold more than a spread can pass). */
function walk(dir, out) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== 'node_modules' && !entry.name.startsWith('.'))
                walk(p, out);
        }
        else if ((entry.isFile() || entry.isSymbolicLink()) && isFilingName(entry.name))
            out.push(p);
    }
    return out;
}
/**
 * The lines of a stream (LF or CRLF), read only as they are asked for: the stream is read a chunk at
 * a time as the consumer pulls, so a producer on a pipe waits while the linting catches up rather
 * than filling this process's memory (readline's iterator reads ahead without limit). A newline is
 * looked for in each new chunk only, so a line of many chunks (a 100 MB record) costs its length.
 */
async function* linesOf(stream) {
    const decoder = new node_string_decoder_1.StringDecoder('utf8');
    let pieces = [];
    const line = (last) => {
        pieces.push(last);
        const whole = pieces.length === 1 ? pieces[0] : pieces.join('');
        pieces = [];
        return whole.endsWith('\r') ? whole.slice(0, -1) : whole;
    };
    for await (const chunk of stream) {
        const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
        let start = 0;
        for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            yield line(text.slice(start, nl));
            start = nl + 1;
        }
        if (start < text.length)
            pieces.push(text.slice(start));
    }
    const rest = decoder.end();
    if (rest)
        pieces.push(rest);
    if (pieces.length > 0)
        yield line('');
}
/** Inputs from standard input lines: a path, or an NDJSON record with a path or an id and text. */
/** A record's `id` as its name (a string or a number, as written), else `fallback`. */
function recordName(id, fallback) {
    return typeof id === 'string' || typeof id === 'number' ? String(id) : fallback;
}
function parseStdinLine(line, index) {
    const trimmed = line.trim();
    if (!trimmed)
        return null;
    if (trimmed.startsWith('{')) {
        let record;
        try {
            record = JSON.parse(trimmed);
        }
        catch (error) {
            throw new Error(`stdin line ${index + 1}: not a path or a JSON record: ${error.message}`, {
                cause: error,
            });
        }
        if (typeof record.text === 'string') {
            return { name: recordName(record.id, `stdin:${index + 1}`), text: record.text };
        }
        if (typeof record.path === 'string')
            return { name: recordName(record.id, record.path), path: record.path };
        throw new Error(`stdin line ${index + 1}: a record needs "path" or "text"`);
    }
    return { name: trimmed, path: trimmed };
}
/**
 * Filings are ASCII or Latin-1 far more often than UTF-8: Latin-1 unless the bytes are valid UTF-8.
 * A UTF-16 byte-order mark (a filing saved as "Unicode" by a Windows editor) says UTF-16, as it does
 * to VS Code; the mark is not part of the text. (A UTF-8 one is: EDGAR does not accept it.)
 */
function decode(bytes) {
    const encoding = encodingOf(bytes);
    return { text: isUtf16(encoding) ? utf16Text(bytes.subarray(2), encoding) : bytes.toString(encoding), encoding };
}
/** Whether an encoding is UTF-16 (its text follows a byte-order mark). */
function isUtf16(encoding) {
    return encoding === 'utf16le' || encoding === 'utf16be';
}
/**
 * The encoding of a filing's bytes (the rule above), told from all of them or, with `more`, from a
 * first block that more bytes follow: its last three bytes may cut a UTF-8 sequence short.
 */
function encodingOf(bytes, more = false) {
    const utf16 = utf16Mark(bytes);
    if (utf16)
        return utf16;
    return (0, node_buffer_1.isUtf8)(more ? bytes.subarray(0, Math.max(0, bytes.length - 3)) : bytes) ? 'utf8' : 'latin1';
}
/** The bytes of `text` in `encoding`, a UTF-16 one with its byte-order mark. */
function encode(text, encoding) {
    if (!isUtf16(encoding))
        return Buffer.from(text, encoding);
    const units = Buffer.from(text, 'utf16le');
    if (encoding === 'utf16be')
        units.swap16();
    return Buffer.concat([Buffer.from(encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]), units]);
}
/** The UTF-16 byte order that `bytes` start with a mark of, if any. */
function utf16Mark(bytes) {
    if (bytes.length < 2)
        return undefined;
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'utf16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf16be';
    return undefined;
}
/** UTF-16 code units as text; big-endian ones are swapped on a copy (an odd last byte is dropped). */
function utf16Text(units, order) {
    if (order === 'utf16le')
        return units.toString('utf16le');
    const swapped = Buffer.from(units.subarray(0, units.length & ~1));
    return swapped.swap16().toString('utf16le');
}
//# sourceMappingURL=inputs.js.map