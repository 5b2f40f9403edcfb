import { ApiObject, Chart, Lazy } from 'cdk8s';
import { Deployment, HttpIngressPathType, k8s, Service, Workload } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { containerProps, podSecurityContext, resolveContainer } from './container';
import { ContainerOptions } from './container-options';
import { IngressController } from '../policy/ingress-controller';
import { writeNetworkPolicy } from '../policy/network-policy-builder';
import { PolicyPort } from '../policy/policy-port';
import { workloadPodLabels } from '../policy/workload-labels';
import { hostCovers, validateHost } from '../validation/host';
import { validateImage, warnIfUnpinnedImage } from '../validation/image';
import { validateAnnotations, validateDns1035Label, validateDnsSubdomain, validateNameOrId } from '../validation/names';
import { validatePath } from '../validation/path';
import { validateNonNegativeInteger, validatePort } from '../validation/ports';
import { InputSite, fail } from '../validation/validation-error';

/** A TLS section of the Ingress. */
export interface ExposedServiceTls {
  /** Name of the Secret (type kubernetes.io/tls) that holds the certificate and key. */
  readonly secretName: string;

  /**
   * Hosts the certificate is for; each must be served by a route of this Ingress.
   *
   * @default - every host of the Ingress's routes
   */
  readonly hosts?: string[];
}

/**
 * Props of `ExposedService`. The container settings (`env`, `envFromSecrets`,
 * `resources`, `writablePaths`, `runAsUser`) apply to the Deployment created from `image`.
 */
export interface ExposedServiceProps extends ContainerOptions {
  /**
   * Base name of the objects (a DNS-1123 label) and the value of the
   * `app.kubernetes.io/name` label of the pods.
   *
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * Container image of a new Deployment. Give exactly one of `image` and `workload`.
   *
   * @default - none; `workload` must be given
   */
  readonly image?: string;

  /**
   * An existing cdk8s-plus workload to expose instead of creating a Deployment. Its pods
   * are selected by the labels of its own selector. Give exactly one of `image` and
   * `workload`.
   *
   * @default - a new Deployment running `image`
   */
  readonly workload?: Workload;

  /**
   * The container port the pods listen on (the Service's targetPort and the port the
   * ingress controller is allowed to reach).
   *
   * @default 80
   */
  readonly port?: number;

  /**
   * The Service's port, which the Ingress backend names.
   *
   * @default - same as `port`
   */
  readonly servicePort?: number;

  /** Host of the first route, e.g. `example.com` or `*.example.com`. */
  readonly host: string;

  /**
   * Path of the first route.
   *
   * @default '/'
   */
  readonly path?: string;

  /**
   * Path type of the first route.
   *
   * @default HttpIngressPathType.PREFIX
   */
  readonly pathType?: HttpIngressPathType;

  /**
   * `metadata.name` of the Deployment.
   *
   * @default - `name`
   */
  readonly deploymentName?: string;

  /**
   * `metadata.name` of the Service (a DNS-1035 label).
   *
   * @default - `name`
   */
  readonly serviceName?: string;

  /**
   * `metadata.name` of the Ingress.
   *
   * @default - `name`
   */
  readonly ingressName?: string;

  /**
   * The ingress controller: its class goes into `spec.ingressClassName` and only its
   * pods may reach the exposed pods.
   *
   * @default - no `ingressClassName` (the cluster's default IngressClass) and traffic
   * allowed from `IngressController.nginx()`'s pods
   */
  readonly ingressController?: IngressController;

  /**
   * `spec.ingressClassName`, overriding the class of `ingressController`. It does not
   * change which pods may reach the exposed pods: that is `ingressController`.
   *
   * @default - the class of `ingressController`, if any
   */
  readonly ingressClassName?: string;

  /**
   * TLS sections of the Ingress.
   *
   * @default - no TLS
   */
  readonly tls?: ExposedServiceTls[];

  /**
   * Annotations of the Ingress (controller settings).
   *
   * @default - none
   */
  readonly annotations?: Record<string, string>;

  /**
   * Replicas of the new Deployment (not allowed with `workload`).
   *
   * @default 2 (the cdk8s-plus default)
   */
  readonly replicas?: number;

  /**
   * Isolate the pods' ingress: a NetworkPolicy lets only the ingress controller's pods
   * reach the container port (TCP). `false` writes no policy, and the pods accept
   * traffic from anywhere unless other policies select them.
   *
   * @default true
   */
  readonly isolate?: boolean;
}

