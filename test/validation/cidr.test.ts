/* eslint-disable no-bitwise */ // masks and shifts are the natural language of CIDRs
import * as fc from 'fast-check';
import { formatIp, isStrictSubset, parseCidr, parseIpv4, parseIpv6, validateIpBlock } from '../../src/validation/cidr';
import { ValidationError } from '../../src/validation/validation-error';

const site = { constructPath: 'chart/db', field: 'cidr' };

describe('parseCidr |', () => {
  test.each([
    ['10.0.0.0/8', 'ipv4', 8],
    ['203.0.113.10/32', 'ipv4', 32],
    ['0.0.0.0/0', 'ipv4', 0],
    ['2001:db8::/32', 'ipv6', 32],
    ['::/0', 'ipv6', 0],
    ['fd00::1/128', 'ipv6', 128],
  ])('accepts %s', (text, family, prefix) => {
    // WHEN
    const parsed = parseCidr(site, text);
    // THEN
    expect(parsed).toMatchObject({ family, prefix, text });
  });

  test.each([
    ['256.0.0.0/8', /invalid cidr "256.0.0.0\/8": the address is not a valid ipv4 address/],
    ['10.0.0/8', /not a valid ipv4 address/],
    ['010.0.0.0/8', /no leading zeros/],
    ['10.0.0.0/33', /prefix length must be a whole number from 0 to 32 for ipv4/],
    ['10.0.0.0/08', /prefix length must be a whole number/],
    ['10.0.0.0/', /prefix length must be a whole number/],
    ['2001:db8::/129', /from 0 to 128 for ipv6/],
    ['2001:db8:::/32', /not a valid ipv6 address/],
    ['2001:zz8::/32', /not a valid ipv6 address/],
    ['', /a cidr must not be empty/],
  ])('rejects %s', (text, message) => {
    expect(() => parseCidr(site, text)).toThrow(message);
  });

  test('a missing mask suggests the single-address form', () => {
    expect(() => parseCidr(site, '10.0.0.1')).toThrow(
      'chart/db: invalid cidr "10.0.0.1": the prefix length (mask) is missing; write 10.0.0.1/32 for a single address, or add the network\'s prefix length',
    );
    expect(() => parseCidr(site, '2001:db8::1')).toThrow(/write 2001:db8::1\/128/);
  });

  test('host bits set are rejected with the normalized network as the fix', () => {
    // WHEN
    let error: ValidationError | undefined;
    try { parseCidr(site, '10.1.2.3/8'); } catch (e) { error = e as ValidationError; }
    // THEN
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ constructPath: 'chart/db', field: 'cidr', value: '10.1.2.3/8' });
    expect(error?.message).toBe('chart/db: invalid cidr "10.1.2.3/8": host bits are set after /8; write the network address 10.0.0.0/8 (or a longer prefix for a smaller range)');
    expect(() => parseCidr(site, '2001:db8::1/32')).toThrow(/write the network address 2001:db8::\/32/);
  });

  test('ipv6 must be canonical (lowercase, compressed)', () => {
    expect(() => parseCidr(site, '2001:DB8::/32')).toThrow('chart/db: invalid cidr "2001:DB8::/32": the ipv6 cidr is not in canonical form; write 2001:db8::/32');
    expect(() => parseCidr(site, '2001:0db8:0:0:0:0:0:0/32')).toThrow(/write 2001:db8::\/32/);
  });
});

describe('ip parsing |', () => {
  test('ipv6 forms', () => {
    expect(parseIpv6('::')).toBe(0n);
    expect(parseIpv6('::1')).toBe(1n);
    expect(parseIpv6('::ffff:1.2.3.4')).toBe(0xffff01020304n);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).toBe(0x00010002000300040005000600070008n);
    expect(parseIpv6('1:2:3:4:5:6:7:8:9')).toBeUndefined();
    expect(parseIpv6('1::2::3')).toBeUndefined();
    expect(parseIpv6('1:2:3:4:5:6:7::8')).toBeUndefined();
  });

  test('RFC 5952 formatting compresses the longest zero run', () => {
    expect(formatIp('ipv6', parseIpv6('2001:db8:0:0:1:0:0:1')!)).toBe('2001:db8::1:0:0:1');
    expect(formatIp('ipv6', parseIpv6('2001:db8:0:1:1:1:1:1')!)).toBe('2001:db8:0:1:1:1:1:1');
    expect(formatIp('ipv4', parseIpv4('192.168.0.1')!)).toBe('192.168.0.1');
  });

  test('property: every ipv4 network round-trips through parse and format', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 }), (addr, prefix) => {
      const network = BigInt(addr) & ~((1n << BigInt(32 - prefix)) - 1n);
      const text = `${formatIp('ipv4', network)}/${prefix}`;
      expect(parseCidr(site, text).address).toBe(network);
    }));
  });

  test('property: every ipv6 network round-trips through parse and format', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), fc.integer({ min: 0, max: 128 }), (addr, prefix) => {
      const network = addr & ~((1n << BigInt(128 - prefix)) - 1n);
      const text = `${formatIp('ipv6', network)}/${prefix}`;
      const parsed = parseCidr(site, text);
      expect(parsed.address).toBe(network);
      expect(parsed.text).toBe(text);
    }));
  });
});

describe('validateIpBlock |', () => {
  test('accepts the seed ipBlock', () => {
    // WHEN
    const block = validateIpBlock('chart/db', '203.0.113.0/24', ['203.0.113.10/32']);
    // THEN
    expect(block.except.map((e) => e.text)).toEqual(['203.0.113.10/32']);
    expect(isStrictSubset(block.cidr, block.except[0])).toBe(true);
  });

  test.each([
    ['203.0.113.0/24', '203.0.114.0/32', /invalid except\[0\] "203.0.114.0\/32": it is not a strict subset of cidr "203.0.113.0\/24" \(the api server rejects it\); list only ranges inside/],
    ['203.0.113.0/24', '203.0.113.0/24', /not a strict subset/],
    ['203.0.113.0/24', '203.0.112.0/23', /not a strict subset/],
    ['203.0.113.0/24', '2001:db8::/64', /invalid except\[0\] "2001:db8::\/64": it is ipv6 but cidr "203.0.113.0\/24" is ipv4/],
    ['2001:db8::/32', '2001:db9::/48', /not a strict subset of cidr "2001:db8::\/32"/],
  ])('rejects cidr %s except %s', (cidr, except, message) => {
    expect(() => validateIpBlock('chart/db', cidr, [except])).toThrow(message);
  });

  test('rejects a duplicate except entry', () => {
    expect(() => validateIpBlock('chart/db', '10.0.0.0/8', ['10.1.0.0/16', '10.1.0.0/16'])).toThrow(/invalid except\[1\] "10.1.0.0\/16": it is listed twice/);
  });

  test('ipv6 except inside ipv6 cidr', () => {
    expect(validateIpBlock('c', '2001:db8::/32', ['2001:db8:1::/48']).except[0].prefix).toBe(48);
  });
});
