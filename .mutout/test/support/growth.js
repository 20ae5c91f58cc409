"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.growthPerUnit = growthPerUnit;
/**
 * How a cost grows with the size of its input, measured so that a busy machine does not read as
 * a quadratic path: the small and the large input are timed in turns (a burst of load from other
 * processes falls on both), after a warm-up, and each is taken at its fastest run (load only ever
 * adds time). Returns the large input's time per unit over the small one's.
 */
function growthPerUnit(small, large, rounds = 5) {
    small.run();
    large.run();
    let fastestSmall = Infinity;
    let fastestLarge = Infinity;
    for (let i = 0; i < rounds; i++) {
        fastestSmall = Math.min(fastestSmall, timed(small.run));
        fastestLarge = Math.min(fastestLarge, timed(large.run));
    }
    return fastestLarge / large.units / (fastestSmall / small.units);
}
function timed(run) {
    const started = performance.now();
    run();
    return performance.now() - started;
}
//# sourceMappingURL=growth.js.map