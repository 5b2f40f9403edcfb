import { Cni, CniFeature, MaintenanceStatus, SupportLevel } from '../../src/cni';
import { ValidationError } from '../../src/validation/validation-error';

describe('Cni |', () => {
  test('every plugin of the issue is in the matrix, in README order', () => {
    // GIVEN / WHEN
    const names = Cni.names();
    // THEN
    expect(names).toEqual([
      'calico', 'cilium', 'antrea', 'kube-router', 'weave-net', 'romana',
      'flannel', 'canal', 'aws-vpc-cni', 'azure-npm', 'gke-dataplane-v2',
    ]);
  });

  test('every fact of every plugin has an http(s) source', () => {
    for (const cni of Cni.all()) {
      expect(cni.maintenanceSource).toMatch(/^https:\/\//);
      for (const feature of Object.values(CniFeature)) {
        expect(cni.support(feature).source).toMatch(/^https:\/\//);
      }
    }
  });

  test('an unknown fact always says why', () => {
    for (const cni of [...Cni.all(), Cni.cilium('1.15')]) {
      for (const feature of Object.values(CniFeature)) {
        const support = cni.support(feature);
        if (support.level === SupportLevel.UNKNOWN) {
          expect(support.note).toBeTruthy();
        }
      }
    }
  });

  test.each([
    ['1.15', SupportLevel.IGNORED_SILENTLY],
    ['1.15.19', SupportLevel.IGNORED_SILENTLY],
    ['v1.9', SupportLevel.IGNORED_SILENTLY],
    ['1.16', SupportLevel.SUPPORTED],
    ['1.16.0', SupportLevel.SUPPORTED],
    ['1.17.2', SupportLevel.SUPPORTED],
    ['2', SupportLevel.SUPPORTED],
  ])('cilium %s handles endPort as %s', (version, level) => {
    // GIVEN
    const cni = Cni.cilium(version);
    // WHEN
    const support = cni.support(CniFeature.END_PORT);
    // THEN
    expect(support.level).toBe(level);
  });

  test('cilium without a version reports endPort as depending on it', () => {
    const support = Cni.cilium().support(CniFeature.END_PORT);
    expect(support.level).toBe(SupportLevel.PARTIAL);
    expect(support.note).toContain('1.16');
  });

  test('named() takes ids, aliases and any case, and keeps the version', () => {
    expect(Cni.named('weave').name).toBe('weave-net');
    expect(Cni.named('AWS').name).toBe('aws-vpc-cni');
    expect(Cni.named('gke').name).toBe('gke-dataplane-v2');
    const cilium = Cni.named('Cilium', 'v1.15.3');
    expect(cilium.name).toBe('cilium');
    expect(cilium.version).toBe('1.15.3');
    expect(cilium.label).toBe('cilium@1.15.3');
  });

  test('an unknown name throws and lists the known names', () => {
    expect(() => Cni.named('calicoo')).toThrow(ValidationError);
    expect(() => Cni.named('calicoo')).toThrow(/^Cni\.named: invalid name "calicoo": no such cni in the matrix; use one of calico, cilium, .*gke-dataplane-v2$/);
  });

  test('a bad version throws and shows the expected form', () => {
    expect(() => Cni.cilium('latest')).toThrow(ValidationError);
    expect(() => Cni.cilium('latest')).toThrow('Cni cilium: invalid version "latest": not a version; write it like 1.16 or 1.16.3');
  });

  test('flannel enforces nothing; canal enforces like calico', () => {
    expect(Cni.flannel().enforcesNetworkPolicy).toBe(false);
    expect(Cni.canal().enforcesNetworkPolicy).toBe(true);
    for (const feature of Object.values(CniFeature)) {
      expect(Cni.canal().support(feature).level).toBe(Cni.calico().support(feature).level);
    }
  });

  test('maintenance: weave net archived, romana defunct, azure npm deprecated', () => {
    expect(Cni.weaveNet().maintenance).toBe(MaintenanceStatus.ARCHIVED);
    expect(Cni.romana().maintenance).toBe(MaintenanceStatus.DEFUNCT);
    expect(Cni.azureNpm().maintenance).toBe(MaintenanceStatus.DEPRECATED);
    expect(Cni.calico().maintenance).toBe(MaintenanceStatus.ACTIVE);
  });

  test('only cilium applies CiliumNetworkPolicy; GKE is unknown', () => {
    expect(Cni.cilium().support(CniFeature.CILIUM_NETWORK_POLICY).level).toBe(SupportLevel.SUPPORTED);
    expect(Cni.gkeDataplaneV2().support(CniFeature.CILIUM_NETWORK_POLICY).level).toBe(SupportLevel.UNKNOWN);
    expect(Cni.calico().support(CniFeature.CILIUM_NETWORK_POLICY).level).toBe(SupportLevel.UNSUPPORTED);
  });
});
