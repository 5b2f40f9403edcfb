// The markers around the generated CNI matrix in README.md.
export const README_START = '<!-- cni-matrix:start -->';
export const README_END = '<!-- cni-matrix:end -->';

/** The text between the markers, or undefined when they are missing. */
export function readmeBlock(readme: string): string | undefined {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + README_START.length + 1, end);
}
