/**
 * A seeded source of choices for the hostile-input harness: the same seed makes the same requests
 * in the same order, so a failure reproduces with HOSTILE_SEED. (fast-check is not installed in
 * this tree; the harness needs generation, not shrinking, which a stateful API defeats anyway.)
 */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** mulberry32: small, fast and good enough to pick test inputs. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[this.int(items.length)] as T;
  }

  /** One of several weighted choices: `[[3, 'often'], [1, 'seldom']]`. */
  weighted<T>(choices: ReadonlyArray<readonly [number, T]>): T {
    const total = choices.reduce((sum, [w]) => sum + w, 0);
    let at = this.next() * total;
    for (const [weight, value] of choices) {
      at -= weight;
      if (at < 0) return value;
    }
    return (choices.at(-1) as readonly [number, T])[1];
  }
}

/** The run's seed: HOSTILE_SEED to replay a failure, else a fresh one (printed with the results). */
export const runSeed = (): number => {
  const given = process.env.HOSTILE_SEED;
  return given ? Number(given) >>> 0 : Math.floor(Math.random() * 2 ** 31);
};
