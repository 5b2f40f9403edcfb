// Tiny dotted-version comparison for the matrix (`1.15`, `v1.16.2`); no prerelease tags.

/** @internal True when `text` looks like `1`, `1.16` or `v1.16.2`. */
export function isVersion(text: string): boolean {
  return /^v?\d+(\.\d+){0,2}$/.test(text);
}

/** @internal Negative when a < b, zero when equal (missing parts count as 0), positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split('.').map(Number);
  const pb = b.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
