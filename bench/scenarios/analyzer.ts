// Scenario 3: the connectivity analyzer on generated clusters. The generator and the
// measurement live in bench/analyzer/ (the analyzer's own code); this file only calls it.
import { existsSync } from 'fs';
import * as path from 'path';
import { AnalyzerResult } from '../harness/results';

/** Sizes in workloads (issue 4: 3000 in 100 namespaces, and 10,000). */
export const ANALYZER_SIZES = { full: [300, 3000, 10000], quick: [300] };

/** Runs the analyzer bench if bench/analyzer/ exists, else says why not. */
export function runAnalyzerBench(quick: boolean): AnalyzerResult {
  const dir = path.join(__dirname, '..', 'analyzer');
  if (!existsSync(dir)) {
    return { points: [], skipped: 'bench/analyzer/ (cluster generator + measurement) has not landed yet', notes: [] };
  }
  void (quick ? ANALYZER_SIZES.quick : ANALYZER_SIZES.full);
  return { points: [], skipped: 'bench/analyzer/ exists but is not wired in yet', notes: [] };
}
