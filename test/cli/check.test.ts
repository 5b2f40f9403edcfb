import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './helpers';

const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - from: [{ ipBlock: { cidr: 10.244.3.0/24 } }]
      ports: [{ protocol: TCP, port: 8000, endPort: 8100 }]
`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec: {}
`;

describe('cli check |', () => {
  let dir: string;
  beforeEach(() => {
    // GIVEN a dist/ with a policy in a nested folder and a multi-document file
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cni-check-'));
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.writeFileSync(path.join(dir, 'nested', 'policy.yaml'), POLICY);
    fs.writeFileSync(path.join(dir, 'app.k8s.yaml'), `${DEPLOYMENT}---\n${DEPLOYMENT.replace('name: web', 'name: api')}`);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not yaml: [');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('flannel: exit 1 and the error names the policy', async () => {
    // WHEN
    const { code, out } = await cli('check', '--cni', 'flannel', dir);
    // THEN
    expect(code).toBe(1);
    expect(out).toContain('error NETWORK_POLICY_NOT_ENFORCED NetworkPolicy shop/web: networkpolicy shop/web will be silently ignored');
    expect(out).toContain('flannel: 1 error(s), 0 warning(s) in 3 object(s)');
  });

  test('cilium@1.15: warnings only, exit 0', async () => {
    const { code, out } = await cli('check', '--cni', 'cilium@1.15', dir);
    expect(code).toBe(0);
    expect(out).toContain('warning END_PORT_IGNORED_SILENTLY NetworkPolicy shop/web:');
    expect(out).toContain('cilium@1.15: 0 error(s), 1 warning(s)');
  });

  test('--strict turns the warning into exit 1', async () => {
    const { code, out } = await cli('check', '--cni', 'cilium@1.15', '--strict', dir);
    expect(code).toBe(1);
    expect(out).toContain('error END_PORT_IGNORED_SILENTLY');
  });

  test('--pod-cidr reports the overlapping ipBlock', async () => {
    const { out } = await cli('check', '--cni', 'cilium@1.16', '--pod-cidr', '10.244.0.0/16', 'fd00::/56', '--', dir);
    expect(out).toContain('warning IPBLOCK_OVERLAPS_POD_CIDR NetworkPolicy shop/web: networkpolicy shop/web has ipBlock 10.244.3.0/24');
  });

  test('a kubectl List is read item by item', async () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'x', namespace: 'a' }, spec: {} }] };
    fs.writeFileSync(path.join(dir, 'list.json'), JSON.stringify(list));
    const { out } = await cli('check', '--cni', 'flannel', path.join(dir, 'list.json'));
    expect(out).toContain('error NETWORK_POLICY_NOT_ENFORCED NetworkPolicy a/x:');
  });

  test('a clean check exits 0 and says so', async () => {
    const { code, out } = await cli('check', '--cni', 'calico', path.join(dir, 'nested', 'policy.yaml'));
    expect(code).toBe(0);
    expect(out).toBe('calico: 0 error(s), 0 warning(s) in 1 object(s)\n');
  });

  test.each([
    [['check', '--cni', 'nope', 'x'], /Cni\.named: invalid name "nope": no such cni/],
    [['check', 'x'], /required option '--cni <name\[@version\]>' not specified/],
    [['check', '--cni', 'calico'], /missing required argument 'paths'/],
    [['check', '--cni', 'calico', '/does/not/exist'], /\/does\/not\/exist: cannot read it \(no such file or directory\)/],
    [['check', '--cni', 'cilium@latest', 'x'], /Cni cilium: invalid version "latest": not a version/],
  ])('bad usage %j exits 2', async (argv, message) => {
    const { code, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  test('invalid YAML exits 2 naming the file and document', async () => {
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'a: [\n');
    const { code, err } = await cli('check', '--cni', 'calico', dir);
    expect(code).toBe(2);
    expect(err).toContain(`${path.join(dir, 'bad.yaml')} document 0: invalid YAML`);
  });

  test('a bad --pod-cidr exits 2', async () => {
    const { code, err } = await cli('check', '--cni', 'calico', '--pod-cidr', '10.0.0.0', '--', dir);
    expect(code).toBe(2);
    expect(err).toContain('invalid podCidrs[0] "10.0.0.0": the prefix length (mask) is missing');
  });
});
