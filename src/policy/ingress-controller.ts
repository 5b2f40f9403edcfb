import { k8s } from 'cdk8s-plus-28';
import { namespacedPodsPeer } from './peers';
import { validateDnsLabel, validateDnsSubdomain, validateLabels } from '../validation/names';

/** Where a custom ingress controller runs and which IngressClass it serves. */
export interface IngressControllerOptions {
  /**
   * The IngressClass name to write into `spec.ingressClassName`.
   *
   * @default - no `ingressClassName`; the cluster's default IngressClass is used
   */
  readonly className?: string;

  /** Namespace the controller's pods run in. */
  readonly namespace: string;

  /**
   * Labels of the controller's pods. An empty map allows every pod of `namespace`.
   */
  readonly podLabels: Record<string, string>;
}

/**
 * An ingress controller: the IngressClass it serves and the pods that forward traffic
 * to your Service's endpoints. Exposed pods accept traffic only from these pods (in
 * this namespace), so the Ingress keeps working once the pods are isolated.
 */
export class IngressController {
  /**
   * The community ingress-nginx controller as installed by its Helm chart: namespace
   * `ingress-nginx`, pods `app.kubernetes.io/name: ingress-nginx` +
   * `app.kubernetes.io/component: controller`, class `nginx`.
   *
   * Note: the ingress-nginx project was retired in March 2026 (no further releases or
   * security fixes); prefer another controller for new clusters.
   */
  public static nginx(): IngressController {
    return new IngressController('ingress-nginx', {
      'app.kubernetes.io/name': 'ingress-nginx',
      'app.kubernetes.io/component': 'controller',
    }, 'nginx');
  }

  /**
   * Traefik as installed by its Helm chart: namespace `traefik`, pods
   * `app.kubernetes.io/name: traefik`, class `traefik`.
   */
  public static traefik(): IngressController {
    return new IngressController('traefik', { 'app.kubernetes.io/name': 'traefik' }, 'traefik');
  }

  /** Any other controller: give its namespace, pod labels and (optionally) class name. */
  public static custom(options: IngressControllerOptions): IngressController {
    const path = 'IngressController.custom';
    if (options.className !== undefined) {
      validateDnsSubdomain({ constructPath: path, field: 'className' }, options.className);
    }
    validateDnsLabel({ constructPath: path, field: 'namespace' }, options.namespace);
    validateLabels({ constructPath: path, field: 'podLabels' }, options.podLabels ?? {});
    return new IngressController(options.namespace, { ...(options.podLabels ?? {}) }, options.className);
  }

  /**
   * @param namespace namespace of the controller pods
   * @param podLabels labels of the controller pods
   * @param className IngressClass name
   */
  private constructor(
    /** Namespace the controller's pods run in. */
    public readonly namespace: string,
    /** Labels of the controller's pods (empty: every pod of the namespace). */
    public readonly podLabels: Record<string, string>,
    /** The IngressClass this controller serves; undefined for the cluster default class. */
    public readonly className?: string,
  ) {}

  /** @internal The controller's pods as one NetworkPolicy peer (namespace AND pods). */
  public _toPeer(): k8s.NetworkPolicyPeer {
    return namespacedPodsPeer(this.namespace, this.podLabels);
  }
}
