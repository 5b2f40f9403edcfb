// Scenario 1: N exposed services (Deployment + Service + Ingress + ingress policy from
// the controller + egress policy to a CIDR + DNS egress policy = 6 objects each).
import { HAND_WRITTEN } from './hand-written';
import { L1 } from './l1';
import { RAW } from './raw';
import { Scenario } from '../../harness/scenario';

/** N exposed services, each with its egress to a database CIDR. */
export const EXPOSED_SERVICES: Scenario = {
  id: 'exposed-services',
  title: 'N exposed services',
  unit: 'service = Deployment + Service + Ingress + 3 NetworkPolicies (ingress from the controller, egress to a CIDR, DNS)',
  sizes: { full: [100, 1000, 2000, 4000], quick: [10, 20] },
  implementations: [HAND_WRITTEN, L1, RAW],
  notes: [],
};
