import { hostCovers, validateHost } from '../../src/validation/host';

const site = { constructPath: 'web/frontend', field: 'host' };

describe('validateHost |', () => {
  test.each(['example.com', '*.example.com', 'a-b.c.example', 'localhost', `${'a'.repeat(63)}.example.com`])('accepts %s', (host) => {
    expect(validateHost(site, host)).toBe(host);
  });

  test.each([
    ['', 'web/frontend: invalid host "": a host must not be empty; give a lowercase dns name such as "example.com" or "*.example.com"'],
    ['Example.com', 'web/frontend: invalid host "Example.com": an ingress host must be lowercase; write "example.com"'],
    ['10.0.0.1', 'web/frontend: invalid host "10.0.0.1": an ingress host must be a dns name, not an ip address'],
    ['::1', 'not an ip address'],
    ['*.*.example.com', 'a wildcard is only allowed as a single leading "*." label'],
    ['foo.*.com', 'a wildcard is only allowed'],
    ['*', 'a wildcard is only allowed'],
    ['example.com:8080', 'must not contain a port'],
    ['under_score.com', 'must be a dns-1123 subdomain'],
    ['-bad.com', 'must be a dns-1123 subdomain'],
    [`${'a'.repeat(64)}.example.com`, '("aaaaaaaa..." has 64), so no resolver can serve this host; shorten that label'],
  ])('rejects %j', (host, message) => {
    expect(() => validateHost(site, host)).toThrow(message);
  });

  test('hostCovers: equal names and one-level wildcards', () => {
    expect(hostCovers('example.com', 'example.com')).toBe(true);
    expect(hostCovers('*.example.com', 'a.example.com')).toBe(true);
    expect(hostCovers('*.example.com', 'a.b.example.com')).toBe(false);
    expect(hostCovers('*.example.com', 'example.com')).toBe(false);
    expect(hostCovers('a.example.com', '*.example.com')).toBe(false);
  });
});
