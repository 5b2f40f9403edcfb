// Analyzer benchmark: median wall time of the full connection list (load, analyze,
// render text) and peak RSS, for generated clusters of 300, 3000 and 10000 workloads.
// Each size runs in its own child process so that its peak RSS is its own.
//   npx ts-node --transpile-only --project test/tsconfig.json bench/analyzer/run.ts [sizes...]
import { fork } from 'child_process';
import { performance } from 'perf_hooks';
import { generateCluster } from './generate';
import { Connectivity } from '../../src/analysis';

const SEED = 42;

function measure(n: number): void {
  const objects = generateCluster(n, SEED);
  const runs = n >= 10000 ? 3 : 5;
  const times: number[] = [];
  let lines = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const text = Connectivity.fromManifests(objects).toText();
    times.push(performance.now() - start);
    lines = text.length === 0 ? 0 : text.split('\n').length - 1;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.send?.({ n, objects: objects.length, lines, runs, median, rssMb });
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const results: any[] = [];
  for (const n of sizes.length ? sizes : [300, 3000, 10000]) {
    results.push(await new Promise((resolve, reject) => {
      const child = fork(__filename, ['--child', String(n)], { execArgv: ['-r', 'ts-node/register/transpile-only'], env: { ...process.env, TS_NODE_PROJECT: 'test/tsconfig.json' } });
      child.on('message', resolve);
      child.on('error', reject);
      child.on('exit', (code) => code !== 0 && reject(new Error(`benchmark child for ${n} exited with ${code}`)));
    }));
  }
  console.log('| workloads | objects | connection lines | runs | median time | peak RSS |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(`| ${r.n} | ${r.objects} | ${r.lines} | ${r.runs} | ${(r.median / 1000).toFixed(2)} s | ${Math.round(r.rssMb)} MB |`);
  }
}

if (process.argv[2] === '--child') {
  measure(Number(process.argv[3]));
} else {
  main().catch((e) => { console.error(e); process.exit(1); });
}
