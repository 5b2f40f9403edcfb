// The floor for ThreeTierApp: its exact YAML as raw cdk8s ApiObjects from plain JSON.
// Only the pod address labels are computed, at ThreeTierApp's construct paths.
import { ApiObject, Chart, Names } from 'cdk8s';
import { Construct } from 'constructs';
import { appObjects } from './manifests';
import { appSpec } from './spec';
import { Implementation } from '../../harness/scenario';

/** Column "raw": plain `ApiObject`s. */
export const RAW: Implementation = {
  key: 'raw',
  label: 'raw cdk8s ApiObjects from plain JSON (the floor)',
  build(chart: Chart, n: number): void {
    for (let i = 0; i < n; i++) {
      const s = appSpec(i);
      const app = new Construct(chart, s.name);
      const addr = (id: string) => Names.toLabelValue(new Construct(app, id));
      const addresses = { frontend: addr('FrontendDeployment'), backend: addr('BackendDeployment'), database: addr('Database') };
      for (const o of appObjects(s, addresses)) new ApiObject(app, `${o.kind}-${o.metadata.name}`, o);
    }
  },
};
