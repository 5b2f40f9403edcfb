import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { runBench } from '../../bench/run';

describe('bench run |', () => {
  test('--quick runs every scenario end to end and writes the results file', async () => {
    // GIVEN
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'RESULTS.md');
    // WHEN
    await runBench({ quick: true, memory: true, profile: false, analyzer: true, out });
    // THEN: the structure is there; the numbers are not checked (no timing assertions)
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('## Machine');
    expect(md).toContain('## N exposed services');
    expect(md).toContain('## N three-tier apps');
    expect(md).toMatch(/^\| 4 \| 60 \|/m);
    expect(md).toMatch(/\| 20 \| 120 \|/);
    expect(md).toMatch(/Byte-identical YAML groups: ours = hand = l1 = raw\./);
    expect(md).toContain('### Peak memory');
    expect(md).toContain('## Connectivity analyzer on generated clusters');
    expect(md).toMatch(/^\| 300 \| \d+ \| \d+ \| \d+ \|/m);
  }, 120_000);
});
