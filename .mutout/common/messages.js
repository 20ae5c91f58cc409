"use strict";
/** Names of the custom messages and commands that client and server share. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATUS = exports.HEAP = exports.READ_SIDECAR = exports.SUPPRESSIONS_CHANGED = exports.SUPPRESS_COMMAND = exports.EXPORT_TABLE = void 0;
/** Request: the table at a line as CSV, TSV or JSON. Params { uri, line, format }. */
exports.EXPORT_TABLE = 'filingLint/exportTable';
/** Client command that records a suppression (sidecar file or workspace setting). */
exports.SUPPRESS_COMMAND = 'filingLint.suppress';
/** Notification from the client: a sidecar file or the suppress setting changed; lint again. */
exports.SUPPRESSIONS_CHANGED = 'filingLint/suppressionsChanged';
/**
 * Request from the server to the client: the findings silenced in the sidecar file beside a
 * document, read through the editor's file system (a web worker has none of its own). Params
 * { uri }; the result is the file's suppressions, none when there is no file.
 */
exports.READ_SIDECAR = 'filingLint/readSidecar';
/** Request: the server's heap in use (after a collection when run with --expose-gc), for benchmarks;
 * null where the runtime cannot tell. */
exports.HEAP = 'filingLint/heap';
/** Notification from the server after each analysis: the figures the language status item shows. */
exports.STATUS = 'filingLint/status';
//# sourceMappingURL=messages.js.map