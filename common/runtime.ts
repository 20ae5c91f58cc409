/**
 * V8 flags the language server runs with (the client starts it with them; the protocol tests and the
 * bench start it the same way).
 *
 * Analysing a large filing builds a model of several MB (tables, rows, cells, parsed numbers) beside
 * the document's lines, and it outlives the young generation's collections: with V8's default 16 MB
 * semi-spaces, every such object is copied once or twice before it is promoted, which took about a
 * quarter of a full analysis of a 10 MB filing. Semi-spaces of up to 64 MB mean fewer collections and
 * fewer copies (about 15% off a warm full analysis). The young generation grows only when allocation
 * asks for it, so a server with small documents open keeps a small heap.
 *
 * A full analysis of the 10 MB filing allocates about 52 MB, so one analysis in most met a collection
 * of the young generation, with the half-built model in it to copy: 40 to 80 ms of a 240 to 290 ms
 * analysis. V8 also collects it between tasks, when the event loop is idle, but by default only once
 * it is 80% full. From 40%, the collection after an analysis (publishing done, the editor's next
 * keystroke not yet in) leaves the next one room for all it allocates: warm analyses of that filing
 * took 143 to 242 ms (median 168) instead of 241 to 292 (median 257), and the collections, now between
 * analyses, 10 to 25 ms.
 *
 * With those collections, V8's pretenuring works against the analysis: it had seen the model's
 * objects outlive collections inside earlier analyses, and allocated them in the old generation
 * directly, 6 to 7 MB per analysis, which became old garbage once the next version's model replaced
 * them, and the marking that collects it ran during later analyses. Allocated young, they die young,
 * in the collection between analyses. Warm full analyses over split floors, interleaved runs of
 * fifteen pairs: 6.05 to 6.72 without pretenuring, 6.77 to 7.02 with it.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=64', '--minor-gc-task-trigger=40', '--no-allocation-site-pretenuring'];
