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
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=64'];
