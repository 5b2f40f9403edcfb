// Public API of src/report. Exports only.
export {};
