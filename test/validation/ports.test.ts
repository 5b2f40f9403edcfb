import { validateNonNegativeInteger, validatePort, validatePortName, validatePortRange } from '../../src/validation/ports';

const site = { constructPath: 'PolicyPort.tcp', field: 'port' };
const endSite = { constructPath: 'PolicyPort.tcp', field: 'endPort' };

describe('ports |', () => {
  test.each([1, 80, 65535])('accepts port %d', (port) => {
    expect(validatePort(site, port)).toBe(port);
  });

  test.each([0, -1, 65536, 1.5, NaN])('rejects port %d', (port) => {
    expect(() => validatePort(site, port)).toThrow(`PolicyPort.tcp: invalid port "${port}": a port must be an integer from 1 to 65535; give a port in that range (leave the port out to allow all ports)`);
  });

  test('a range end below its start names endPort', () => {
    expect(() => validatePortRange(site, 8080, endSite, 8000)).toThrow('PolicyPort.tcp: invalid endPort "8000": the range end is below its start 8080; give an end of at least 8080, or swap the two');
    expect(() => validatePortRange(site, 8000, endSite, 8000)).not.toThrow();
  });

  test.each(['http', 'metrics-1', 'a', 'abcdefghijklmno'])('accepts port name %s', (name) => {
    expect(validatePortName(site, name)).toBe(name);
  });

  test.each([
    ['', /1 to 15 characters/],
    ['abcdefghijklmnop', /1 to 15 characters/],
    ['HTTP', /only lowercase letters, digits and -/],
    ['8080', /at least one letter/],
    ['-http', /must not begin or end with -/],
    ['ht--tp', /contain --/],
  ])('rejects port name %s', (name, message) => {
    expect(() => validatePortName(site, name)).toThrow(message);
  });

  test('replicas', () => {
    expect(validateNonNegativeInteger(site, 0)).toBe(0);
    expect(() => validateNonNegativeInteger(site, -1)).toThrow(/whole number of 0 or more/);
  });
});
