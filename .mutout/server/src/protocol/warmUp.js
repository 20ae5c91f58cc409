"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WarmUp = exports.WARM_UP_IDLE_MS = void 0;
exports.warmUpStretches = warmUpStretches;
/**
 * Warming the server up while it waits for its first document: a fresh process analyses the first
 * filing it is given before V8 has compiled the parser for what real filings hold, two to three
 * times slower than the next (docs/performance.md, "A warm first analysis"). Once the server has been
 * idle for a moment after its start, it analyses real filings shipped with it (server/warm-up/) and
 * made-up pages (core/warmUp.ts), a short stretch at a time, each followed by an edit to it analysed
 * incrementally, yielding between slices. A document that opens before the warm-up starts stops it
 * before any slice has run; one that opens during it waits at most for the slice under way.
 */
const core_1 = require("../core");
const warmUp_1 = require("../core/warmUp");
/** How long the server waits, idle after its start, before warming up: an editor opening a filing at once sends it first. */
exports.WARM_UP_IDLE_MS = 300;
/** The lines of one stretch: about 32 KB of filing, a few milliseconds to analyse once compiled. */
const STRETCH_LINES = 500;
/** Made-up pages of the pool tables and statements the real filings may lack. */
const MADE_UP_PAGES = 16;
/** The stretches a warm-up analyses: the made-up pages, four at a time, then each filing in stretches of lines. */
function warmUpStretches(filings) {
    const stretches = [];
    for (let first = 0; first < MADE_UP_PAGES; first += 4) {
        stretches.push((0, core_1.splitLines)([0, 1, 2, 3].map((i) => (0, warmUp_1.warmUpPage)(first + i)).join('\n')));
    }
    for (const filing of filings) {
        const lines = (0, core_1.splitLines)(filing);
        for (let from = 0; from < lines.length; from += STRETCH_LINES) {
            stretches.push(lines.slice(from, from + STRETCH_LINES));
        }
    }
    return stretches;
}
class WarmUp {
    filings;
    done;
    idleMs;
    timer;
    stopped = false;
    started = false;
    slices = 0;
    ms = 0;
    stretches;
    cache;
    lines = [];
    constructor(
    /** The real filings to warm up on, read when the warm-up starts (none where the runtime has none). */
    filings, done, idleMs = exports.WARM_UP_IDLE_MS) {
        this.filings = filings;
        this.done = done;
        this.idleMs = idleMs;
    }
    /** Starts the warm-up once the server has been idle for `idleMs`, then one slice per turn of the event loop. */
    start() {
        if (this.stopped || this.started)
            return;
        this.started = true;
        this.timer = setTimeout(() => this.slice(), this.idleMs);
    }
    /** Stops for good: a document has come (a slice under way finishes first). */
    stop() {
        if (this.stopped)
            return;
        this.stopped = true;
        clearTimeout(this.timer);
        this.timer = undefined;
        this.release();
        if (this.started)
            this.done({ slices: this.slices, ms: this.ms, stopped: true });
    }
    /** Even slices analyse the next stretch whole; odd ones an edit to it, incrementally. */
    slice() {
        this.timer = undefined;
        if (this.stopped)
            return;
        const started = performance.now();
        let stretches = this.stretches;
        if (!stretches) {
            let filings = [];
            try {
                filings = this.filings();
            }
            catch {
                // No filings to read: the made-up pages alone.
            }
            this.stretches = stretches = warmUpStretches(filings);
        }
        const n = this.slices++;
        if (n % 2 === 0) {
            this.lines = stretches[n / 2].slice();
            this.cache = (0, core_1.createParseCache)();
            (0, core_1.analyzeLines)(this.lines.slice(), { cache: this.cache });
        }
        else if (this.lines.length > 0) {
            const at = (n * 7919) % this.lines.length;
            this.lines[at] = `${this.lines[at]} `;
            (0, core_1.analyzeLines)(this.lines.slice(), { cache: this.cache, change: (0, core_1.followedBy)(undefined, at, 1, 1) });
        }
        this.ms += performance.now() - started;
        if (this.slices >= 2 * stretches.length) {
            this.stopped = true;
            this.release();
            this.done({ slices: this.slices, ms: this.ms, stopped: false });
            return;
        }
        // A timer, not setImmediate: messages read meanwhile are handled before the next slice.
        this.timer = setTimeout(() => this.slice(), 0);
    }
    release() {
        this.stretches = undefined;
        this.cache = undefined;
        this.lines = [];
    }
}
exports.WarmUp = WarmUp;
//# sourceMappingURL=warmUp.js.map