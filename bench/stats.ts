/** Percentiles and their median over runs, as every bench in this folder reports them. */

/** The q-quantile of the samples by the nearest-rank method (q in [0, 1]); 0 for no samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export type Percentiles = { p50: number; p95: number; p99: number; mean: number };

export function percentiles(samples: readonly number[]): Percentiles {
  const mean = samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : 0;
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), p99: quantile(samples, 0.99), mean };
}

/** Each percentile's median over several runs: one slow run on a shared machine does not decide. */
export function medianOfRuns(runs: readonly Percentiles[]): Percentiles {
  const of = (key: keyof Percentiles) => median(runs.map((r) => r[key]));
  return { p50: of('p50'), p95: of('p95'), p99: of('p99'), mean: of('mean') };
}

/** Milliseconds as the tables print them: two decimals under 10, one under 100, none above. */
export function ms(value: number): string {
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}
