/** Names of the custom messages and commands that client and server share. */

/** Request: the table at a line as CSV, TSV or JSON. Params { uri, line, format }. */
export const EXPORT_TABLE = 'filingLint/exportTable';

/** Client command that records a suppression (sidecar file or workspace setting). */
export const SUPPRESS_COMMAND = 'filingLint.suppress';

export interface SuppressArgs {
  uri: string;
  code: string;
  /** Table title; absent to silence the code for the whole file or workspace. */
  table?: string;
  scope: 'table' | 'file' | 'workspace';
}

/** Notification from the client: a sidecar file or the suppress setting changed; lint again. */
export const SUPPRESSIONS_CHANGED = 'filingLint/suppressionsChanged';

/**
 * Request from the server to the client: the findings silenced in the sidecar file beside a
 * document, read through the editor's file system (a web worker has none of its own). Params
 * { uri }; the result is the file's suppressions, none when there is no file.
 */
export const READ_SIDECAR = 'filingLint/readSidecar';

/** Where the language server runs; its initialize result says so as `runtime`. */
export type ServerRuntime = 'node' | 'web worker';

/** Request: the server's heap in use (after a collection when run with --expose-gc), for benchmarks;
 * null where the runtime cannot tell. */
export const HEAP = 'filingLint/heap';

/** Notification from the server after each analysis: the figures the language status item shows. */
export const STATUS = 'filingLint/status';

export interface StatusParams {
  uri: string;
  version: number;
  tables: number;
  findings: number;
  errors: number;
  ms: number;
  skipped: boolean;
  /**
   * Set for a first look at a large document: the figures are those of lines [0, through), and the
   * whole analysis is under way (its status follows, without `through`).
   */
  through?: number;
  /**
   * Set when the analysis of this version failed (the server's output says why): the figures are
   * those of what was published before it, a first look's or none.
   */
  failed?: boolean;
}
