"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SERVER_EXEC_ARGV = void 0;
/**
 * V8 flags the language server runs with (the client starts it with them; the protocol tests and the
 * bench start it the same way). The model of a large filing outlives the young generation's
 * collections; these keep the collections between analyses rather than inside them, and shorten the
 * first analysis, the one an editor waits for on opening a filing.
 * Engine note: see docs/performance.md#server-flags (what each flag does, and what was measured)
 */
exports.SERVER_EXEC_ARGV = [
    // Semi-spaces of up to 64 MB: fewer collections, and fewer copies of the model before promotion.
    '--max-semi-space-size=64',
    // The young generation is collected when idle from 40% full (80% by default): between analyses.
    '--minor-gc-task-trigger=40',
    // The model is allocated young, so that a replaced model dies in those collections, not as old garbage.
    '--no-allocation-site-pretenuring',
    // First analysis: the young generation reaches its size in two collections rather than four,
    '--semi-space-growth-factor=8',
    // and TurboFan inlines less (920 by default), so it compiles the parser's functions sooner.
    '--max-inlined-bytecode-size-cumulative=150',
];
//# sourceMappingURL=runtime.js.map