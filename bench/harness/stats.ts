// Small, exact statistics over a handful of samples (no library needed for a median).

/** Median of `xs` (mean of the two middle values for an even count). */
export function median(xs: number[]): number {
  if (xs.length === 0) throw new Error('median: no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Per-doubling growth factor between two sizes: (t2/t1)^(1/log2(n2/n1)). */
export function perDoubling(n1: number, t1: number, n2: number, t2: number): number {
  return Math.pow(t2 / t1, 1 / Math.log2(n2 / n1));
}
