/**
 * When the server process dies, the client starts it again, and tells the user once per session;
 * if it keeps dying (five times in three minutes) the client stops trying and says so.
 */
export type RestartDecision = 'restart-and-tell' | 'restart' | 'give-up';

export class RestartPolicy {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(
    private readonly maxCrashes = 5,
    private readonly windowMs = 3 * 60 * 1000,
  ) {}

  onClosed(now: number): RestartDecision {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    if (this.crashes.length >= this.maxCrashes) return 'give-up';
    if (this.told) return 'restart';
    this.told = true;
    return 'restart-and-tell';
  }
}
