import { k8s } from 'cdk8s-plus-28';
import { Protocol } from './protocol';
import { validatePort, validatePortName, validatePortRange } from '../validation/ports';
import { fail } from '../validation/validation-error';

/**
 * A port (or port range, or whole protocol) that a NetworkPolicy rule allows.
 *
 * Unlike cdk8s-plus's `NetworkPolicyPort.allTcp()`, which writes the invalid `port: 0`,
 * `PolicyPort.allTcp()` writes only `protocol: TCP`, which is how Kubernetes says "every
 * TCP port". To allow every port of every protocol, give no ports at all.
 *
 * @see https://kubernetes.io/docs/concepts/services-networking/network-policies/#targeting-a-range-of-ports
 */
export class PolicyPort {
  /** One TCP port, e.g. `PolicyPort.tcp(3306)`. */
  public static tcp(port: number): PolicyPort {
    return PolicyPort.single('PolicyPort.tcp', Protocol.TCP, port);
  }

  /** One UDP port, e.g. `PolicyPort.udp(53)`. */
  public static udp(port: number): PolicyPort {
    return PolicyPort.single('PolicyPort.udp', Protocol.UDP, port);
  }

  /** One SCTP port. */
  public static sctp(port: number): PolicyPort {
    return PolicyPort.single('PolicyPort.sctp', Protocol.SCTP, port);
  }

  /** A range of TCP ports, both ends included (`endPort` needs Kubernetes 1.25+). */
  public static tcpRange(startPort: number, endPort: number): PolicyPort {
    return PolicyPort.range('PolicyPort.tcpRange', Protocol.TCP, startPort, endPort);
  }

  /** A range of UDP ports, both ends included. */
  public static udpRange(startPort: number, endPort: number): PolicyPort {
    return PolicyPort.range('PolicyPort.udpRange', Protocol.UDP, startPort, endPort);
  }

  /** A range of SCTP ports, both ends included. */
  public static sctpRange(startPort: number, endPort: number): PolicyPort {
    return PolicyPort.range('PolicyPort.sctpRange', Protocol.SCTP, startPort, endPort);
  }

  /** Every TCP port (writes `protocol: TCP` with no port). */
  public static allTcp(): PolicyPort {
    return new PolicyPort(Protocol.TCP);
  }

  /** Every UDP port (writes `protocol: UDP` with no port). */
  public static allUdp(): PolicyPort {
    return new PolicyPort(Protocol.UDP);
  }

  /** Every SCTP port (writes `protocol: SCTP` with no port). */
  public static allSctp(): PolicyPort {
    return new PolicyPort(Protocol.SCTP);
  }

  /**
   * A named container port, e.g. `PolicyPort.named('http')`; it matches the port of
   * that name on the selected pods (for egress: on the destination pods).
   *
   * @param name an IANA_SVC_NAME (1-15 lowercase letters, digits and -)
   * @param protocol the protocol of the named port; default TCP
   */
  public static named(name: string, protocol?: Protocol): PolicyPort {
    validatePortName({ constructPath: 'PolicyPort.named', field: 'port' }, name);
    const proto = protocol ?? Protocol.TCP;
    // JavaScript callers can pass any string; the API server accepts only these three.
    if (!Object.values(Protocol).includes(proto)) {
      fail({ constructPath: 'PolicyPort.named', field: 'protocol' }, proto, 'the protocol must be tcp, udp or sctp', 'use Protocol.TCP, Protocol.UDP or Protocol.SCTP');
    }
    return new PolicyPort(proto, undefined, undefined, name);
  }

  private static single(factory: string, protocol: Protocol, port: number): PolicyPort {
    validatePort({ constructPath: factory, field: 'port' }, port);
    return new PolicyPort(protocol, port);
  }

  private static range(factory: string, protocol: Protocol, startPort: number, endPort: number): PolicyPort {
    validatePortRange({ constructPath: factory, field: 'port' }, startPort, { constructPath: factory, field: 'endPort' }, endPort);
    return new PolicyPort(protocol, startPort, endPort);
  }

  /**
   * @param protocol the protocol
   * @param port first (or only) port number; undefined for a whole protocol or a named port
   * @param endPort last port of a range
   * @param name a named container port
   */
  private constructor(
    /** The protocol this port allows. */
    public readonly protocol: Protocol,
    /** The port number, or the first port of a range; undefined for every port of the protocol or a named port. */
    public readonly port?: number,
    /** The last port of a range (inclusive); undefined for a single port. */
    public readonly endPort?: number,
    /** The container port name, for a named port. */
    public readonly name?: string,
  ) {}

  /** A short text such as `TCP/3306`, `UDP/53-60`, `TCP/http` or `TCP/*`. */
  public toString(): string {
    const port = this.name ?? (this.port === undefined ? '*' : String(this.port));
    return `${this.protocol}/${port}${this.endPort !== undefined ? `-${this.endPort}` : ''}`;
  }

  /** @internal */
  public _toKube(): k8s.NetworkPolicyPort {
    const port = this.name !== undefined
      ? k8s.IntOrString.fromString(this.name)
      : this.port !== undefined ? k8s.IntOrString.fromNumber(this.port) : undefined;
    return { protocol: this.protocol, port, endPort: this.endPort };
  }
}
