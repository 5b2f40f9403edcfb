// Public API of src/patterns. Exports only.
export * from './egress-to-fqdn';
