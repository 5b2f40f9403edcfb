// Public API of src/patterns. Exports only.
export {};
