import { validateManifest, validateManifests } from './schema';

describe('schema helper |', () => {
  test('accepts a valid NetworkPolicy and rejects a wrong policyType', () => {
    // GIVEN
    const good = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'p' }, spec: { podSelector: {}, policyTypes: ['Egress'] } };
    const bad = { ...good, spec: { podSelector: {}, policyTypes: ['Outbound'] } };
    // WHEN / THEN
    expect(validateManifests([good])).toBe(1);
    expect(() => validateManifest(bad)).toThrow(/NetworkPolicy p: .*policyTypes/);
  });

  test('refuses kinds it has no schema for', () => {
    expect(() => validateManifest({ apiVersion: 'v1', kind: 'Nope' })).toThrow(/no schema registered .* v1\/Nope/);
  });
});
