import { ApiObject, Duration, JsonPatch, Size, SizeRoundingBehavior } from 'cdk8s';
import { Deployment, HttpIngressPathType, k8s, LabelSelector, Probe, Service, StatefulSet, Workload } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { containerProps, podSecurityContext } from './container';
import { EgressToCidr } from './egress-to-cidr';
import { ExposedService, ExposedServiceTls } from './exposed-service';
import { FrontendClient } from './three-tier/frontend-client';
import { NameRoot, PART_OF_LABEL, TierKind, appNameRoot, nameOf, refuseClashingNames, tierLabels, tierNameRoot } from './three-tier/names';
import { ResolvedTier, resolveTier } from './three-tier/tier';
import { DatabaseOptions, ExternalDatabaseOptions, TierOptions } from './three-tier/tier-options';
import { dnsEgressRule } from '../policy/dns';
import { EgressSelector } from '../policy/egress-selector';
import { IngressController } from '../policy/ingress-controller';
import { PolicyRule, writeNetworkPolicy } from '../policy/network-policy-builder';
import { podsPeer } from '../policy/peers';
import { PolicyPort } from '../policy/policy-port';
import { validateIpBlock } from '../validation/cidr';
import { validateHost } from '../validation/host';
import { warnIfUnpinnedImage } from '../validation/image';
import { validateAnnotations, validateDnsSubdomain, validateNameOrId } from '../validation/names';
import { validatePath } from '../validation/path';
import { validatePort } from '../validation/ports';
import { InputSite, fail } from '../validation/validation-error';

/** Props of `ThreeTierApp`. */
export interface ThreeTierAppProps {
  /**
   * The app name (a DNS-1123 label starting with a letter): every object name derives
   * from it (`<name>-frontend`, `<name>-backend-allow-from-frontend`, ...) and it is the
   * pods' `app.kubernetes.io/part-of` label.
   *
   * @default - the construct id
   */
  readonly name?: string;

  /** Host of the Ingress that routes users to the frontend, e.g. `shop.example.com`. */
  readonly host: string;

  /**
   * Path of the Ingress route.
   *
   * @default '/'
   */
  readonly path?: string;

  /**
   * Path type of the Ingress route.
   *
   * @default HttpIngressPathType.PREFIX
   */
  readonly pathType?: HttpIngressPathType;

  /**
   * TLS sections of the Ingress.
   *
   * @default - no TLS
   */
  readonly tls?: ExposedServiceTls[];

  /**
   * The ingress controller: only its pods (in its namespace) may reach the frontend,
   * and its class goes into `spec.ingressClassName`.
   *
   * @default - traffic from `IngressController.nginx()`'s pods, no `ingressClassName`
   */
  readonly ingressController?: IngressController;

  /**
   * `spec.ingressClassName`, overriding the class of `ingressController`.
   *
   * @default - the class of `ingressController`, if any
   */
  readonly ingressClassName?: string;

  /**
   * Annotations of the Ingress (controller settings).
   *
   * @default - none
   */
  readonly ingressAnnotations?: Record<string, string>;

  /** The frontend tier (Deployment + Service + Ingress); port 80 by default. */
  readonly frontend: TierOptions;

  /** The backend tier (Deployment + ClusterIP Service); port 3000 by default. */
  readonly backend: TierOptions;

  /**
   * The in-cluster database (StatefulSet + headless Service + a volume claim per pod);
   * port 3306 by default. Give exactly one of `database` and `externalDatabase`.
   *
   * @default - none; `externalDatabase` must be given
   */
  readonly database?: DatabaseOptions;

  /**
   * A database outside the cluster, which the backend reaches through `EgressToCidr`.
   * Give exactly one of `database` and `externalDatabase`.
   *
   * @default - none; `database` must be given
   */
  readonly externalDatabase?: ExternalDatabaseOptions;

  /**
   * Who else may reach the frontend pods directly, e.g. `FrontendClient.pods({ role: 'user' })`.
   * They get their own policy `<frontend>-allow-from-clients`.
   *
   * @default - only the ingress controller
   */
  readonly frontendClients?: FrontendClient[];
}

