// Public API of src/policy. Exports only.
export {};
