/** p50/p99/max of a sample, in the sample's unit (nearest-rank percentiles). */
export interface LatencySummary {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

/** Nearest-rank percentile of an ascending sample; NaN when it is empty. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Sorts a copy and reads the percentiles the benches report. */
export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
    samples: sorted.length,
  };
}