/**
 * A frontend -> backend -> database app whose pods may talk only along that chain.
 *
 * | Pod      | Ingress port                      | Egress target                     |
 * |----------|-----------------------------------|-----------------------------------|
 * | Frontend | 80 (from the ingress controller)  | Backend (port 3000), kube-dns     |
 * | Backend  | 3000 (from the frontend)          | Database (port 3306), kube-dns    |
 * | Database | 3306 (from the backend)           | None (acts as endpoint)           |
 *
 * One policy `<app>-default-deny` isolates ingress and egress of every pod labelled
 * `app.kubernetes.io/part-of: <app>`; each allowed flow is then one policy named after
 * it (`<app>-backend-allow-from-frontend`, `<app>-frontend-allow-to-backend`, ...), with
 * explicit `policyTypes`, selecting pods by the recommended `app.kubernetes.io/*` labels.
 * Ports are container ports and come from the tiers' `port`, so changing a tier's port
 * changes every policy.
 *
 * @see https://kubernetes.io/docs/concepts/services-networking/network-policies/
 */
export class ThreeTierApp extends Construct {
  /** The app name (`app.kubernetes.io/part-of` of every pod). */
  public readonly name: string;

  /** The frontend's container port. */
  public readonly frontendPort: number;
  /** The backend's container port. */
  public readonly backendPort: number;
  /** The database's port (in-cluster container port, or the external database's port). */
  public readonly databasePort: number;

  /** The frontend's Deployment. */
  public readonly frontendDeployment: Deployment;
  /** The frontend's exposure: its Service and Ingress (no policy of its own). */
  public readonly frontend: ExposedService;
  /** The frontend's Service. */
  public readonly frontendService: Service;
  /** The Ingress that routes `host` to the frontend. */
  public readonly ingress: ApiObject;

  /** The backend's Deployment. */
  public readonly backendDeployment: Deployment;
  /** The backend's ClusterIP Service. */
  public readonly backendService: Service;

  /** The database StatefulSet; undefined with `externalDatabase`. */
  public readonly database?: StatefulSet;
  /** The database's headless Service; undefined with `externalDatabase`. */
  public readonly databaseService?: Service;
  /** The backend's egress to the external database; undefined with `database`. */
  public readonly externalDatabase?: EgressToCidr;

  /** `<app>-default-deny`: ingress and egress isolation of every pod of the app. */
  public readonly defaultDenyPolicy: ApiObject;
  /** `<frontend>-allow-from-ingress-controller`. */
  public readonly frontendAllowFromIngressControllerPolicy: ApiObject;
  /** `<frontend>-allow-from-clients`; undefined without `frontendClients`. */
  public readonly frontendAllowFromClientsPolicy?: ApiObject;
  /** `<frontend>-allow-to-backend`. */
  public readonly frontendAllowToBackendPolicy: ApiObject;
  /** `<frontend>-allow-dns`. */
  public readonly frontendAllowDnsPolicy: ApiObject;
  /** `<backend>-allow-from-frontend`. */
  public readonly backendAllowFromFrontendPolicy: ApiObject;
  /** `<backend>-allow-to-database` (with `externalDatabase`: the `EgressToCidr` policy). */
  public readonly backendAllowToDatabasePolicy: ApiObject;
  /** `<backend>-allow-dns`. */
  public readonly backendAllowDnsPolicy: ApiObject;
  /** `<database>-allow-from-backend`; undefined with `externalDatabase`. */
  public readonly databaseAllowFromBackendPolicy?: ApiObject;
  /** `<database>-allow-dns`; only with `database.allowDns`. */
  public readonly databaseAllowDnsPolicy?: ApiObject;

  /** Every NetworkPolicy of the app, in the order they are written. */
  public readonly policies: ApiObject[];

