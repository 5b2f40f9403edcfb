// A pattern's own container (ExposedService from `image`, each ThreeTierApp tier), checked
// before anything is built: env, Secrets, resources, writable paths and the user it runs as.
import { ContainerProps, ContainerResources, Env, EnvValue, PodSecurityContextProps, Secret, Volume, VolumeMount } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { ContainerOptions } from './container-options';
import { validateDnsSubdomain } from '../validation/names';
import { InputSite, fail } from '../validation/validation-error';

/** Defaults that differ between patterns (and tiers). */
export interface ContainerDefaults {
  readonly writablePaths: string[];
  readonly runAsUser?: number;
}

/** A container's validated settings. */
export interface ResolvedContainer {
  readonly image: string;
  readonly port: number;
  readonly env: Record<string, string>;
  readonly envFromSecrets: string[];
  readonly resources?: ContainerResources;
  /** Writable directory -> emptyDir volume name. */
  readonly scratch: Array<{ path: string; volume: string }>;
  readonly runAsUser?: number;
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const SECRET_LIKE = /PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE_KEY/i;

/**
 * Validates `options` (each field reported through `site`) and fills in `defaults`.
 * `secretsField` is where a credential belongs instead of `env`; `reservedVolumes` are
 * volume names the pod already uses (e.g. `data`).
 */
export function resolveContainer(
  site: (field: string) => InputSite, image: string, port: number, options: ContainerOptions,
  defaults: ContainerDefaults, secretsField: string, reservedVolumes: string[] = [],
): ResolvedContainer {
  const env = { ...(options.env ?? {}) };
  for (const key of Object.keys(env)) {
    if (!ENV_NAME.test(key)) {
      fail(site('env'), key, 'an environment variable name has letters, digits, -, _ and ., and does not start with a digit', 'rename the variable, e.g. "API_URL"');
    }
    if (SECRET_LIKE.test(key)) {
      fail(site('env'), key, 'this looks like a credential, and env values are written into the manifests in plain text', `put it in a secret and pass its name in ${secretsField}`);
    }
  }
  const envFromSecrets = (options.envFromSecrets ?? []).map((s, i) => validateDnsSubdomain(site(`envFromSecrets[${i}]`), s));
  if (options.runAsUser !== undefined && (!Number.isInteger(options.runAsUser) || options.runAsUser < 1)) {
    fail(site('runAsUser'), options.runAsUser, 'the pods run as non-root, so the user id must be a whole number of 1 or more', 'give the id of the image\'s unprivileged user, e.g. 999 or 101');
  }
  const paths = options.writablePaths ?? defaults.writablePaths;
  const used = new Set(reservedVolumes);
  const scratch = paths.map((path, i) => {
    if (typeof path !== 'string' || !path.startsWith('/') || path === '/' || path.split('/').includes('..')) {
      fail(site(`writablePaths[${i}]`), path, 'a writable path must be an absolute directory other than / without ..', 'give e.g. "/tmp"');
    }
    if (paths.indexOf(path) !== i) {
      fail(site(`writablePaths[${i}]`), path, 'it is listed twice', 'remove the duplicate');
    }
    return { path, volume: uniqueVolumeName(path, used) };
  });
  return { image, port, env, envFromSecrets, resources: options.resources, scratch, runAsUser: options.runAsUser ?? defaults.runAsUser };
}

/**
 * The cdk8s-plus container of a resolved container; the Secret and emptyDir references
 * are created under `scope` with ids starting with `idPrefix`.
 */
export function containerProps(scope: Construct, idPrefix: string, c: ResolvedContainer): ContainerProps {
  const envVariables: Record<string, EnvValue> = {};
  for (const [key, value] of Object.entries(c.env)) envVariables[key] = EnvValue.fromValue(value);
  const volumeMounts: VolumeMount[] = c.scratch.map((s) => ({
    path: s.path,
    volume: Volume.fromEmptyDir(scope, `${idPrefix}Scratch-${s.volume}`, s.volume),
  }));
  return {
    image: c.image,
    portNumber: c.port,
    envVariables: Object.keys(envVariables).length > 0 ? envVariables : undefined,
    envFrom: c.envFromSecrets.map((name) => Env.fromSecret(Secret.fromSecretName(scope, `${idPrefix}Secret-${name}`, name))),
    resources: c.resources,
    volumeMounts: volumeMounts.length > 0 ? volumeMounts : undefined,
    securityContext: c.runAsUser !== undefined ? { user: c.runAsUser, group: c.runAsUser } : undefined,
  };
}

/** The pod's security context: `runAsUser` also as group and `fsGroup`, so volumes are writable. */
export function podSecurityContext(c: ResolvedContainer): PodSecurityContextProps | undefined {
  return c.runAsUser !== undefined ? { user: c.runAsUser, group: c.runAsUser, fsGroup: c.runAsUser } : undefined;
}

// A readable volume name from a path (`/var/run/mysqld` -> `var-run-mysqld`), unique in `used`.
function uniqueVolumeName(path: string, used: Set<string>): string {
  const base = path.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '') || 'scratch';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}
