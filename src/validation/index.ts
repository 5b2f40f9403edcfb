// Public API of src/validation. Exports only.
export {};
