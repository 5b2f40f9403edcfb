// Runs mermaid's real parser (mermaid-parse.mjs) when `mermaid` and `jsdom` can be
// resolved (project devDependencies, or MERMAID_MODULES_DIR pointing at a folder that
// has them); tests skip it visibly otherwise and rely on the strict grammar check.
import { execFileSync } from 'child_process';
import { createRequire } from 'module';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const MODULES_DIR = process.env.MERMAID_MODULES_DIR ?? ROOT;

/** True when mermaid and jsdom can be loaded. */
export function mermaidParserAvailable(): boolean {
  const req = createRequire(join(MODULES_DIR, 'package.json'));
  try {
    req.resolve('mermaid');
    req.resolve('jsdom');
    return true;
  } catch {
    return false;
  }
}

/** For each text, undefined when mermaid parses it, else mermaid's error message. */
export function mermaidParse(texts: readonly string[]): (string | undefined)[] {
  const out = execFileSync(process.execPath, [join(__dirname, 'mermaid-parse.mjs')], {
    input: JSON.stringify(texts),
    env: { ...process.env, MERMAID_MODULES_DIR: MODULES_DIR },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return (JSON.parse(out) as (string | null)[]).map((r) => r ?? undefined);
}
