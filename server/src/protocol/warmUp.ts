/**
 * Warming the server up while it waits for its first document: a fresh process analyses the first
 * filing it is given before V8 has compiled the parser, two to three times slower than the next
 * (docs/performance.md, "A warm first analysis"). Between its start and the first document, the
 * server analyses made-up pages (core/warmUp.ts) a slice at a time, each slice one short analysis
 * (a few milliseconds once compiled), and yields between slices: a message that arrives waits at
 * most for the slice under way, and the first document opened stops the warm-up for good.
 */
import { analyzeLines, createParseCache, followedBy, splitLines, type ParseCache } from '../core';
import { warmUpPage } from '../core/warmUp';

/** Slices at most: past this the compiled code has seen every page's kinds many times over. */
export const WARM_UP_SLICES = 48;
/** Pages of made-up filing per slice. */
const PAGES = 4;

export interface WarmUpResult {
  slices: number;
  ms: number;
  /** Whether a document (or a stop) came first. */
  stopped: boolean;
}

export class WarmUp {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private slices = 0;
  private ms = 0;
  private cache: ParseCache | undefined;
  private lines: string[] = [];

  constructor(private readonly done: (result: WarmUpResult) => void) {}

  /** Starts the slices, one per turn of the event loop. */
  start(): void {
    if (this.stopped || this.timer !== undefined || this.slices > 0) return;
    this.schedule();
  }

  /** Stops for good: a document has come (a slice under way finishes first). */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.slices < WARM_UP_SLICES) this.done({ slices: this.slices, ms: this.ms, stopped: true });
  }

  private schedule(): void {
    // A timer, not setImmediate: messages read meanwhile are handled before the next slice.
    this.timer = setTimeout(() => this.slice(), 0);
  }

  /**
   * One analysis: every other slice a new stretch of pages parsed whole, the others an edit to
   * them analysed incrementally, as the server analyses the keystrokes that follow an opening.
   */
  private slice(): void {
    this.timer = undefined;
    if (this.stopped) return;
    const started = performance.now();
    const n = this.slices++;
    if (n % 2 === 0 || !this.cache) {
      const first = (n / 2) * PAGES;
      this.lines = splitLines(Array.from({ length: PAGES }, (_, i) => warmUpPage(first + i)).join('\n'));
      this.cache = createParseCache();
      analyzeLines(this.lines.slice(), { cache: this.cache });
    } else {
      const at = (n * 7919) % this.lines.length;
      this.lines[at] = `${this.lines[at]} `;
      analyzeLines(this.lines.slice(), { cache: this.cache, change: followedBy(undefined, at, 1, 1) });
    }
    this.ms += performance.now() - started;
    if (this.slices >= WARM_UP_SLICES) {
      this.stopped = true;
      this.cache = undefined;
      this.lines = [];
      this.done({ slices: this.slices, ms: this.ms, stopped: false });
      return;
    }
    this.schedule();
  }
}
