import { packageOf, summarizeProfile } from '../../bench/harness/profile';
import { growth, ratios, targetLines } from '../../bench/harness/report';
import { ScenarioResult } from '../../bench/harness/results';
import { median, perDoubling } from '../../bench/harness/stats';
import { SizeResult } from '../../bench/harness/timing';

function size(n: number, cols: Record<string, number[]>): SizeResult {
  return {
    n,
    warmup: 0,
    columns: Object.entries(cols).map(([key, samples]) => ({ key, samples, cpuSamples: samples, objects: n, bytes: 0, sha256: key })),
  };
}

function scenario(timing: SizeResult[]): ScenarioResult {
  return {
    id: 's',
    title: 'S',
    unit: 'u',
    notes: [],
    profiles: [],
    timing,
    columns: timing[0].columns.map((c) => ({ key: c.key, label: c.key })),
  };
}

describe('bench stats |', () => {
  test('median of odd and even counts, and no samples is an error', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no samples/);
  });

  test('per-doubling growth converts a 4x step into two doublings', () => {
    expect(perDoubling(1000, 100, 2000, 230)).toBeCloseTo(2.3);
    expect(perDoubling(1000, 100, 4000, 900)).toBeCloseTo(3);
  });
});

describe('bench report |', () => {
  test('ratios: of medians and paired per round', () => {
    // GIVEN: the second round is slow for both columns
    const s = size(10, { ours: [10, 40, 12], raw: [5, 20, 8] });
    // WHEN
    const r = ratios(s, 'ours', 'raw');
    // THEN
    expect(r.ofMedians).toBeCloseTo(12 / 8);
    expect(r.paired).toBeCloseTo(2);
  });

  test('targets compare ours with hand and raw, and flag a missed growth', () => {
    // GIVEN
    const s = scenario([
      size(1000, { ours: [100], hand: [120], raw: [40] }),
      size(2000, { ours: [250], hand: [240], raw: [80] }),
    ]);
    // WHEN
    const lines = targetLines(s);
    // THEN
    expect(lines[0]).toMatch(/^- ours\/hand <= 1x: \*\*missed\*\* at N=2000/);
    expect(lines[1]).toMatch(/^- ours\/raw <= 2x: \*\*missed\*\* at N=1000, 2000/);
    expect(lines[2]).toMatch(/growth per doubling <= 2.2: \*\*missed\*\* 1000→2000/);
    expect(growth(s, 'hand')[0]).toEqual({ from: 1000, to: 2000, factor: 2, direct: true });
  });
});

describe('bench profile |', () => {
  test('self time is summed per function and per package', () => {
    // GIVEN: two samples in cdk8s, one in yaml
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: 'resolve', url: 'file:///x/node_modules/cdk8s/lib/resolve.js', lineNumber: 9 } },
        { id: 2, callFrame: { functionName: 'plain', url: 'file:///x/node_modules/yaml/dist/s.js', lineNumber: 0 } },
      ],
      samples: [1, 2, 1],
      timeDeltas: [1000, 2000, 3000],
    };
    // WHEN
    const s = summarizeProfile(profile);
    // THEN
    expect(s.totalMs).toBe(6);
    expect(s.byPackage.map((b) => [b.name, b.ms])).toEqual([['cdk8s', 4], ['yaml', 2]]);
    expect(s.topFunctions[0].name).toBe('resolve cdk8s/lib/resolve.js:10');
  });

  test('packages: scoped modules, our sources, node internals', () => {
    expect(packageOf('file:///a/node_modules/@scope/pkg/x.js', 'f')).toBe('@scope/pkg');
    expect(packageOf('file:///a/src/patterns/x.ts', 'f')).toBe('ours (src/)');
    expect(packageOf('node:internal/x', 'f')).toBe('node internals');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
  });
});
