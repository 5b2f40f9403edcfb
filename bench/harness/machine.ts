// Machine and package facts for RESULTS.md, so numbers can be compared across hosts.
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Describes where the numbers were measured. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly packages: Record<string, string>;
  readonly commit: string;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  readonly loadAverage: number;
}

const PACKAGES = ['cdk8s', 'cdk8s-plus-28', 'constructs', 'yaml', 'typescript', 'ts-node'];

function installedVersion(name: string): string {
  try {
    const file = require.resolve(path.join(name, 'package.json'));
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Collects the facts about this machine and the installed packages. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    packages: Object.fromEntries(PACKAGES.map((p) => [p, installedVersion(p)])),
    commit: gitCommit(),
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
