// The data one `npm run bench` collects, handed from run.ts to the report writer.
import { MachineInfo } from './machine';
import { ProfileSummary } from './profile';
import { SizeResult } from './timing';

/** One child process that built and synthesized once. */
export interface OnceResult {
  /** Peak resident set size of the whole process, in KiB. */
  readonly maxRssKb: number;
  readonly ms: number;
  readonly objects: number;
}

/** Peak memory of each (column, N), plus the process with nothing built. */
export interface MemoryResult {
  readonly baseline: OnceResult;
  readonly cells: { readonly n: number; readonly key: string; readonly result: OnceResult }[];
}

/** A column as the report shows it. */
export interface ColumnInfo {
  readonly key: string;
  readonly label: string;
}

/** Everything measured for one synth scenario. */
export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly notes: string[];
  readonly columns: ColumnInfo[];
  readonly timing: SizeResult[];
  readonly memory?: MemoryResult;
  readonly profiles: { readonly key: string; readonly n: number; readonly summary: ProfileSummary }[];
}

/** The analyzer at one cluster size, as bench/analyzer measures it. */
export interface AnalyzerPoint {
  readonly workloads: number;
  /** Objects in the generated cluster (namespaces, workloads, policies). */
  readonly objects: number;
  /** Lines of the connection list. */
  readonly connectionLines: number;
  readonly runs: number;
  /** Median wall time of load + analyze + render the connection list. */
  readonly ms: number;
  readonly maxRssMb: number;
}

/** The analyzer scenario, or why it did not run. */
export interface AnalyzerResult {
  readonly points: AnalyzerPoint[];
  readonly skipped?: string;
  readonly notes: string[];
}

/** A whole run. */
export interface BenchResults {
  readonly quick: boolean;
  readonly date: string;
  readonly machine: MachineInfo;
  readonly scenarios: ScenarioResult[];
  readonly analyzer?: AnalyzerResult;
  readonly seconds: number;
}
