import * as os from 'node:os';

/**
 * Threads for V8's background work (optimising compiles, parallel and concurrent collection):
 * one core fewer than the machine has, so that they never take the core the server's own thread
 * analyses on, and at most Node's default of four.
 *
 * When a large filing opens, the server runs its analysis code for the first time, and V8 compiles
 * the hot functions in the background meanwhile. With Node's four threads on two cores those
 * compiles took the main thread's core in turns: the first analysis of a 10 MB filing took about
 * 850 ms over LSP here, and 620 ms with one thread (medians of five fresh servers, alternating),
 * while a warm analysis took as long either way.
 */
export function backgroundThreads(cores: number): number {
  return Math.max(1, Math.min(4, cores - 1));
}

const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

/**
 * Node and V8 flags the language server runs with (the client starts it with them; the protocol
 * tests and the bench start it the same way).
 *
 * Analysing a large filing builds a model of several MB (tables, rows, cells, parsed numbers) beside
 * the document's lines, and it outlives the young generation's collections: with V8's default 16 MB
 * semi-spaces, every such object is copied once or twice before it is promoted, which took about a
 * quarter of a full analysis of a 10 MB filing. Semi-spaces of up to 64 MB mean fewer collections and
 * fewer copies (about 15% off a warm full analysis). The young generation grows only when allocation
 * asks for it, so a server with small documents open keeps a small heap.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=64', `--v8-pool-size=${backgroundThreads(cores)}`];
