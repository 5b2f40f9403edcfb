import { run } from '../src/cli/main';

describe('cli |', () => {
  test('--help exits 0 and names the program', async () => {
    // GIVEN
    let out = '';
    // WHEN
    const code = await run(['--help'], { out: (t) => { out += t; }, err: () => {} });
    // THEN
    expect(code).toBe(0);
    expect(out).toContain('Usage: cdk8s-ingress-egress');
  });

  test('an unknown command exits 2', async () => {
    let err = '';
    const code = await run(['nope'], { out: () => {}, err: (t) => { err += t; } });
    expect(code).toBe(2);
    expect(err).toMatch(/unknown command|too many arguments/);
  });
});
