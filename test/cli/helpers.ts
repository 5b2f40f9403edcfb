import { run } from '../../src/cli/main';

/** Runs the CLI in-process and captures its exit code, stdout and stderr. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}
