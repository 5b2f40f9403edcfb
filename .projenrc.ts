import { cdk8s, javascript } from 'projen';
import { UpdateSnapshot } from 'projen/lib/javascript';

// The single source of package.json, tsconfig*, jest/eslint config, .gitignore and tasks.
// Never hand-edit a generated file: change this one and run `npx projen`.

// Versions the snapshots were reviewed against. cdk8s-plus injects container defaults
// into every workload, so the dev versions are pinned exactly (see
// ../shared/reference/cdk8s-plus-28-networking.md §2).
const CDK8S_DEV = '2.70.106';
const CONSTRUCTS_DEV = '10.8.1';
const CDK8S_PLUS_DEV = '2.5.6';

const project = new cdk8s.ConstructLibraryCdk8s({
  name: 'cdk8s-ingress-egress',
  description:
    'Pod networking as code for cdk8s: Ingress + NetworkPolicy patterns that are secure by default, ' +
    'with a connectivity analyzer, traffic reports and CNI awareness.',
  author: 'cdk8s-ingress-egress developers',
  authorAddress: 'dev@cdk8s-ingress-egress.invalid',
  repositoryUrl: 'https://github.com/cdk8s-ingress-egress/cdk8s-ingress-egress.git',
  defaultReleaseBranch: 'main',
  keywords: ['cdk8s', 'kubernetes', 'networkpolicy', 'ingress', 'egress', 'zero-trust'],
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  minNodeVersion: '20.0.0',

  jsiiVersion: '~6.0.0',
  // Peer ranges are what users may bring; dev versions are pinned below.
  cdk8sVersion: '2.70.0',
  constructsVersion: '10.3.0',
  peerDeps: ['cdk8s-plus-28@^2.5.6'],
  peerDependencyOptions: { pinnedDevDependency: false },
  devDeps: [
    `cdk8s@${CDK8S_DEV}`,
    `constructs@${CONSTRUCTS_DEV}`,
    `cdk8s-plus-28@${CDK8S_PLUS_DEV}`,
    // The cdk8s CLI synthesizes examples/ (npm run examples).
    'cdk8s-cli@^2.207.0',
    // Lets the examples import 'cdk8s-ingress-egress' exactly as a user would.
    'tsconfig-paths@^4.2.0',
    // Schema validation of synthesized objects in tests (v4: v5 needs Node 22).
    'kubernetes-models@4.5.1',
    // Property-based tests.
    'fast-check@^4.3.0',
    // The real Mermaid parser checks the report's diagrams (mermaid 12 needs Node 22;
    // under Node it needs a DOM).
    'mermaid@^11.6.0',
    'jsdom@^29.0.0',
  ],
  // Non-jsii runtime dependencies must be bundled (jsii rule).
  bundledDeps: ['yaml@^2.8.0', 'commander@^14.0.0'],

  github: false,
  release: false,
  depsUpgrade: false,
  pullRequestTemplate: false,

  jestOptions: {
    // Snapshots must be able to fail: never let the test task rewrite them.
    updateSnapshot: UpdateSnapshot.NEVER,
    jestConfig: {
      testPathIgnorePatterns: ['/node_modules/', '/test/fixtures/'],
      coveragePathIgnorePatterns: ['/node_modules/', '/test/'],
    },
  },
  tsconfigDev: {
    include: ['../bench/**/*.ts', '../examples/**/*.ts'],
    compilerOptions: {},
  },
  gitignore: ['/bench/.out/', '*.cpuprofile', '/.tmp/'],
});

for (const p of ['/bench/', '/examples/', '/docs/', '/.ci/']) project.npmignore?.exclude(p);
// examples/ and bench/ get their own tsconfig so eslint's project service (and editors)
// find one; examples map the package name to src/ so main.ts imports it as a user would.
for (const dir of ['examples', 'bench']) {
  new javascript.TypescriptConfig(project, {
    fileName: `${dir}/tsconfig.json`,
    extends: javascript.TypescriptConfigExtends.fromPaths(['../tsconfig.json']),
    compilerOptions: {
      rootDir: '..',
      noEmit: true,
      ...(dir === 'examples' ? { paths: { 'cdk8s-ingress-egress': ['../src'] } } : {}),
    },
    include: ['**/*.ts'],
    exclude: ['**/dist/**', 'node_modules'],
  });
}

project.addBins({ 'cdk8s-ingress-egress': 'bin/cdk8s-ingress-egress' });

// eslint: also lint the benchmarks and examples, never synthesized output.
project.eslint?.addLintPattern('bench');
project.eslint?.addLintPattern('examples');
project.eslint?.addIgnorePattern('examples/*/dist/');
project.eslint?.addIgnorePattern('test/fixtures/');

// The main job: synthesize every example with the cdk8s CLI and show its traffic report.
project.addTask('examples', {
  description: 'Synthesize every app under examples/ into its dist/ and print its traffic report',
  exec: 'ts-node --project test/tsconfig.json examples/run.ts',
  receiveArgs: true,
});

project.addTask('bench', {
  description: 'Run the benchmarks (not part of the tests) and write bench/RESULTS.md',
  exec: 'ts-node --transpile-only --project test/tsconfig.json bench/run.ts',
  receiveArgs: true,
});

// On CI the build must fail when a committed generated file (API.md, examples' dist/)
// is stale. Locally the regenerated files simply show up in `git status`.
const checkGenerated = project.addTask('check-generated', {
  description: 'Fail when generating files changed something that is committed (CI only)',
  condition: 'node -e "process.exit(process.env.CI ? 0 : 1)"',
  exec: 'git diff --exit-code -- API.md',
});
project.postCompileTask.spawn(checkGenerated);

project.synth();
