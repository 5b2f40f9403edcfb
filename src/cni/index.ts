// Public API of src/cni. Exports only.
export {};
