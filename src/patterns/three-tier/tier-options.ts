import { Size } from 'cdk8s';
import { ContainerOptions } from '../container-options';

/** Settings shared by every tier of a `ThreeTierApp`. */
export interface TierOptions extends ContainerOptions {
  /** Container image, e.g. `ghcr.io/acme/api:1.4.2`. */
  readonly image: string;

  /**
   * Base name of the tier's objects and its `app.kubernetes.io/name` label; every policy
   * of the tier is named `<name>-allow-...`.
   *
   * @default - `<app>-<tier>`, e.g. `shop-backend`
   */
  readonly name?: string;

  /**
   * The container port. It is the single source of every port of the tier: the
   * Service's targetPort and port, and every NetworkPolicy that lets traffic in.
   *
   * @default - 80 for the frontend, 3000 for the backend, 3306 for the database
   */
  readonly port?: number;

  /**
   * Number of pods.
   *
   * @default - 2 for the frontend and backend (the cdk8s-plus default), 1 for the database
   */
  readonly replicas?: number;
}

/** The in-cluster database tier: a StatefulSet with one volume claim per pod. */
export interface DatabaseOptions extends TierOptions {
  /**
   * Requested storage of each pod's volume claim (`data`).
   *
   * @default Size.gibibytes(10)
   */
  readonly storageSize?: Size;

  /**
   * StorageClass of the volume claims.
   *
   * @default - the cluster's default StorageClass
   */
  readonly storageClassName?: string;

  /**
   * Where the data volume is mounted.
   *
   * @default '/var/lib/mysql'
   */
  readonly dataPath?: string;

  /**
   * Name of the Secret whose keys become the database's environment variables (e.g.
   * `MYSQL_ROOT_PASSWORD`, `MYSQL_DATABASE`). Create it outside this app; the pods do
   * not start until it exists. Passwords are never written into the manifests.
   *
   * @default - `<app>-database-credentials`
   */
  readonly credentialsSecretName?: string;

  /**
   * Let the database pods reach kube-dns (UDP and TCP 53). A database is an endpoint,
   * so it gets no egress at all by default.
   *
   * @default false
   */
  readonly allowDns?: boolean;
}

/** A database outside the cluster, reached by the backend through `EgressToCidr`. */
export interface ExternalDatabaseOptions {
  /** The database's network, e.g. `10.20.0.0/24` or `203.0.113.7/32`. */
  readonly cidr: string;

  /**
   * Ranges inside `cidr` the backend may NOT reach.
   *
   * @default - no exceptions
   */
  readonly except?: string[];

  /**
   * The database port (TCP).
   *
   * @default 3306
   */
  readonly port?: number;
}
