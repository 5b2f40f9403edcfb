// Scenario 1: N exposed services (Deployment + Service + Ingress + ingress policy from
// the controller + egress policy to a CIDR + DNS egress policy = 6 objects each).
import { HAND_WRITTEN } from './hand-written';
import { L1 } from './l1';
import { OURS } from './ours';
import { RAW } from './raw';
import { Scenario } from '../../harness/scenario';

/** N exposed services, each with its egress to a database CIDR. */
export const EXPOSED_SERVICES: Scenario = {
  id: 'exposed-services',
  title: 'N exposed services',
  unit: 'service = Deployment + Service + Ingress + 3 NetworkPolicies (ingress from the controller, egress to a CIDR, DNS)',
  sizes: { full: [100, 1000, 2000, 4000], quick: [10, 20] },
  implementations: [OURS, HAND_WRITTEN, L1, RAW],
  // Enough rounds for a stable median within the ~10 minute budget of a full run.
  rounds: (n) => (n <= 100 ? { warmup: 5, rounds: 25 } : n <= 1000 ? { warmup: 1, rounds: 9 } : { warmup: 1, rounds: 5 }),
  notes: [
    'All four columns emit byte-identical YAML (the output check below hashes every run; test/bench asserts it on small N): ' +
      'the hand, l1 and raw columns reproduce the names, labels and construct paths ExposedService and EgressToCidr derive.',
    '`EgressSelector.workload(...)` selects the egress and DNS policies by the cdk8s-plus address label; ' +
      'the ingress policy selects `app.kubernetes.io/name`.',
  ],
};