  constructor(scope: Construct, id: string, props: ThreeTierAppProps) {
    super(scope, id);
    // Check every prop and derive every name before the first child exists.
    const path = this.node.path;
    const site = (field: string): InputSite => ({ constructPath: path, field });
    const app = validateNameOrId(path, props.name, id);
    const appRoot = appNameRoot(path, app);
    if ((props.database === undefined) === (props.externalDatabase === undefined)) {
      fail(site('database'), props.database ? 'database and externalDatabase' : 'neither', 'give exactly one of database (in the cluster) and externalDatabase (a cidr)',
        'pass database: { image: "mysql:8.4" } or externalDatabase: { cidr: "10.20.0.0/24" }, not both');
    }
    // ExposedService checks these again, but only after the frontend Deployment exists.
    validateHost(site('host'), props.host);
    validatePath(site('path'), props.path ?? '/', props.pathType ?? HttpIngressPathType.PREFIX);
    if (props.ingressClassName !== undefined) validateDnsSubdomain(site('ingressClassName'), props.ingressClassName);
    validateAnnotations(site('ingressAnnotations'), { ...(props.ingressAnnotations ?? {}) });
    (props.tls ?? []).forEach((t, i) => {
      validateDnsSubdomain(site(`tls[${i}].secretName`), t.secretName);
      (t.hosts ?? []).forEach((h, j) => validateHost(site(`tls[${i}].hosts[${j}]`), h));
    });
    const clients = [...(props.frontendClients ?? [])];
    clients.forEach((c, i) => {
      if (!(c instanceof FrontendClient)) {
        fail(site(`frontendClients[${i}]`), JSON.stringify(c), 'a client must be a FrontendClient', 'use e.g. FrontendClient.pods({ role: "user" })');
      }
    });

    const roots: Array<{ tier: TierKind; root: NameRoot }> = [
      { tier: 'frontend', root: tierNameRoot(path, app, 'frontend', props.frontend?.name) },
      { tier: 'backend', root: tierNameRoot(path, app, 'backend', props.backend?.name) },
    ];
    if (props.database) roots.push({ tier: 'database', root: tierNameRoot(path, app, 'database', props.database.name) });
    refuseClashingNames(roots);
    const [feRoot, beRoot, dbRoot] = roots.map((r) => r.root);

    const fe = resolveTier(path, 'frontend', props.frontend, { port: 80, writablePaths: [] });
    const be = resolveTier(path, 'backend', props.backend, { port: 3000, writablePaths: [] });
    const db = props.database
      ? resolveTier(path, 'database', props.database, { port: 3306, replicas: 1, writablePaths: ['/var/run/mysqld', '/tmp'], runAsUser: 999 }, ['data'])
      : undefined;
    const storage = props.database ? resolveStorage(path, appRoot, props.database) : undefined;
    const ext = props.externalDatabase;
    if (ext) validateIpBlock(path, ext.cidr, ext.except ?? [], 'externalDatabase.cidr', 'externalDatabase.except');
    const extPort = ext ? validatePort(site('externalDatabase.port'), ext.port ?? 3306) : undefined;

    const names = {
      defaultDeny: nameOf(appRoot, '-default-deny', 'default-deny policy name'),
      feFromController: nameOf(feRoot, '-allow-from-ingress-controller', 'policy name'),
      feFromClients: nameOf(feRoot, '-allow-from-clients', 'policy name'),
      feToBackend: nameOf(feRoot, '-allow-to-backend', 'policy name'),
      feDns: nameOf(feRoot, '-allow-dns', 'policy name'),
      beFromFrontend: nameOf(beRoot, '-allow-from-frontend', 'policy name'),
      beToDatabase: nameOf(beRoot, '-allow-to-database', 'policy name'),
      beDns: nameOf(beRoot, '-allow-dns', 'policy name'),
      dbFromBackend: dbRoot ? nameOf(dbRoot, '-allow-from-backend', 'policy name') : undefined,
      dbDns: dbRoot ? nameOf(dbRoot, '-allow-dns', 'policy name') : undefined,
    };
    const feLabels = tierLabels(app, 'frontend', feRoot.base);
    const beLabels = tierLabels(app, 'backend', beRoot.base);
    const dbLabels = dbRoot ? tierLabels(app, 'database', dbRoot.base) : undefined;

    this.name = app;
    warnIfUnpinnedImage(this, 'frontend.image', fe.image);
    warnIfUnpinnedImage(this, 'backend.image', be.image);
    if (db) warnIfUnpinnedImage(this, 'database.image', db.image);
    this.frontendPort = fe.port;
    this.backendPort = be.port;
    this.databasePort = db ? db.port : extPort!;

    // Workloads and Services.
    this.frontendDeployment = tierDeployment(this, 'FrontendDeployment', 'Frontend', feRoot.base, feLabels, fe);
    this.frontend = new ExposedService(this, 'Frontend', {
      name: feRoot.base,
      workload: this.frontendDeployment,
      port: fe.port,
      host: props.host,
      path: props.path,
      pathType: props.pathType,
      tls: props.tls,
      ingressController: props.ingressController,
      ingressClassName: props.ingressClassName,
      annotations: props.ingressAnnotations,
      // The app writes the ingress-controller policy itself, under its own naming scheme.
      isolate: false,
    });
    this.frontendService = this.frontend.service;
    this.ingress = this.frontend.ingress;
    for (const [key, value] of Object.entries(feLabels)) {
      this.frontendService.metadata.addLabel(key, value);
      this.ingress.metadata.addLabel(key, value);
    }
    this.backendDeployment = tierDeployment(this, 'BackendDeployment', 'Backend', beRoot.base, beLabels, be);
    this.backendService = new Service(this, 'BackendService', {
      metadata: { name: beRoot.base, labels: beLabels },
      ports: [{ port: be.port, targetPort: be.port }],
    });
    selectLabels(this.backendService, beLabels);
    if (db && dbRoot && dbLabels && storage) {
      this.databaseService = new Service(this, 'DatabaseService', {
        metadata: { name: dbRoot.base, labels: dbLabels },
        clusterIP: 'None',
        ports: [{ port: db.port, targetPort: db.port }],
      });
      this.database = databaseStatefulSet(this, dbRoot.base, dbLabels, db, storage, this.databaseService);
    }

    // Policies: default deny, then one policy per allowed flow.
    const policyLabels = { [PART_OF_LABEL]: app };
    const policy = (policyId: string, name: string, podLabels: Record<string, string>, rules: { ingress?: PolicyRule[]; egress?: PolicyRule[] }) =>
      writeNetworkPolicy(this, policyId, { name, podLabels, labels: policyLabels, ...rules });
    const controller = this.frontend.ingressController;

    // No rules at all: every pod of the app is isolated in both directions.
    this.defaultDenyPolicy = policy('DefaultDeny', names.defaultDeny, { [PART_OF_LABEL]: app }, { ingress: [], egress: [] });
    this.frontendAllowFromIngressControllerPolicy = policy('FrontendAllowFromIngressController', names.feFromController, feLabels, {
      ingress: [{ peers: [controller._toPeer()], ports: [PolicyPort.tcp(fe.port)] }],
    });
    this.frontendAllowFromClientsPolicy = clients.length > 0 ? policy('FrontendAllowFromClients', names.feFromClients, feLabels, {
      ingress: [{ peers: clients.map((c) => c._toPeer()), ports: [PolicyPort.tcp(fe.port)] }],
    }) : undefined;
    this.frontendAllowToBackendPolicy = policy('FrontendAllowToBackend', names.feToBackend, feLabels, {
      egress: [{ peers: [podsPeer(beLabels)], ports: [PolicyPort.tcp(be.port)] }],
    });
    this.frontendAllowDnsPolicy = policy('FrontendAllowDns', names.feDns, feLabels, { egress: [dnsEgressRule()] });
    this.backendAllowFromFrontendPolicy = policy('BackendAllowFromFrontend', names.beFromFrontend, beLabels, {
      ingress: [{ peers: [podsPeer(feLabels)], ports: [PolicyPort.tcp(be.port)] }],
    });
    if (dbLabels && db) {
      this.backendAllowToDatabasePolicy = policy('BackendAllowToDatabase', names.beToDatabase, beLabels, {
        egress: [{ peers: [podsPeer(dbLabels)], ports: [PolicyPort.tcp(db.port)] }],
      });
    } else {
      this.externalDatabase = new EgressToCidr(this, 'BackendAllowToDatabase', {
        name: names.beToDatabase,
        cidr: ext!.cidr,
        except: ext!.except,
        ports: [PolicyPort.tcp(extPort!)],
        selector: EgressSelector.labels(beLabels),
        allowDns: false, // the backend's DNS policy below covers it
      });
      this.backendAllowToDatabasePolicy = this.externalDatabase.policy;
      this.backendAllowToDatabasePolicy.metadata.addLabel(PART_OF_LABEL, app);
    }
    this.backendAllowDnsPolicy = policy('BackendAllowDns', names.beDns, beLabels, { egress: [dnsEgressRule()] });
    if (dbLabels && db) {
      this.databaseAllowFromBackendPolicy = policy('DatabaseAllowFromBackend', names.dbFromBackend!, dbLabels, {
        ingress: [{ peers: [podsPeer(beLabels)], ports: [PolicyPort.tcp(db.port)] }],
      });
      this.databaseAllowDnsPolicy = props.database?.allowDns ? policy('DatabaseAllowDns', names.dbDns!, dbLabels, { egress: [dnsEgressRule()] }) : undefined;
    }
    this.policies = [
      this.defaultDenyPolicy,
      this.frontendAllowFromIngressControllerPolicy,
      this.frontendAllowFromClientsPolicy,
      this.frontendAllowToBackendPolicy,
      this.frontendAllowDnsPolicy,
      this.backendAllowFromFrontendPolicy,
      this.backendAllowToDatabasePolicy,
      this.backendAllowDnsPolicy,
      this.databaseAllowFromBackendPolicy,
      this.databaseAllowDnsPolicy,
    ].filter((p): p is ApiObject => p !== undefined);
  }
}

