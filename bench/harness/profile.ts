// CPU profiles of one synth run (V8's sampling profiler, the same one `node --cpu-prof`
// uses, but started and stopped around the timed work only, so ts-node's start-up
// does not drown it) and a summary of where the self time goes.
import { writeFileSync } from 'fs';
import { Session } from 'inspector';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame }
/** The `.cpuprofile` format (Chrome DevTools can open the files). */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one function or package, in milliseconds and share of the total. */
export interface SelfTime {
  readonly name: string;
  readonly ms: number;
  readonly percent: number;
}

/** Where the self time of a profile goes. */
export interface ProfileSummary {
  readonly totalMs: number;
  readonly byPackage: SelfTime[];
  readonly topFunctions: SelfTime[];
}

function post<T>(session: Session, method: string, params?: object): T {
  let result: T | undefined;
  let error: Error | null = null;
  // The inspector answers a same-thread session synchronously.
  session.post(method, params ?? {}, (err, res) => { error = err; result = res as T; });
  if (error) throw error;
  return result as T;
}

/** Runs `work` under the CPU profiler and writes the profile to `file`. */
export function profileRun(work: () => void, file: string): CpuProfile {
  const session = new Session();
  session.connect();
  post(session, 'Profiler.enable');
  post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  post(session, 'Profiler.start');
  work();
  const { profile } = post<{ profile: CpuProfile }>(session, 'Profiler.stop');
  session.disconnect();
  writeFileSync(file, JSON.stringify(profile));
  return profile;
}

/** The package (or area) a script URL belongs to. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/src/')) return 'ours (src/)';
  if (url.includes('/bench/')) return 'bench code';
  return url;
}

function shortLocation(url: string, line: number): string {
  const nm = url.lastIndexOf('node_modules/');
  const tail = nm >= 0 ? url.slice(nm + 'node_modules/'.length) : url.split('/').slice(-2).join('/');
  return `${tail}:${line + 1}`;
}

function top(map: Map<string, number>, totalMs: number, count: number): SelfTime[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, percent: (100 * ms) / totalMs }));
}

/** Sums self time per function and per package. */
export function summarizeProfile(profile: CpuProfile, count = 12): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = nodes.get(id)!;
    const fn = `${frame.functionName || '(anonymous)'} ${frame.url ? shortLocation(frame.url, frame.lineNumber) : ''}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    const pkg = packageOf(frame.url, frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    totalMs += ms;
  });
  return { totalMs, byPackage: top(byPackage, totalMs, 8), topFunctions: top(byFunction, totalMs, count) };
}
