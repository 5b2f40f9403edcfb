// The timing loop of one scenario, run inside one process: for each size, rounds of
// A B C A B C ..., the first rounds discarded as warm-up, a full GC before each run so
// one column's garbage is not collected on another column's clock.
import { createHash } from 'crypto';
import { Scenario } from './scenario';
import { median } from './stats';
import { synthYaml } from './synth';

/** How many rounds to run at one size. */
export interface RoundPlan {
  readonly warmup: number;
  readonly rounds: number;
}

/** What one column did at one size. */
export interface ColumnResult {
  readonly key: string;
  /** Wall time of each measured run, in milliseconds, in round order. */
  readonly samples: number[];
  /** CPU time (user + system, all threads) of the same runs: steadier when the machine is busy. */
  readonly cpuSamples: number[];
  /** Documents in the YAML (objects emitted). */
  readonly objects: number;
  /** Bytes of YAML. */
  readonly bytes: number;
  /** sha256 of the YAML, to tell which columns emit byte-identical output. */
  readonly sha256: string;
}

/** All columns at one size. */
export interface SizeResult {
  readonly n: number;
  readonly warmup: number;
  readonly columns: ColumnResult[];
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

function timeOnce(run: () => string): { ms: number; cpuMs: number; yaml: string } {
  gc?.();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const yaml = run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, yaml };
}

function countDocuments(yaml: string): number {
  return yaml.split('\n---\n').length;
}

/** Runs `scenario` at each size with the given plan; `log` reports progress. */
export function timeScenario(
  scenario: Scenario, sizes: number[], plan: (n: number) => RoundPlan, log: (line: string) => void,
): SizeResult[] {
  if (!gc) log('warning: run with --expose-gc for a full GC between runs');
  const results: SizeResult[] = [];
  for (const n of sizes) {
    const { warmup, rounds } = plan(n);
    const samples = new Map<string, number[]>(scenario.implementations.map((i) => [i.key, []]));
    const cpuSamples = new Map<string, number[]>(scenario.implementations.map((i) => [i.key, []]));
    const last = new Map<string, string>();
    for (let r = 0; r < warmup + rounds; r++) {
      for (const impl of scenario.implementations) {
        const { ms, cpuMs, yaml } = timeOnce(() => synthYaml(impl, n));
        if (r >= warmup) {
          samples.get(impl.key)!.push(ms);
          cpuSamples.get(impl.key)!.push(cpuMs);
        }
        last.set(impl.key, yaml);
      }
    }
    const columns = scenario.implementations.map((impl) => {
      const yaml = last.get(impl.key)!;
      return {
        key: impl.key,
        samples: samples.get(impl.key)!,
        cpuSamples: cpuSamples.get(impl.key)!,
        objects: countDocuments(yaml),
        bytes: Buffer.byteLength(yaml),
        sha256: createHash('sha256').update(yaml).digest('hex'),
      };
    });
    log(`${scenario.id} n=${n}: ` + columns.map((c) => `${c.key} ${Math.round(median(c.samples))} ms`).join(', '));
    results.push({ n, warmup, columns });
  }
  return results;
}
