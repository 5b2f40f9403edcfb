import { validateAnnotations, validateDns1035Label, validateDnsLabel, validateDnsSubdomain, validateLabelKey, validateLabels, validateLabelValue } from '../../src/validation/names';

const site = { constructPath: 'web/frontend', field: 'name' };

describe('names |', () => {
  test.each(['a', 'frontend', 'web-1', 'a'.repeat(63)])('accepts label %s', (name) => {
    expect(validateDnsLabel(site, name)).toBe(name);
  });

  test('a name over 63 characters says so', () => {
    expect(() => validateDnsLabel(site, 'a'.repeat(64))).toThrow(`web/frontend: invalid name "${'a'.repeat(64)}": a dns-1123 label is at most 63 characters (this one has 64); use a shorter name`);
  });

  test.each(['Frontend', 'front_end', '-web', 'web-', 'a.b', ''])('rejects label %s', (name) => {
    expect(() => validateDnsLabel(site, name)).toThrow(/web\/frontend: invalid name ".*": a (dns-1123 label|name must not be empty)/);
  });

  test('the fix suggests a valid label', () => {
    expect(() => validateDnsLabel(site, 'My_Service')).toThrow(/use e.g. "my-service"/);
  });

  test('dns-1035 labels (service names) start with a letter', () => {
    expect(validateDns1035Label(site, 'web-1')).toBe('web-1');
    expect(() => validateDns1035Label(site, '1web')).toThrow('web/frontend: invalid name "1web": a service name must start with a letter (dns-1035 label); use e.g. "svc-1web"');
  });

  test('subdomains', () => {
    expect(validateDnsSubdomain(site, 'web.example.com')).toBe('web.example.com');
    expect(() => validateDnsSubdomain(site, 'web..example')).toThrow(/dns-1123 subdomain/);
    expect(() => validateDnsSubdomain(site, `${'a'.repeat(60)}.`.repeat(5))).toThrow(/at most 253 characters/);
  });

  test('label keys and values', () => {
    expect(validateLabelKey(site, 'app.kubernetes.io/name')).toBe('app.kubernetes.io/name');
    expect(validateLabelKey(site, 'tier')).toBe('tier');
    expect(() => validateLabelKey(site, 'a/b/c')).toThrow(/at most one \//);
    expect(() => validateLabelKey(site, 'Bad_Prefix/x')).toThrow(/prefix of a label key/);
    expect(() => validateLabelKey(site, '-x')).toThrow(/name of a label key/);
    expect(validateLabelValue(site, '')).toBe('');
    expect(() => validateLabelValue(site, 'x'.repeat(64))).toThrow(/label value must be at most 63/);
  });

  test('validateLabels names the bad key in the field', () => {
    expect(() => validateLabels({ constructPath: 'p', field: 'podLabels' }, { app: 'bad value' })).toThrow('p: invalid podLabels["app"] "bad value"');
    expect(() => validateAnnotations({ constructPath: 'p', field: 'annotations' }, { 'bad key!': 'x' })).toThrow('p: invalid annotations key "bad key!"');
  });
});
