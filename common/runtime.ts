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
 *
 * The first analysis of a large filing in a fresh server, the one an editor waits for on opening it,
 * is slower than the later ones: it runs before the young generation has grown, and while the JIT is
 * still compiling the parser. Two flags shorten it.
 * - `--semi-space-growth-factor=8`: the young generation starts at 1 MB and doubled at each collection
 *   that found it too small, so the first analysis of the 10 MB filing met four collections, each
 *   copying the model built so far (21 to 55 ms, about 125 ms in all). Growing eightfold, it reaches
 *   its 64 MB in two steps. A server with small documents open grows it no more than before.
 * - `--max-inlined-bytecode-size-cumulative=150` (V8's default is 920): TurboFan inlines less into each
 *   function it optimises, and so compiles the parser's functions sooner. With the default, compiling
 *   `parseNumberIn` took 106 and then 191 ms on the compiler's thread, `inferShare` 191 and
 *   `buildTable` 170 and 120, and the analysis ran them unoptimised meanwhile.
 * First analyses of the 10 MB filing in fresh processes, six each: 549 to 644 ms with both flags, 715
 * to 860 with the growth factor alone, 783 to 893 with neither. The cost is in warm analyses: 6.67 to
 * 6.87 split floors against 6.33 to 6.54 without the inlining limit (three interleaved runs of
 * fifteen), within the target of 8.
 */
export const SERVER_EXEC_ARGV: readonly string[] = [
  '--max-semi-space-size=64',
  '--minor-gc-task-trigger=40',
  '--no-allocation-site-pretenuring',
  '--semi-space-growth-factor=8',
  '--max-inlined-bytecode-size-cumulative=150',
];
