// Public API of src/report. Exports only.
export * from './traffic-report-options';
export * from './traffic-report';
export * from './example-report';
