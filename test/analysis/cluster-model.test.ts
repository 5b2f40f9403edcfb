import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { deployment, policy } from './helpers';
import { Connectivity } from '../../src/analysis';

const template = (labels: Record<string, string>) => ({ metadata: { labels }, spec: { containers: [{ name: 'c', image: 'x' }] } });

describe('ClusterModel | workloads', () => {
  test('every workload kind becomes one peer named after its object', () => {
    // GIVEN
    const objects = [
      { kind: 'Pod', metadata: { name: 'p', namespace: 'w', labels: { k: 'pod' } }, spec: {} },
      { kind: 'Deployment', metadata: { name: 'd', namespace: 'w' }, spec: { template: template({ k: 'deploy' }) } },
      { kind: 'ReplicaSet', metadata: { name: 'rs', namespace: 'w' }, spec: { template: template({ k: 'rs' }) } },
      { kind: 'StatefulSet', metadata: { name: 'ss', namespace: 'w' }, spec: { template: template({ k: 'ss' }) } },
      { kind: 'DaemonSet', metadata: { name: 'ds', namespace: 'w' }, spec: { template: template({ k: 'ds' }) } },
      { kind: 'Job', metadata: { name: 'j', namespace: 'w' }, spec: { template: template({ k: 'job' }) } },
      { kind: 'CronJob', metadata: { name: 'cj', namespace: 'w' }, spec: { jobTemplate: { spec: { template: template({ k: 'cron' }) } } } },
      { kind: 'ReplicationController', metadata: { name: 'rc', namespace: 'w' }, spec: { template: template({ k: 'rc' }) } },
      { kind: 'Service', metadata: { name: 'svc', namespace: 'w' }, spec: {} },
    ];
    // WHEN
    const peers = Connectivity.fromManifests(objects).peers();
    // THEN: services are not workloads; labels come from the pod template
    expect(peers.map((p) => `${p.id} ${p.labels!.k}`)).toEqual([
      'w/cj[CronJob] cron', 'w/d[Deployment] deploy', 'w/ds[DaemonSet] ds', 'w/j[Job] job',
      'w/p[Pod] pod', 'w/rc[ReplicationController] rc', 'w/rs[ReplicaSet] rs', 'w/ss[StatefulSet] ss',
    ]);
  });

  test('pods are named after their controlling owner, except Node owners; replicas are one peer', () => {
    // GIVEN
    const pod = (name: string, owner?: any) => ({
      kind: 'Pod', metadata: { name, namespace: 'w', labels: { app: 'x' }, ownerReferences: owner ? [owner] : undefined }, spec: {},
    });
    const objects = [
      pod('web-abc-1', { kind: 'ReplicaSet', name: 'web-abc', controller: true }),
      pod('web-abc-2', { kind: 'ReplicaSet', name: 'web-abc', controller: true }),
      pod('static-node1', { kind: 'Node', name: 'node1', controller: true }),
      pod('orphan', { kind: 'ReplicaSet', name: 'not-controller' }),
      pod('odd-1', { name: 'odd', controller: true }),
    ];
    // THEN
    expect(Connectivity.fromManifests(objects).peers().map((p) => p.id)).toEqual([
      'w/odd[Pod]', 'w/orphan[Pod]', 'w/static-node1[Pod]', 'w/web-abc[ReplicaSet]',
    ]);
  });

  test('List, PodList and NamespaceList items are read, taking the kind from the list', () => {
    // GIVEN
    const objects = [
      { kind: 'NamespaceList', items: [{ metadata: { name: 'a', labels: { env: 'prod' } } }] },
      { kind: 'PodList', items: [{ metadata: { name: 'p', namespace: 'a', labels: { app: 'p' } }, spec: {} }] },
      { kind: 'List', items: [deployment('b', 'q', { app: 'q' }), policy('a', 'deny', { podSelector: {} })] },
      { kind: 'List', items: [] },
    ];
    // WHEN
    const c = Connectivity.fromManifests(objects);
    // THEN
    expect(c.peers().map((p) => p.id)).toEqual(['a/p[Pod]', 'b/q[Deployment]']);
    expect(c.allows('b/q', 'a/p')).toBe(false);
    expect(c.manifests().map((m) => m.kind)).toEqual(['Namespace', 'Pod', 'Deployment', 'NetworkPolicy']);
  });

  test('objects without namespace are in default; NetworkPolicies of other API groups are ignored', () => {
    // GIVEN
    const objects = [
      { kind: 'Pod', metadata: { name: 'p', labels: { app: 'p' } }, spec: {} },
      { apiVersion: 'crd.projectcalico.org/v1', kind: 'NetworkPolicy', metadata: { name: 'calico' }, spec: { podSelector: {} } },
    ];
    // THEN
    expect(Connectivity.fromManifests(objects).toText()).toBe(
      '0.0.0.0-255.255.255.255[External] => default/p[Pod] : All Connections\n' +
      'default/p[Pod] => 0.0.0.0-255.255.255.255[External] : All Connections\n');
  });
});

