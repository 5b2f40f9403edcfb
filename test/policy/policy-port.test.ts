import { PolicyPort, Protocol } from '../../src/policy';

describe('PolicyPort |', () => {
  test.each([
    [PolicyPort.tcp(3306), Protocol.TCP, 3306, undefined, { protocol: 'TCP', port: 3306 }],
    [PolicyPort.udp(53), Protocol.UDP, 53, undefined, { protocol: 'UDP', port: 53 }],
    [PolicyPort.sctp(9), Protocol.SCTP, 9, undefined, { protocol: 'SCTP', port: 9 }],
    [PolicyPort.tcpRange(8000, 8080), Protocol.TCP, 8000, 8080, { protocol: 'TCP', port: 8000, endPort: 8080 }],
    [PolicyPort.udpRange(1, 2), Protocol.UDP, 1, 2, { protocol: 'UDP', port: 1, endPort: 2 }],
    [PolicyPort.sctpRange(5, 5), Protocol.SCTP, 5, 5, { protocol: 'SCTP', port: 5, endPort: 5 }],
  ])('%s', (p, protocol, port, endPort, kube) => {
    // THEN: the public fields the analyzer reads, and the emitted object
    expect(p.protocol).toBe(protocol);
    expect(p.port).toBe(port);
    expect(p.endPort).toBe(endPort);
    expect(p.name).toBeUndefined();
    expect(toPlain(p)).toEqual(kube);
  });

  test('allTcp/allUdp/allSctp write only the protocol (never port 0)', () => {
    // WHEN
    const all = [PolicyPort.allTcp(), PolicyPort.allUdp(), PolicyPort.allSctp()];
    // THEN
    expect(all.map(toPlain)).toEqual([{ protocol: 'TCP' }, { protocol: 'UDP' }, { protocol: 'SCTP' }]);
    expect(all.every((p) => p.port === undefined && p.endPort === undefined)).toBe(true);
  });

  test('named ports default to TCP and keep the name', () => {
    expect(toPlain(PolicyPort.named('http'))).toEqual({ protocol: 'TCP', port: 'http' });
    expect(PolicyPort.named('dns', Protocol.UDP)).toMatchObject({ protocol: 'UDP', name: 'dns', port: undefined });
    expect(PolicyPort.named('metrics').toString()).toBe('TCP/metrics');
  });

  test('toString', () => {
    expect([PolicyPort.tcp(80), PolicyPort.udpRange(53, 60), PolicyPort.allTcp()].map(String)).toEqual(['TCP/80', 'UDP/53-60', 'TCP/*']);
  });

  test('bad arguments throw a ValidationError naming the factory and the field', () => {
    expect(() => PolicyPort.tcp(0)).toThrow('PolicyPort.tcp: invalid port "0": a port must be an integer from 1 to 65535');
    expect(() => PolicyPort.udp(70000)).toThrow(/^PolicyPort.udp: invalid port "70000"/);
    expect(() => PolicyPort.tcpRange(9000, 8000)).toThrow('PolicyPort.tcpRange: invalid endPort "8000": the range end is below its start 9000');
    expect(() => PolicyPort.sctpRange(1, 65536)).toThrow(/PolicyPort.sctpRange: invalid endPort "65536"/);
    expect(() => PolicyPort.named('HTTP')).toThrow(/PolicyPort.named: invalid port "HTTP"/);
  });
});

function toPlain(p: PolicyPort): object {
  const k = p._toKube();
  return JSON.parse(JSON.stringify({ protocol: k.protocol, port: k.port?.value, endPort: k.endPort }));
}
