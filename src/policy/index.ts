// Public API of src/policy. Exports only.
// peers.ts, dns.ts, default-deny.ts and network-policy-builder.ts are internal building
// blocks for patterns: import them from their files.
export * from './protocol';
export * from './policy-port';
export * from './ingress-controller';
export * from './egress-selector';
