// Public API of src/patterns. Exports only.
export * from './egress-to-fqdn';
export * from './exposed-service';
export * from './egress-to-cidr';
