import { validatePath } from '../../src/validation/path';

const site = { constructPath: 'web/frontend', field: 'path' };

describe('validatePath |', () => {
  test.each(['/', '/api', '/api/v1/', '/a.b'])('accepts %s', (path) => {
    expect(validatePath(site, path, 'Prefix')).toBe(path);
  });

  test('a path must start with /', () => {
    expect(() => validatePath(site, 'api', 'Prefix')).toThrow('web/frontend: invalid path "api": an ingress path must start with /; write "/api"');
    expect(() => validatePath(site, '', 'ImplementationSpecific')).toThrow(/must start with \//);
  });

  test.each(['/a//b', '/a/./b', '/a/../b', '/a%2fb', '/a%2Fb'])('Prefix rejects %s', (path) => {
    expect(() => validatePath(site, path, 'Prefix')).toThrow(/a path of type Prefix must not contain ".*" \(the api server rejects it\)/);
    expect(() => validatePath(site, path, 'Exact')).toThrow(/a path of type Exact must not contain/);
  });

  test.each(['/a/..', '/a/.'])('Exact rejects the suffix of %s', (path) => {
    expect(() => validatePath(site, path, 'Exact')).toThrow(/must not end with/);
  });

  test('ImplementationSpecific leaves the rest to the controller', () => {
    expect(validatePath(site, '/a//b', 'ImplementationSpecific')).toBe('/a//b');
  });
});
