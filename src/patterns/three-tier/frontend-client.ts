import { k8s } from 'cdk8s-plus-28';
import { namespacedPodsPeer, podsPeer } from '../../policy/peers';
import { validateDnsLabel, validateLabels } from '../../validation/names';
import { fail } from '../../validation/validation-error';

/**
 * Who else, besides the ingress controller, may reach the frontend pods directly (on the
 * frontend port), e.g. the seed's `role: user` pods.
 */
export class FrontendClient {
  /** Pods with all of `labels` in the app's own namespace, e.g. `{ role: 'user' }`. */
  public static pods(labels: Record<string, string>): FrontendClient {
    const site = { constructPath: 'FrontendClient.pods', field: 'labels' };
    if (Object.keys(labels ?? {}).length === 0) {
      fail(site, '{}', 'an empty label map selects every pod of the namespace', 'give at least one label, e.g. { role: "user" }');
    }
    validateLabels(site, labels);
    const copy = { ...labels };
    return new FrontendClient(`pods ${JSON.stringify(copy)}`, () => podsPeer(copy));
  }

  /** Every pod of the namespace called `namespace`. */
  public static namespace(namespace: string): FrontendClient {
    validateDnsLabel({ constructPath: 'FrontendClient.namespace', field: 'namespace' }, namespace);
    return new FrontendClient(`namespace ${namespace}`, () => namespacedPodsPeer(namespace, {}));
  }

  /** Pods with all of `labels` in the namespace called `namespace`. */
  public static podsInNamespace(namespace: string, labels: Record<string, string>): FrontendClient {
    const path = 'FrontendClient.podsInNamespace';
    validateDnsLabel({ constructPath: path, field: 'namespace' }, namespace);
    validateLabels({ constructPath: path, field: 'labels' }, labels ?? {});
    const copy = { ...(labels ?? {}) };
    return new FrontendClient(`pods ${JSON.stringify(copy)} in namespace ${namespace}`, () => namespacedPodsPeer(namespace, copy));
  }

  /**
   * @param description a short text naming the client, e.g. `namespace monitoring`
   * @param peer writes the client as a NetworkPolicy peer
   */
  private constructor(
    /** A short text naming the client, e.g. `pods {"role":"user"}`. */
    public readonly description: string,
    private readonly peer: () => k8s.NetworkPolicyPeer,
  ) {}

  /** @internal The client as one NetworkPolicy peer. */
  public _toPeer(): k8s.NetworkPolicyPeer {
    return this.peer();
  }
}
