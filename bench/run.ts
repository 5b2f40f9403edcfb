// `npm run bench [-- options]`: times every scenario in its own child process, measures
// peak memory per (column, N) in one child each, profiles the largest N, runs the
// analyzer bench, and writes bench/RESULTS.md (or --out). See bench/README.md.
import { writeFileSync } from 'fs';
import * as path from 'path';
import { Command } from 'commander';
import { runWorker } from './harness/child';
import { machineInfo } from './harness/machine';
import { ProfileSummary } from './harness/profile';
import { renderResults } from './harness/report';
import { BenchResults, MemoryResult, OnceResult, ScenarioResult } from './harness/results';
import { Scenario } from './harness/scenario';
import { SizeResult } from './harness/timing';
import { SCENARIOS, scenarioById } from './scenarios';
import { runAnalyzerBench } from './scenarios/analyzer';

/** Command-line options of the bench. */
export interface BenchOptions {
  readonly quick: boolean;
  readonly scenario?: string[];
  readonly memory: boolean;
  readonly profile: boolean;
  readonly analyzer: boolean;
  readonly out?: string;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function measureMemory(s: Scenario, sizes: number[]): MemoryResult {
  log(`${s.id}: peak memory, one process per (column, N)`);
  const baseline = runWorker<OnceResult>(['once', s.id, 'none', '0']);
  const cells = [];
  for (const n of sizes) {
    for (const impl of s.implementations) {
      cells.push({ n, key: impl.key, result: runWorker<OnceResult>(['once', s.id, impl.key, String(n)]) });
    }
  }
  return { baseline, cells };
}

function runScenario(s: Scenario, opts: BenchOptions): ScenarioResult {
  const sizes = opts.quick ? s.sizes.quick : s.sizes.full;
  log(`${s.id}: timing N=${sizes.join(', ')} (one process, columns alternating)`);
  const timing = runWorker<SizeResult[]>(['time', s.id, sizes.join(','), opts.quick ? '1' : '0']);
  const memory = opts.memory ? measureMemory(s, sizes) : undefined;
  // The second-largest size: the same picture as the largest at half the cost.
  const profileN = sizes[Math.max(0, sizes.length - 2)];
  const profiles = opts.profile
    ? s.implementations.map((impl) => {
      log(`${s.id}: profiling ${impl.key} at N=${profileN}`);
      return { key: impl.key, n: profileN, summary: runWorker<ProfileSummary>(['profile', s.id, impl.key, String(profileN)]) };
    })
    : [];
  return {
    id: s.id,
    title: s.title,
    unit: s.unit,
    notes: s.notes,
    columns: s.implementations.map((i) => ({ key: i.key, label: i.label })),
    timing,
    memory,
    profiles,
  };
}

/** Runs the bench and returns the path of the results file it wrote. */
export async function runBench(opts: BenchOptions): Promise<string> {
  const started = Date.now();
  const scenarios = opts.scenario ? opts.scenario.map(scenarioById) : SCENARIOS;
  const results: BenchResults = {
    quick: opts.quick,
    date: new Date().toISOString().slice(0, 10),
    machine: machineInfo(),
    scenarios: scenarios.map((s) => runScenario(s, opts)),
    analyzer: opts.analyzer ? await runAnalyzerBench(opts.quick, log) : undefined,
    seconds: (Date.now() - started) / 1000,
  };
  // A quick run is a smoke test: it never overwrites the committed RESULTS.md.
  const out = opts.out ?? path.join(__dirname, opts.quick ? '.out/RESULTS.quick.md' : 'RESULTS.md');
  writeFileSync(out, renderResults(results) + '\n');
  log(`wrote ${path.relative(process.cwd(), out)} in ${Math.round(results.seconds)} s`);
  return out;
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('npm run bench --')
    .description('Synth and analyzer benchmarks; writes bench/RESULTS.md')
    .option('--quick', 'small sizes, few rounds, no profiles: a smoke run (writes bench/.out/RESULTS.quick.md)', false)
    .option('--scenario <ids...>', `only these scenarios (${SCENARIOS.map((s) => s.id).join(', ')})`)
    .option('--no-memory', 'skip the peak-memory child processes')
    .option('--no-profile', 'skip the CPU profiles (one run per column at the second-largest N)')
    .option('--no-analyzer', 'skip the analyzer scenario')
    .option('--out <file>', 'where to write the results (default bench/RESULTS.md)')
    .parse(argv, { from: 'user' });
  const o = program.opts<BenchOptions>();
  // Profiles of smoke-sized runs say nothing: quick turns them off.
  await runBench({ ...o, profile: o.profile && !o.quick });
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
