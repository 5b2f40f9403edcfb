// What a pattern's own container may be given beyond its image and port (public struct).
import { ContainerResources } from 'cdk8s-plus-28';

/**
 * Settings of a container that a pattern creates (ExposedService from `image`, every tier
 * of ThreeTierApp). cdk8s-plus's secure defaults stay on: non-root, read-only root
 * filesystem, resource limits.
 */
export interface ContainerOptions {
  /**
   * Plain environment variables. Keys that look like secrets (containing PASSWORD,
   * SECRET or TOKEN) are refused: put those in a Secret and use `envFromSecrets`.
   *
   * @default - none
   */
  readonly env?: Record<string, string>;

  /**
   * Names of Secrets whose keys all become environment variables (`envFrom`).
   *
   * @default - none
   */
  readonly envFromSecrets?: string[];

  /**
   * CPU and memory requests and limits.
   *
   * @default - the cdk8s-plus defaults (requests 1000m/512Mi, limits 1500m/2048Mi)
   */
  readonly resources?: ContainerResources;

  /**
   * Directories the container may write to despite the read-only root filesystem; each
   * gets an `emptyDir` volume (e.g. `/tmp`, `/var/cache/nginx`).
   *
   * @default - none (a ThreeTierApp database: `/var/run/mysqld` and `/tmp`)
   */
  readonly writablePaths?: string[];

  /**
   * User and group id the container runs as (also the pod's `fsGroup`, so volumes are
   * writable). Must not be 0: the pods keep cdk8s-plus's `runAsNonRoot`.
   *
   * @default - the image's user (a ThreeTierApp database: 999, the `mysql` user of the official image)
   */
  readonly runAsUser?: number;
}
