// The child process side of the bench: run.ts starts one of these per measurement so
// that peak memory and CPU profiles belong to one thing only. Not run by hand.
//   worker.ts time <scenario> <sizes,comma> <quick:0|1> <result.json>
//   worker.ts once <scenario> <impl|none> <n> <result.json>
//   worker.ts profile <scenario> <impl> <n> <result.json>   (also keeps the .cpuprofile)
import { mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { OUT_DIR } from './harness/child';
import { profileRun, summarizeProfile } from './harness/profile';
import { synthYaml } from './harness/synth';
import { timeScenario } from './harness/timing';
import { scenarioById } from './scenarios';

/** Where the profile of one (scenario, implementation, size) is kept for DevTools. */
function profilePath(scenarioId: string, impl: string, n: number): string {
  const dir = path.join(OUT_DIR, 'profiles');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${scenarioId}-${impl}-${n}.cpuprofile`);
}

function main(argv: string[]): void {
  const [task, scenarioId, a, b, resultFile] = argv;
  const scenario = scenarioById(scenarioId);
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  if (task === 'time') {
    const sizes = a.split(',').map(Number);
    const results = timeScenario(scenario, sizes, b === '1' ? () => ({ warmup: 1, rounds: 3 }) : scenario.rounds, log);
    writeFileSync(resultFile, JSON.stringify(results));
  } else if (task === 'once') {
    // 'none' measures the process with everything loaded but nothing built.
    const impl = a === 'none' ? undefined : scenario.implementations.find((i) => i.key === a);
    if (a !== 'none' && !impl) throw new Error(`unknown implementation '${a}' in scenario ${scenarioId}`);
    const start = process.hrtime.bigint();
    const objects = impl ? synthYaml(impl, Number(b)).split('\n---\n').length : 0;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    writeFileSync(resultFile, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ms, objects }));
  } else if (task === 'profile') {
    const impl = scenario.implementations.find((i) => i.key === a);
    if (!impl) throw new Error(`unknown implementation '${a}' in scenario ${scenarioId}`);
    synthYaml(impl, Number(b)); // warm-up, as in the timed loop
    (globalThis as { gc?: () => void }).gc?.();
    const profile = profileRun(() => synthYaml(impl, Number(b)), profilePath(scenarioId, a, Number(b)));
    writeFileSync(resultFile, JSON.stringify(summarizeProfile(profile)));
  } else {
    throw new Error(`unknown worker task '${task}': use time, once or profile`);
  }
}

main(process.argv.slice(2));
