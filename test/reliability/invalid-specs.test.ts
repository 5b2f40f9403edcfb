// Random invalid specs: a valid spec broken in one field must throw ValidationError,
// never anything else and never synthesize; arbitrary strings and numbers in any field
// either pass (and then give schema-valid output) or throw ValidationError.
import { Chart, Testing } from 'cdk8s';
import * as fc from 'fast-check';
import { badCidr, badHost, badName, badPort, fcParams, host, ingressPath } from './arbitraries';
import { EgressToCidr, EgressToFqdn, ExposedService, PolicyPort, ThreeTierApp } from '../../src';
import { ValidationError } from '../../src/validation/validation-error';
import { validateManifests } from '../util/schema';

/** Runs `build` in a fresh chart; returns the error it threw (undefined: it built). */
function attempt(build: (chart: Chart) => void): { error: unknown; chart: Chart } {
  const chart = Testing.chart();
  try {
    build(chart);
    return { error: undefined, chart };
  } catch (e) {
    return { error: e, chart };
  }
}

/** The bad input must be refused with a ValidationError, leaving nothing that synthesizes. */
function expectRejected(build: (chart: Chart) => void): void {
  const { error, chart } = attempt(build);
  expect(error).toBeInstanceOf(ValidationError);
  expect(Testing.synth(chart)).toEqual([]);
}

/** Any input: either a ValidationError (nothing synthesizes) or schema-valid output. */
function expectRejectedOrValid(build: (chart: Chart) => void): void {
  const { error, chart } = attempt(build);
  if (error !== undefined) {
    expect(error).toBeInstanceOf(ValidationError);
    expect(Testing.synth(chart)).toEqual([]);
  } else {
    const objs = Testing.synth(chart).filter((o) => o.apiVersion !== 'cilium.io/v2');
    expect(validateManifests(objs)).toBe(objs.length);
  }
}

const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 65535, 65536, NaN));

describe('EgressToCidr | invalid specs', () => {
  const broken = fc.oneof(
    badCidr.map((cidr) => ({ cidr })),
    badCidr.map((e) => ({ except: [e] })),
    badName.map((name) => ({ name })),
  );
  test('one broken field throws ValidationError', () => {
    fc.assert(fc.property(broken, (b) => {
      expectRejected((chart) => new EgressToCidr(chart, 'egress', { cidr: '10.0.0.0/8', ...b }));
    }), fcParams());
  });

  test('bad port numbers throw ValidationError from every PolicyPort factory', () => {
    const factories = [
      PolicyPort.tcp, PolicyPort.udp, PolicyPort.sctp,
      (p: number) => PolicyPort.tcpRange(p, 8080), (p: number) => PolicyPort.udpRange(1, p),
    ];
    fc.assert(fc.property(badPort, fc.constantFrom(...factories), (p, factory) => {
      expect(() => factory(p)).toThrow(ValidationError);
    }), fcParams());
  });

  test('arbitrary strings as cidr, except and name: ValidationError or schema-valid', () => {
    fc.assert(fc.property(anyString, anyString, anyString, (cidr, e, name) => {
      expectRejectedOrValid((chart) => new EgressToCidr(chart, 'egress', { cidr, name }));
      expectRejectedOrValid((chart) => new EgressToCidr(chart, 'egress', { cidr: '10.0.0.0/8', except: [e] }));
    }), fcParams());
  });
});

describe('ExposedService | invalid specs', () => {
  const broken = fc.oneof(
    badHost.map((h) => ({ host: h })),
    badPort.map((port) => ({ port })),
    badPort.map((servicePort) => ({ servicePort })),
    badName.map((name) => ({ name })),
    badName.map((serviceName) => ({ serviceName })),
    ingressPath.map((path) => ({ path: path.slice(1) || 'x' })),
    fc.integer({ max: -1 }).map((replicas) => ({ replicas })),
  );
  test('one broken field throws ValidationError', () => {
    fc.assert(fc.property(broken, (b) => {
      expectRejected((chart) => new ExposedService(chart, 'svc', { image: 'nginx:1.27', host: 'example.com', ...b }));
    }), fcParams());
  });

  test('arbitrary strings and numbers in any field: ValidationError or schema-valid', () => {
    fc.assert(fc.property(anyString, anyString, anyString, anyNumber, (h, path, name, port) => {
      expectRejectedOrValid((chart) => new ExposedService(chart, 'svc', { image: 'nginx:1.27', host: h, path, name: name || undefined, port }));
      // a route added later: refused without changing what the construct already writes
      const chart = Testing.chart();
      const svc = new ExposedService(chart, 'svc', { image: 'nginx:1.27', host: 'example.com' });
      const before = Testing.synth(chart);
      const { error } = attempt(() => svc.addRoute(h, path));
      if (error !== undefined) {
        expect(error).toBeInstanceOf(ValidationError);
        expect(Testing.synth(chart)).toEqual(before);
      } else {
        expect(validateManifests(Testing.synth(chart))).toBe(before.length);
      }
    }), fcParams());
  });
});

describe('ThreeTierApp | invalid specs', () => {
  const base = { host: 'shop.example.com', frontend: { image: 'nginx:1.27' }, backend: { image: 'api:1.0' }, database: { image: 'mysql:8.4' } };
  const broken = fc.oneof(
    badHost.map((h) => ({ host: h })),
    badName.map((name) => ({ name })),
    badPort.map((port) => ({ frontend: { image: 'nginx:1.27', port } })),
    badPort.map((port) => ({ backend: { image: 'api:1.0', port } })),
    badPort.map((port) => ({ database: { image: 'mysql:8.4', port } })),
    badCidr.map((cidr) => ({ database: undefined, externalDatabase: { cidr } })),
    badPort.map((port) => ({ database: undefined, externalDatabase: { cidr: '10.20.0.0/24', port } })),
    fc.integer({ min: 51, max: 63 }).map((n) => ({ name: `a${'b'.repeat(n - 1)}` })), // valid label, too long once derived
  );
  test('one broken field throws ValidationError', () => {
    fc.assert(fc.property(broken, (b) => {
      expectRejected((chart) => new ThreeTierApp(chart, 'shop', { ...base, ...b }));
    }), fcParams());
  });

  test('arbitrary strings and numbers in any field: ValidationError or schema-valid', () => {
    fc.assert(fc.property(anyString, anyString, anyNumber, host, (name, image, port, h) => {
      expectRejectedOrValid((chart) => new ThreeTierApp(chart, 'shop', { ...base, host: h, name: name || undefined, backend: { image: `${image}:1.0`, port } }));
    }), fcParams());
  });
});

describe('EgressToFqdn | invalid specs', () => {
  test('arbitrary names, patterns and labels: ValidationError or a policy', () => {
    fc.assert(fc.property(anyString, anyString, anyString, (n, p, v) => {
      expectRejectedOrValid((chart) => new EgressToFqdn(chart, 'fqdn', { podLabels: { app: v }, matchNames: [n], matchPatterns: [p] }));
    }), fcParams());
  });
});
