// Public API of src/validation. Exports only.
// Nothing here is jsii API: the validators (cidr.ts, ports.ts, names.ts, host.ts, path.ts)
// are internal and imported from their files by the other layers, and ValidationError
// extends Error, which jsii cannot export (JSII3004); TypeScript users import it from
// 'cdk8s-ingress-egress/lib/validation/validation-error'.
export {};
