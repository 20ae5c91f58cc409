"use strict";
/**
 * The sidecar file: `NAME.filinglint.json` beside a filing, holding the findings silenced there. A
 * filing cannot carry comments, so suppressions live outside it: in this file or in the workspace
 * setting `filingLint.suppress`. Each is keyed by code and, optionally, table title, so it survives
 * edits elsewhere in the file. The editor's "silence" action writes the file (the client); the
 * language server and the command line read it (readSidecar.ts), and the core's
 * `applySuppressions` leaves out what it names.
 *
 * Plain functions of strings, with no imports, so that any side (client, server, command line, a
 * browser worker) can use them.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.sidecarPath = sidecarPath;
exports.parseSidecar = parseSidecar;
exports.addToSidecar = addToSidecar;
const SIDECAR_SUFFIX = '.filinglint.json';
/** The longest file name most file systems take, in bytes of UTF-8. */
const MAX_NAME_BYTES = 255;
/**
 * `NAME.filinglint.json` beside the filing. A name within 16 bytes of the 255-byte limit cannot take
 * the suffix: it is cut to fit, and a hash of the whole name keeps two long names that share their
 * start apart (`NAME-START~1a2b3c4d.filinglint.json`).
 */
function sidecarPath(filingPath) {
    const cut = Math.max(filingPath.lastIndexOf('/'), filingPath.lastIndexOf('\\')) + 1;
    const dir = filingPath.slice(0, cut);
    const name = filingPath.slice(cut);
    if (utf8Bytes(name) + SIDECAR_SUFFIX.length <= MAX_NAME_BYTES)
        return `${filingPath}${SIDECAR_SUFFIX}`;
    const tag = `~${fnv1a(name).toString(16).padStart(8, '0')}`;
    let keep = name;
    while (utf8Bytes(keep) + tag.length + SIDECAR_SUFFIX.length > MAX_NAME_BYTES)
        keep = keep.slice(0, -1);
    // Never end on half of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(keep))
        keep = keep.slice(0, -1);
    return `${dir}${keep}${tag}${SIDECAR_SUFFIX}`;
}
function utf8Bytes(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c <= 0xdbff) {
            n += 4;
            i++;
        }
        else
            n += 3;
    }
    return n;
}
/** 32-bit FNV-1a over UTF-16 code units: a short, stable tag for a name. */
function fnv1a(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h;
}
/** The suppressions a sidecar file's text holds; none when it is not JSON of that shape. */
function parseSidecar(text) {
    try {
        const data = JSON.parse(text);
        return (Array.isArray(data.suppress) ? data.suppress : []).filter((s) => !!s && typeof s.code === 'string' && (s.table === undefined || typeof s.table === 'string'));
    }
    catch {
        return [];
    }
}
/** The sidecar text with one more suppression (no duplicates), for the client to write. */
function addToSidecar(existing, add) {
    const list = existing ? parseSidecar(existing) : [];
    if (!list.some((s) => s.code === add.code && s.table === add.table))
        list.push(add);
    return `${JSON.stringify({ suppress: list }, null, 2)}\n`;
}
//# sourceMappingURL=sidecar.js.map