/** Startup checks (every 10 s) the database gets before it is restarted: 5 minutes. */
const DATABASE_STARTUP_CHECKS = 30;

/** The database's volume claim settings, validated. */
interface ResolvedStorage {
  readonly size: string;
  readonly className?: string;
  readonly dataPath: string;
  readonly credentialsSecretName: string;
}

function resolveStorage(constructPath: string, appRoot: NameRoot, options: DatabaseOptions): ResolvedStorage {
  const site = (field: string): InputSite => ({ constructPath, field: `database.${field}` });
  const size = options.storageSize ?? Size.gibibytes(10);
  let mib = 0;
  try {
    mib = size.toMebibytes();
  } catch {
    mib = NaN;
  }
  if (!(mib >= 1)) {
    fail(site('storageSize'), size.toKibibytes({ rounding: SizeRoundingBehavior.NONE }) + ' KiB', 'the storage size must be a whole number of mebibytes, at least 1', 'give e.g. Size.gibibytes(10)');
  }
  const dataPath = options.dataPath ?? '/var/lib/mysql';
  if (!dataPath.startsWith('/') || dataPath === '/' || dataPath.split('/').includes('..')) {
    fail(site('dataPath'), dataPath, 'the data path must be an absolute directory other than / without ..', 'give e.g. "/var/lib/mysql"');
  }
  if ((options.writablePaths ?? []).includes(dataPath)) {
    fail(site('writablePaths'), dataPath, 'the data path is already mounted from the volume claim', 'remove it from writablePaths');
  }
  return {
    size: mib % 1024 === 0 ? `${mib / 1024}Gi` : `${mib}Mi`,
    className: options.storageClassName === undefined ? undefined : validateDnsSubdomain(site('storageClassName'), options.storageClassName),
    dataPath,
    credentialsSecretName: options.credentialsSecretName === undefined
      ? nameOf(appRoot, '-database-credentials', 'credentials secret name')
      : validateDnsSubdomain(site('credentialsSecretName'), options.credentialsSecretName),
  };
}