/** One `host` + `path` of the Ingress, all routed to this Service. */
interface Route {
  readonly host: string;
  readonly path: string;
  readonly pathType: HttpIngressPathType;
}

const NAME_LABEL = 'app.kubernetes.io/name';
const CONTAINER_FIELDS = ['env', 'envFromSecrets', 'resources', 'writablePaths', 'runAsUser'] as const;

/**
 * A workload reachable from outside through an Ingress, and only through it.
 *
 * Creates (or adopts) a Deployment, a Service in front of it, an Ingress routing
 * `host` + `path` to the Service and, unless `isolate: false`, a NetworkPolicy
 * `<name>-allow-ingress-controller` that isolates the pods' ingress and allows only the
 * ingress controller's pods (namespace AND pod labels) on the container port.
 *
 * @see https://kubernetes.io/docs/concepts/services-networking/ingress/
 */
export class ExposedService extends Construct {
  /** Base name of the objects and the pods' `app.kubernetes.io/name`. */
  public readonly name: string;

  /** The workload (a new Deployment, or the adopted one). */
  public readonly workload: Workload;

  /** The Service in front of the workload. */
  public readonly service: Service;

  /** The Ingress (`networking.k8s.io/v1`). */
  public readonly ingress: ApiObject;

  /** The NetworkPolicies this construct wrote (empty with `isolate: false`). */
  public readonly policies: ApiObject[];

  /** The ingress controller allowed to reach the pods. */
  public readonly ingressController: IngressController;

  private readonly routes: Route[] = [];
  private readonly servicePort: number;

  /**
   * Validates every prop (throwing a ValidationError before any child exists), then
   * writes the Deployment (unless `workload` is given), Service, Ingress and isolation policy.
   */
  constructor(scope: Construct, id: string, props: ExposedServiceProps) {
    super(scope, id);
    // Validate every prop before the first child exists (nothing half-built can synthesize).
    const path = this.node.path;
    const site = (field: string): InputSite => ({ constructPath: path, field });
    const name = validateNameOrId(path, props.name, id);
    if ((props.image === undefined) === (props.workload === undefined)) {
      fail(site('image'), props.image ?? '', 'give exactly one of image and workload', 'pass image to create a deployment, or workload to expose an existing one');
    }
    if (props.image !== undefined) validateImage(site('image'), props.image);
    if (props.workload) {
      for (const field of ['replicas', ...CONTAINER_FIELDS] as const) {
        if (props[field] !== undefined) {
          fail(site(field), JSON.stringify(props[field]), `${field} only applies to the deployment created from image`, 'set it on the workload you pass');
        }
      }
    }
    const port = validatePort(site('port'), props.port ?? 80);
    const container = props.image !== undefined ? resolveContainer(site, props.image, port, props, { writablePaths: [] }, 'envFromSecrets') : undefined;
    const servicePort = validatePort(site('servicePort'), props.servicePort ?? port);
    const deploymentName = props.deploymentName === undefined ? name : validateDnsSubdomain(site('deploymentName'), props.deploymentName);
    const serviceName = validateDns1035Label(site('serviceName'), props.serviceName ?? name);
    const ingressName = props.ingressName === undefined ? name : validateDnsSubdomain(site('ingressName'), props.ingressName);
    const className = props.ingressClassName ?? props.ingressController?.className;
    if (props.ingressClassName !== undefined) validateDnsSubdomain(site('ingressClassName'), props.ingressClassName);
    const annotations = validateAnnotations(site('annotations'), { ...(props.annotations ?? {}) });
    if (props.replicas !== undefined) validateNonNegativeInteger(site('replicas'), props.replicas);
    const tls = (props.tls ?? []).map((t, i) => validateTls(site(`tls[${i}]`), t));
    const firstRoute = this.checkRoute(props.host, props.path, props.pathType);
    // New pods carry the chart's labels and their name; the policy selects by the name
    // label alone (readable), an adopted workload by its own selector labels.
    const selectorLabels = props.workload ? workloadPodLabels(props.workload) : { [NAME_LABEL]: name };

    this.name = name;
    if (props.image !== undefined) warnIfUnpinnedImage(this, 'image', props.image);
    this.servicePort = servicePort;
    this.ingressController = props.ingressController ?? IngressController.nginx();
    this.routes.push(firstRoute);
    this.workload = props.workload ?? new Deployment(this, 'Deployment', {
      metadata: { name: deploymentName },
      replicas: props.replicas,
      podMetadata: { labels: { ...Chart.of(this).labels, ...selectorLabels } },
      securityContext: podSecurityContext(container!),
      containers: [containerProps(this, '', container!)],
    });
    this.service = new Service(this, 'Service', {
      metadata: { name: serviceName },
      selector: this.workload,
      ports: [{ port: servicePort, targetPort: port }],
    });
    this.ingress = new k8s.KubeIngress(this, 'Ingress', {
      metadata: { name: ingressName, annotations: Object.keys(annotations).length > 0 ? annotations : undefined },
      spec: Lazy.any({ produce: () => this.renderSpec(className, tls) }),
    });
    this.policies = props.isolate ?? true ? [writeNetworkPolicy(this, 'AllowIngressController', {
      name: `${name}-allow-ingress-controller`,
      podLabels: selectorLabels,
      ingress: [{ peers: [this.ingressController._toPeer()], ports: [PolicyPort.tcp(port)] }],
    })] : [];
    if (tls.length > 0) {
      this.node.addValidation({ validate: () => this.uncoveredTlsHosts(tls) });
    }
  }