describe('ClusterModel | invalid input', () => {
  test.each([
    ['an object without kind', { metadata: { name: 'x' } }, /^manifests\[0\]: invalid kind: undefined; every object needs a kind/],
    ['a workload without name', { kind: 'Deployment', metadata: {} }, /^manifests\[0\] \(Deployment\): invalid metadata.name: undefined; give the object a non-empty metadata.name/],
    ['a bad selector operator', policy('a', 'np', { podSelector: { matchExpressions: [{ key: 'k', operator: 'Equals', values: ['v'] }] } }),
      /^manifests\[0\] \(NetworkPolicy a\/np\): invalid spec.podSelector.matchExpressions\[0\].operator: "Equals"; use one of In, NotIn, Exists, DoesNotExist/],
    ['a bad cidr', policy('a', 'np', { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/33' } }] }] }),
      /invalid spec.egress\[0\].to\[0\].ipBlock.cidr: "10.0.0.0\/33"; use a CIDR such as 10.0.0.0\/8/],
    ['a bad protocol', policy('a', 'np', { podSelector: {}, ingress: [{ ports: [{ protocol: 'ICMP' }] }] }),
      /invalid spec.ingress\[0\].ports\[0\].protocol: "ICMP"; use TCP, UDP or SCTP/],
    ['endPort below port', policy('a', 'np', { podSelector: {}, ingress: [{ ports: [{ port: 90, endPort: 80 }] }] }),
      /invalid spec.ingress\[0\].ports\[0\].endPort: 80; use a port number from 90 to 65535/],
    ['an empty peer', policy('a', 'np', { podSelector: {}, ingress: [{ from: [{}] }] }),
      /invalid spec.ingress\[0\].from\[0\]: \{\}; set podSelector, namespaceSelector or ipBlock/],
  ])('%s is rejected naming source, field, value and fix', (_what, object, message) => {
    expect(() => Connectivity.fromManifests([object])).toThrow(message);
  });
});

describe('ClusterModel | files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'connlist-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('directories are read recursively; streams, comments and empty documents are fine', () => {
    // GIVEN
    fs.mkdirSync(path.join(dir, 'ok', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'ok', 'a.yaml'), '# comment only\n---\n---\nkind: Pod\nmetadata: {name: a}\nspec: {}\n');
    fs.writeFileSync(path.join(dir, 'ok', 'sub', 'b.json'), JSON.stringify({ kind: 'PodList', items: [{ metadata: { name: 'b' }, spec: {} }] }));
    fs.writeFileSync(path.join(dir, 'ok', 'notes.txt'), 'not: [a manifest');
    // THEN
    expect(Connectivity.fromFiles([path.join(dir, 'ok')]).peers().map((p) => p.id)).toEqual(['default/a[Pod]', 'default/b[Pod]']);
  });

  test('a YAML syntax error names the file and document index', () => {
    // GIVEN
    const file = path.join(dir, 'bad.yaml');
    fs.writeFileSync(file, 'kind: Namespace\nmetadata: {name: a}\n---\nkind: Pod\nmetadata: {name: [\n');
    // THEN
    expect(() => Connectivity.fromFiles([file])).toThrow(`${file} document 1: invalid YAML:`);
  });

  test('a missing path is named with a fix', () => {
    expect(() => Connectivity.fromFiles([path.join(dir, 'nope')])).toThrow(/nope: cannot read it \(no such file or directory\); pass existing manifest files or directories/);
  });
});