// Pods selected by the recommended labels only (select: false drops cdk8s-plus's opaque
// `cdk8s.io/metadata.addr` selector label).
function selectByLabels(workload: Workload, labels: Record<string, string>): void {
  workload.select(LabelSelector.of({ labels }));
}

// A Service selecting the pods by the recommended labels, not by cdk8s-plus's address label.
function selectLabels(service: Service, labels: Record<string, string>): void {
  for (const [key, value] of Object.entries(labels)) service.selectLabel(key, value);
}

function tierDeployment(
  scope: Construct, id: string, idPrefix: string, name: string, labels: Record<string, string>, tier: ResolvedTier,
): Deployment {
  const deployment = new Deployment(scope, id, {
    metadata: { name, labels },
    select: false,
    replicas: tier.replicas,
    podMetadata: { labels },
    securityContext: podSecurityContext(tier),
    containers: [containerProps(scope, idPrefix, tier)],
  });
  selectByLabels(deployment, labels);
  return deployment;
}

function databaseStatefulSet(
  scope: Construct, name: string, labels: Record<string, string>, tier: ResolvedTier, storage: ResolvedStorage, service: Service,
): StatefulSet {
  const credentials = { ...tier, envFromSecrets: [storage.credentialsSecretName, ...tier.envFromSecrets] };
  const sts = new StatefulSet(scope, 'Database', {
    metadata: { name, labels },
    select: false,
    service,
    replicas: tier.replicas,
    podMetadata: { labels },
    securityContext: podSecurityContext(tier),
    containers: [{
      ...containerProps(scope, 'Database', credentials),
      // The first start initializes the data directory, which can take minutes: a TCP
      // startup probe with cdk8s-plus's default 3 x 10 s would restart it in a loop.
      startup: Probe.fromTcpSocket({ port: tier.port, periodSeconds: Duration.seconds(10), failureThreshold: DATABASE_STARTUP_CHECKS }),
    }],
  });
  selectByLabels(sts, labels);
  selectLabels(service, labels);
  // cdk8s-plus has no volumeClaimTemplates: add the claim and its mount to the object.
  const mount = { name: 'data', mountPath: storage.dataPath };
  const resource = ApiObject.of(sts);
  resource.addJsonPatch(JsonPatch.add('/spec/volumeClaimTemplates', [{
    metadata: { name: 'data' },
    spec: {
      accessModes: ['ReadWriteOnce'],
      ...(storage.className !== undefined ? { storageClassName: storage.className } : {}),
      // The L1 class re-serializes its spec after the patch, so quantities must be Quantity objects.
      resources: { requests: { storage: k8s.Quantity.fromString(storage.size) } },
    },
  }]));
  resource.addJsonPatch(tier.scratch.length > 0
    ? JsonPatch.add('/spec/template/spec/containers/0/volumeMounts/0', mount)
    : JsonPatch.add('/spec/template/spec/containers/0/volumeMounts', [mount]));
  return sts;
}
