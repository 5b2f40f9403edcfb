/**
 * A network protocol a NetworkPolicy port can allow.
 *
 * @see https://kubernetes.io/docs/concepts/services-networking/network-policies/
 */
export enum Protocol {
  /** Transmission Control Protocol. */
  TCP = 'TCP',
  /** User Datagram Protocol. */
  UDP = 'UDP',
  /** Stream Control Transmission Protocol (needs a CNI that supports it). */
  SCTP = 'SCTP',
}
