// Public API of src/patterns. Exports only.
export * from './egress-to-fqdn';
export * from './container-options';
export * from './exposed-service';
export * from './egress-to-cidr';
export * from './three-tier-app';
export * from './three-tier/tier-options';
export * from './three-tier/frontend-client';
