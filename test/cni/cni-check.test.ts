import { ApiObject, App, Chart, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { ingressWithPorts, networkPolicy } from './helpers';
import { Cni, CniCheck, FindingSeverity } from '../../src/cni';

/** A chart holding one raw NetworkPolicy (the check reads synthesized objects only). */
function chartWithPolicy(app: App, spec: any = networkPolicy().spec): Chart {
  const chart = new Chart(app, 'shop', { namespace: 'shop' });
  new ApiObject(chart, 'web', { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web' }, spec });
  return chart;
}

describe('CniCheck |', () => {
  let stderr: jest.SpyInstance;
  beforeEach(() => { stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true); });
  afterEach(() => stderr.mockRestore());

  test('flannel: synth fails with the error naming the policy', () => {
    // GIVEN
    const app = Testing.app();
    const chart = chartWithPolicy(app);
    // WHEN
    CniCheck.of(chart, Cni.flannel());
    // THEN
    expect(() => app.synth()).toThrow(/\[shop\] cni check \(flannel\): \[NETWORK_POLICY_NOT_ENFORCED\] networkpolicy shop\/web will be silently ignored/);
  });

  test('calico: synth passes and prints nothing', () => {
    const app = Testing.app();
    CniCheck.of(chartWithPolicy(app), Cni.calico());
    expect(() => app.synth()).not.toThrow();
    expect(stderr).not.toHaveBeenCalled();
  });

  test('warnings are printed, not fatal', () => {
    // GIVEN
    const app = Testing.app();
    const spec = networkPolicy({ ingress: ingressWithPorts({ protocol: 'TCP', port: 8000, endPort: 8100 }) }).spec;
    CniCheck.of(chartWithPolicy(app, spec), Cni.cilium('1.15'));
    // WHEN
    app.synth();
    // THEN
    expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/^warning: cni check \(cilium@1\.15\): \[END_PORT_IGNORED_SILENTLY\] networkpolicy shop\/web uses endPort/));
  });

  test('strict: the same warning fails the synth', () => {
    const app = Testing.app();
    const spec = networkPolicy({ ingress: ingressWithPorts({ protocol: 'TCP', port: 8000, endPort: 8100 }) }).spec;
    CniCheck.of(chartWithPolicy(app, spec), Cni.cilium('1.15'), { strict: true });
    expect(() => app.synth()).toThrow(/END_PORT_IGNORED_SILENTLY/);
  });

  test('on an app it checks the objects of every chart', () => {
    // GIVEN
    const app = Testing.app();
    chartWithPolicy(app);
    new Chart(app, 'empty');
    // WHEN
    const check = CniCheck.of(app, Cni.flannel());
    // THEN
    expect(check.findings().map((f) => [f.severity, f.object])).toEqual([[FindingSeverity.ERROR, 'NetworkPolicy shop/web']]);
    expect(() => app.synth()).toThrow(/NETWORK_POLICY_NOT_ENFORCED/);
  });

  test('a scope that is neither chart nor app is rejected with the fix', () => {
    const chart = new Chart(Testing.app(), 'c');
    const inner = new Construct(chart, 'inner');
    expect(() => CniCheck.of(inner, Cni.calico())).toThrow('c/inner: invalid scope "Construct": CniCheck.of needs a Chart or an App; pass the chart or app whose objects should be checked');
  });

  test('a bad pod CIDR is rejected where it is given', () => {
    const chart = new Chart(Testing.app(), 'c');
    expect(() => CniCheck.of(chart, Cni.cilium('1.16'), { podCidrs: ['10.244.0/16'] }))
      .toThrow('c: invalid podCidrs[0] "10.244.0/16": the address is not a valid ipv4 address');
  });
});
