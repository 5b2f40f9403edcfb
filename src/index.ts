// Exports only. Each layer (see docs/architecture.md) owns its own index.
export * from './validation';
export * from './policy';
export * from './patterns';
export * from './analysis';
export * from './report';
export * from './cni';
