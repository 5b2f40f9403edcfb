// Starts bench/worker.ts in a fresh node process (ts-node, transpile only, the test
// tsconfig) and reads back the JSON it writes: one process per measurement.
import { spawnSync } from 'child_process';
import { mkdirSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';

/** Where the bench keeps scratch files (git-ignored). */
export const OUT_DIR = path.join(__dirname, '..', '.out');
const WORKER = path.join(__dirname, '..', 'worker.ts');
const ROOT = path.join(__dirname, '..', '..');

let counter = 0;

/**
 * Runs the worker with `args` (the result file is appended) and returns its JSON.
 * `nodeFlags` go before the script, e.g. `--cpu-prof`.
 */
export function runWorker<T>(args: string[], nodeFlags: string[] = []): T {
  mkdirSync(OUT_DIR, { recursive: true });
  const resultFile = path.join(OUT_DIR, `result-${process.pid}-${counter++}.json`);
  const proc = spawnSync(
    process.execPath,
    ['--expose-gc', ...nodeFlags, '-r', 'ts-node/register/transpile-only', WORKER, ...args, resultFile],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'test', 'tsconfig.json') },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (proc.status !== 0) {
    throw new Error(`bench worker failed (exit ${proc.status ?? proc.signal}): ${args.join(' ')}`);
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as T;
  rmSync(resultFile);
  return result;
}
