// Shared by the report tests: the hand-written three-tier fixture, analyzed with the
// standard cluster context, and a check that Mermaid text passes the grammar.
import { join } from 'path';
import { mermaidGrammarErrors } from './mermaid-grammar';
import { ClusterContext, Connectivity } from '../../src/analysis';
import { TrafficReport, TrafficReportOptions } from '../../src/report';

export const THREE_TIER_YAML = join(__dirname, 'fixtures', 'three-tier.yaml');

/** The report of the hand-written three-tier app. */
export function threeTierReport(options: TrafficReportOptions = {}): TrafficReport {
  const connectivity = Connectivity.fromFiles([THREE_TIER_YAML], { clusterContext: ClusterContext.standard() });
  return TrafficReport.fromConnectivity(connectivity, options);
}

/** The body rows of a Markdown table, as arrays of trimmed cells. */
export function tableRows(table: string): string[][] {
  return table.trimEnd().split('\n').slice(2).map((l) => l.slice(2, -2).split(' | '));
}

/** Asserts the Mermaid text is in the emitted grammar. */
export function expectMermaidGrammar(text: string): void {
  expect(mermaidGrammarErrors(text)).toEqual([]);
}
