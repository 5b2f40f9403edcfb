// Public API of src/analysis. Exports only.
export * from './types';
