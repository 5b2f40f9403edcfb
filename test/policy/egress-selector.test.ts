import { Testing } from 'cdk8s';
import { Deployment } from 'cdk8s-plus-28';
import { EgressSelector } from '../../src/policy';

describe('EgressSelector |', () => {
  test('allPods selects every pod', () => {
    expect(EgressSelector.allPods()._podLabels()).toEqual({});
  });

  test('labels selects exactly those labels', () => {
    expect(EgressSelector.labels({ tier: 'db' })._podLabels()).toEqual({ tier: 'db' });
  });

  test('labels rejects an empty map and bad labels', () => {
    expect(() => EgressSelector.labels({})).toThrow('EgressSelector.labels: invalid labels "{}": an empty label map selects every pod; give at least one label, or use EgressSelector.allPods()');
    expect(() => EgressSelector.labels({ 'a b': 'c' })).toThrow(/EgressSelector.labels: invalid labels key "a b"/);
  });

  test('workload selects the labels of its own selector', () => {
    // GIVEN
    const chart = Testing.chart();
    const api = new Deployment(chart, 'Api', { containers: [{ image: 'api' }] });
    // WHEN
    const labels = EgressSelector.workload(api)._podLabels();
    // THEN
    expect(labels).toEqual(api.matchLabels);
    expect(Object.keys(labels)).toEqual(['cdk8s.io/metadata.addr']);
  });

  test('workload without selector labels is rejected', () => {
    const chart = Testing.chart();
    const api = new Deployment(chart, 'Api', { containers: [{ image: 'api' }], select: false });
    expect(() => EgressSelector.workload(api)._podLabels()).toThrow(/^test\/Api: invalid selector "{}": the workload has no pod selector labels/);
  });
});
