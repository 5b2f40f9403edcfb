import { readFileSync } from 'fs';
import { join } from 'path';
import { readmeBlock } from './readme-block';
import { cniMatrixMarkdown } from '../../src/cni';

describe('cniMatrixMarkdown |', () => {
  test('the README block equals the generator output', () => {
    // GIVEN
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    // WHEN
    const block = readmeBlock(readme);
    // THEN (on failure run: npx ts-node --project test/tsconfig.json test/cni/write-readme-matrix.ts)
    expect(block).toBe(cniMatrixMarkdown());
  });

  test('one row per plugin, with the cilium endPort split by version', () => {
    const rows = cniMatrixMarkdown().split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(11);
    const cilium = rows.find((r) => r.startsWith('| `cilium`'))!;
    expect(cilium).toContain('[**ignored** < 1.16](https://github.com/cilium/cilium/issues/28684)');
    expect(cilium).toContain('[yes >= 1.16](https://github.com/cilium/cilium/pull/33463)');
    expect(rows.find((r) => r.startsWith('| `flannel`'))).toContain('[**none**](https://github.com/flannel-io/flannel)');
  });

  test('unknown cells carry no link (they have no source)', () => {
    const gke = cniMatrixMarkdown().split('\n').find((r) => r.startsWith('| `gke-dataplane-v2`'))!;
    expect(gke).toContain('| unknown |');
    expect(gke).not.toContain('[unknown]');
  });

  test('byte-identical on every call', () => {
    expect(cniMatrixMarkdown()).toBe(cniMatrixMarkdown());
  });
});
