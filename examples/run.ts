// The main job (`npm run examples`): synthesize every example app under examples/ into
// its dist/ with the cdk8s CLI, exactly as a user would, and print what was written.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { renderExampleReport } from '../src/report';

const EXAMPLES_DIR = __dirname;
const CDK8S_CLI = path.join(EXAMPLES_DIR, '..', 'node_modules', '.bin', 'cdk8s');

/** The example app folders (those with a cdk8s.yaml), sorted by name. */
export function listExamples(root: string = EXAMPLES_DIR): string[] {
  return fs.readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'cdk8s.yaml')))
    .map((d) => path.join(root, d.name))
    .sort();
}

/**
 * Runs `cdk8s synth` in `exampleDir`, writing into `outdir` (default: its dist/), and
 * returns the written manifest files, sorted. `--no-check-upgrade` keeps the CLI from
 * asking the npm registry for a newer version of itself.
 */
export function synthExample(exampleDir: string, outdir: string = path.join(exampleDir, 'dist')): string[] {
  execFileSync(CDK8S_CLI, ['synth', '--no-check-upgrade', '--output', outdir], {
    cwd: exampleDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
  });
  return fs.readdirSync(outdir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(outdir, f));
}

/** `Kind/name` of every object in a manifest file. */
export function describeManifest(file: string): string[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map((doc) => doc.toJS())
    .filter((obj) => obj)
    .map((obj) => `${obj.kind}/${obj.metadata?.name ?? '?'}`);
}

function main(): void {
  const examples = listExamples();
  if (examples.length === 0) throw new Error(`no examples/*/cdk8s.yaml under ${EXAMPLES_DIR}`);
  for (const dir of examples) {
    const name = path.basename(dir);
    process.stdout.write(`== examples/${name}\n`);
    const files = synthExample(dir);
    for (const file of files) {
      // One object per line: a file with all of an app's objects stays readable.
      const objects = describeManifest(file);
      const list = objects.length === 1 ? ` ${objects[0]}` : objects.map((o) => `\n    ${o}`).join('');
      process.stdout.write(`  ${path.relative(EXAMPLES_DIR, file)}:${list}\n`);
    }
    process.stdout.write(`\n${renderExampleReport(dir)}`);
    process.stdout.write('\n');
  }
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    const err = e as Error & { stderr?: Buffer };
    process.stderr.write(`examples: ${err.message}\n${err.stderr ? err.stderr.toString() : ''}`);
    process.exit(1);
  }
}
