// The README's generated three-tier block: its markers, where it comes from, and how to
// rewrite it (`npx ts-node --project test/tsconfig.json test/report/readme-report.ts`).
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { exampleReport } from '../../src/report';

export const README = join(__dirname, '..', '..', 'README.md');
export const THREE_TIER_EXAMPLE = join(__dirname, '..', '..', 'examples', 'three-tier');
export const START = '<!-- traffic-report:three-tier:start -->';
export const END = '<!-- traffic-report:three-tier:end -->';

/** True when the three-tier example has been synthesized. */
export function threeTierExampleExists(): boolean {
  return existsSync(join(THREE_TIER_EXAMPLE, 'dist'));
}

/** What the block must hold: the three-tier report's Markdown (table + Mermaid). */
export function expectedBlock(): string {
  return exampleReport(THREE_TIER_EXAMPLE).markdown();
}

/** The text between the markers, or undefined when they are missing. */
export function readmeBlock(readme: string = readFileSync(README, 'utf8')): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + START.length + 1, end);
}

if (require.main === module) {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: markers ${START} / ${END} not found`);
  writeFileSync(README, `${readme.slice(0, start + START.length)}\n${expectedBlock()}${readme.slice(end)}`);
}
