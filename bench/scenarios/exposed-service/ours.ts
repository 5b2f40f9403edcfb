// Column "ours": one ExposedService and one EgressToCidr (with its default DNS policy)
// per service, exactly as the README shows them.
import { Chart } from 'cdk8s';
import { serviceSpec } from './spec';
import { EgressToCidr } from '../../../src/patterns/egress-to-cidr';
import { ExposedService } from '../../../src/patterns/exposed-service';
import { EgressSelector } from '../../../src/policy/egress-selector';
import { IngressController } from '../../../src/policy/ingress-controller';
import { PolicyPort } from '../../../src/policy/policy-port';
import { Implementation } from '../../harness/scenario';

/** Column "ours". */
export const OURS: Implementation = {
  key: 'ours',
  label: 'this library: `ExposedService` + `EgressToCidr` (default DNS policy)',
  build(chart: Chart, n: number): void {
    const controller = IngressController.nginx();
    for (let i = 0; i < n; i++) {
      const s = serviceSpec(i);
      const web = new ExposedService(chart, s.name, {
        image: s.image, port: s.port, host: s.host, replicas: s.replicas, ingressController: controller,
      });
      new EgressToCidr(chart, s.egressName, {
        cidr: s.cidr, except: [s.except], ports: [PolicyPort.tcp(s.dbPort)], selector: EgressSelector.workload(web.workload),
      });
    }
  },
};
