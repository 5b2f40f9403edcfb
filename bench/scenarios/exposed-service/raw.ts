// The floor: the same YAML emitted as raw cdk8s ApiObjects from plain JSON, with no
// L2 logic at all. Only the pod address label is computed as cdk8s-plus computes it.
import { ApiObject, Chart, Names } from 'cdk8s';
import { Construct } from 'constructs';
import { deploymentObject, networkObjects } from './manifests';
import { serviceSpec } from './spec';
import { Implementation } from '../../harness/scenario';

/** Column "raw": plain `ApiObject`s. */
export const RAW: Implementation = {
  key: 'raw',
  label: 'raw cdk8s ApiObjects from plain JSON (the floor)',
  build(chart: Chart, n: number): void {
    for (let i = 0; i < n; i++) {
      const s = serviceSpec(i);
      // Same construct path as ExposedService's Deployment, so the same address label.
      const workload = new Construct(new Construct(chart, s.name), 'Deployment');
      const addr = Names.toLabelValue(workload);
      new ApiObject(workload, 'Resource', deploymentObject(s, addr));
      for (const o of networkObjects(s, addr)) new ApiObject(chart, `${o.kind}-${o.metadata.name}`, o);
    }
  },
};
