// Column "ours": one ThreeTierApp per app, exactly as the README shows it.
import { Chart } from 'cdk8s';
import { appSpec } from './spec';
import { ThreeTierApp } from '../../../src/patterns/three-tier-app';
import { Implementation } from '../../harness/scenario';

/** Column "ours". */
export const OURS: Implementation = {
  key: 'ours',
  label: 'this library: `ThreeTierApp` with an in-cluster database',
  build(chart: Chart, n: number): void {
    for (let i = 0; i < n; i++) {
      const s = appSpec(i);
      new ThreeTierApp(chart, s.name, {
        host: s.host,
        frontend: { image: s.frontendImage },
        backend: { image: s.backendImage },
        database: { image: s.databaseImage },
      });
    }
  },
};