  /**
   * Routes another host and path to this Service.
   *
   * @param host the host, e.g. `www.example.com` or `*.example.com`
   * @param path the path; default `/`
   * @param pathType the path type; default `HttpIngressPathType.PREFIX`
   */
  public addRoute(host: string, path?: string, pathType?: HttpIngressPathType): void {
    this.routes.push(this.checkRoute(host, path, pathType));
  }

  /** Validates a route and refuses a second route for the same host and path. */
  private checkRoute(host: string, path?: string, pathType?: HttpIngressPathType): Route {
    const constructPath = this.node.path;
    const type = pathType ?? HttpIngressPathType.PREFIX;
    if (!Object.values(HttpIngressPathType).includes(type)) {
      fail({ constructPath, field: 'pathType' }, type, 'unknown path type', 'use HttpIngressPathType.PREFIX, EXACT or IMPLEMENTATION_SPECIFIC');
    }
    const route: Route = {
      host: validateHost({ constructPath, field: 'host' }, host),
      path: validatePath({ constructPath, field: 'path' }, path ?? '/', type),
      pathType: type,
    };
    if (this.routes.some((r) => r.host === route.host && r.path === route.path)) {
      fail({ constructPath, field: 'path' }, route.path, `host "${route.host}" already has a route for this path`, 'use another path or host (one route per host and path)');
    }
    return route;
  }

  private renderSpec(className: string | undefined, tls: ExposedServiceTls[]): k8s.IngressSpec {
    const hosts = this.hosts();
    const backend = { service: { name: this.service.name, port: { number: this.servicePort } } };
    return {
      ingressClassName: className,
      rules: hosts.map((host) => ({
        host,
        http: {
          paths: this.routes.filter((r) => r.host === host).map((r) => ({ path: r.path, pathType: r.pathType, backend })),
        },
      })),
      tls: tls.length > 0 ? tls.map((t) => ({ hosts: t.hosts ?? hosts, secretName: t.secretName })) : undefined,
    };
  }

  /** Hosts of the routes, in the order they were first given. */
  private hosts(): string[] {
    return [...new Set(this.routes.map((r) => r.host))];
  }

  private uncoveredTlsHosts(tls: ExposedServiceTls[]): string[] {
    const hosts = this.hosts();
    const errors: string[] = [];
    tls.forEach((t, i) => (t.hosts ?? []).forEach((h, j) => {
      if (!hosts.some((ruleHost) => hostCovers(h, ruleHost))) {
        errors.push(`${this.node.path}: invalid tls[${i}].hosts[${j}] "${h}": no route of the ingress serves this host; add a route with addRoute("${h}") or remove the host`);
      }
    }));
    return errors;
  }
}

function validateTls(site: InputSite, tls: ExposedServiceTls): ExposedServiceTls {
  validateDnsSubdomain({ constructPath: site.constructPath, field: `${site.field}.secretName` }, tls.secretName);
  (tls.hosts ?? []).forEach((h, j) => validateHost({ constructPath: site.constructPath, field: `${site.field}.hosts[${j}]` }, h));
  return { secretName: tls.secretName, hosts: tls.hosts ? [...tls.hosts] : undefined };
}
