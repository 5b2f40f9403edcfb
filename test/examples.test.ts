import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { listExamples, synthExample } from '../examples/run';
import { validateManifests } from './util/schema';

// Each example is synthesized with the cdk8s CLI (a few seconds each).
jest.setTimeout(120_000);

describe('examples |', () => {
  const examples = listExamples();

  test('there are examples to check', () => {
    expect(examples.map((e) => path.basename(e))).toEqual(expect.arrayContaining(['egress', 'ingress']));
  });

  test.each(examples.map((e) => [path.basename(e), e]))('%s: committed dist/ equals a fresh synthesis', (_name, dir) => {
    // GIVEN
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'example-'));
    try {
      // WHEN
      const fresh = synthExample(dir, out);
      // THEN: same files, byte for byte (run `npm run examples` to refresh dist/)
      const committedDir = path.join(dir, 'dist');
      const committed = fs.existsSync(committedDir) ? fs.readdirSync(committedDir).filter((f) => f.endsWith('.yaml')).sort() : [];
      expect(fresh.map((f) => path.basename(f))).toEqual(committed);
      for (const file of fresh) {
        expect(`${path.basename(file)}:\n${fs.readFileSync(file, 'utf8')}`)
          .toBe(`${path.basename(file)}:\n${fs.readFileSync(path.join(committedDir, path.basename(file)), 'utf8')}`);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test.each(examples.map((e) => [path.basename(e), e]))('%s: every committed object validates against its Kubernetes schema', (_name, dir) => {
    // GIVEN
    const distDir = path.join(dir, 'dist');
    const objs = fs.readdirSync(distDir).filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(distDir, f), 'utf8')).map((d) => d.toJS()));
    // WHEN / THEN
    expect(validateManifests(objs)).toBeGreaterThan(0);
  });

  test('examples/ingress holds the seed Ingress on its own', () => {
    expect(fs.readFileSync(path.join(__dirname, '..', 'examples', 'ingress', 'dist', 'Ingress.frontend-ingress.k8s.yaml'), 'utf8')).toBe([
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: frontend-ingress',
      'spec:',
      '  rules:',
      '    - host: example.com',
      '      http:',
      '        paths:',
      '          - backend:',
      '              service:',
      '                name: frontend-service',
      '                port:',
      '                  number: 80',
      '            path: /',
      '            pathType: Prefix',
      '',
    ].join('\n'));
  });
});
