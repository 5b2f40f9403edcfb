// Public API of src/analysis. Exports only.
export * from './types';
export * from './cluster-context';
export * from './connectivity';
