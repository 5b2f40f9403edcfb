// The 42 np-guard netpol-analyzer golden cases (test/fixtures/netpol-analyzer, see its
// ORIGIN.md): the analyzer must reproduce every expected.txt line for line.
import * as fs from 'fs';
import * as path from 'path';
import { Connectivity } from '../../src/analysis';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'netpol-analyzer');
const CASES = fs.readdirSync(FIXTURES)
  .filter((name) => fs.existsSync(path.join(FIXTURES, name, 'expected.txt')))
  .sort();

/** Lines of `a` missing from `b` (as a multiset). */
function minus(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of b) counts.set(line, (counts.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const n = counts.get(line) ?? 0;
    counts.set(line, n - 1);
    return n <= 0;
  });
}

describe('Connectivity | np-guard conformance', () => {
  test('the corpus has all 42 cases (none skipped)', () => {
    expect(CASES).toHaveLength(42);
  });

  test.each(CASES)('%s', (name) => {
    // GIVEN
    const expected = fs.readFileSync(path.join(FIXTURES, name, 'expected.txt'), 'utf8').split('\n').filter((l) => l !== '');
    // WHEN
    const actual = Connectivity.fromFiles([path.join(FIXTURES, name, 'input')]).toText().split('\n').filter((l) => l !== '');
    // THEN: set differences first (readable on failure), then the exact order.
    expect({ missing: minus(expected, actual).slice(0, 50), extra: minus(actual, expected).slice(0, 50) })
      .toEqual({ missing: [], extra: [] });
    expect(actual).toEqual(expected);
  });
});
