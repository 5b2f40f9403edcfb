// What a benchmark scenario is: a few implementations that build the same objects,
// each timed as "build the constructs + app.synthYaml()" in memory.
import { Chart } from 'cdk8s';
import { RoundPlan } from './timing';

/** One column of a scenario's table: one way of producing the objects. */
export interface Implementation {
  /** Short key used in tables and on the command line: ours, hand, l1, raw. */
  readonly key: string;
  /** What the column is, for RESULTS.md. */
  readonly label: string;
  /** Adds `n` units (services, apps) to `chart`. */
  build(chart: Chart, n: number): void;
}

/** A scenario: implementations compared side by side at growing sizes. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** What one unit of N is, e.g. "service (Deployment + Service + ...)". */
  readonly unit: string;
  /** Sizes for a full run and for `--quick`. */
  readonly sizes: { readonly full: number[]; readonly quick: number[] };
  /** Columns, in table order; `ours` first when it exists. */
  readonly implementations: Implementation[];
  /** Warm-up and measured rounds at size n in a full run (quick runs use 1 + 3). */
  readonly rounds: (n: number) => RoundPlan;
  /** Notes for RESULTS.md (e.g. how the columns were checked to match). */
  readonly notes: string[];
}
