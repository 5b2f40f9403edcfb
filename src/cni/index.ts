// Public API of src/cni. Exports only.
export * from './support';
export * from './cni';
export * from './finding';
export * from './check-manifests';
export * from './cni-check';
export * from './readme-matrix';
