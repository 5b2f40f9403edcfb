// One tier's container, checked before anything is built: image, port, replicas, env,
// Secrets, resources, writable paths and the user it runs as.
import { ContainerProps, ContainerResources, Env, EnvValue, Secret, Volume, VolumeMount } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { TierOptions } from './tier-options';
import { validateImage } from '../../validation/image';
import { validateDnsSubdomain } from '../../validation/names';
import { validateNonNegativeInteger, validatePort } from '../../validation/ports';
import { InputSite, fail } from '../../validation/validation-error';

/** Defaults that differ between tiers. */
export interface TierDefaults {
  readonly port: number;
  readonly replicas?: number;
  readonly writablePaths: string[];
  readonly runAsUser?: number;
}

/** A tier's validated settings. */
export interface ResolvedTier {
  readonly image: string;
  readonly port: number;
  readonly replicas?: number;
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
 * Validates one tier's options (fields `<tier>.<prop>`) and fills in its defaults.
 * `reservedVolumes` are volume names the tier already uses (e.g. `data`).
 */
export function resolveTier(
  constructPath: string, tier: string, options: TierOptions, defaults: TierDefaults, reservedVolumes: string[] = [],
): ResolvedTier {
  const site = (field: string): InputSite => ({ constructPath, field: `${tier}.${field}` });
  if (options === undefined || options === null) {
    fail({ constructPath, field: tier }, options, `the ${tier} tier is required`, `pass ${tier}: { image: "..." }`);
  }
  validateImage(site('image'), options.image);
  const port = validatePort(site('port'), options.port ?? defaults.port);
  const replicas = options.replicas === undefined ? defaults.replicas : validateNonNegativeInteger(site('replicas'), options.replicas);
  const env = { ...(options.env ?? {}) };
  for (const key of Object.keys(env)) {
    if (!ENV_NAME.test(key)) {
      fail(site('env'), key, 'an environment variable name has letters, digits, -, _ and ., and does not start with a digit', 'rename the variable, e.g. "API_URL"');
    }
    if (SECRET_LIKE.test(key)) {
      fail(site('env'), key, 'this looks like a credential, and env values are written into the manifests in plain text', `put it in a secret and pass its name in ${tier}.${tier === 'database' ? 'credentialsSecretName' : 'envFromSecrets'}`);
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
  return {
    image: options.image,
    port,
    replicas,
    env,
    envFromSecrets,
    resources: options.resources,
    scratch,
    runAsUser: options.runAsUser ?? defaults.runAsUser,
  };
}

/**
 * The container of a resolved tier; the Secret and emptyDir references are created under
 * `scope` with ids starting with `idPrefix` (one prefix per tier).
 */
export function tierContainer(scope: Construct, idPrefix: string, tier: ResolvedTier): ContainerProps {
  const envVariables: Record<string, EnvValue> = {};
  for (const [key, value] of Object.entries(tier.env)) envVariables[key] = EnvValue.fromValue(value);
  const volumeMounts: VolumeMount[] = tier.scratch.map((s) => ({
    path: s.path,
    volume: Volume.fromEmptyDir(scope, `${idPrefix}Scratch-${s.volume}`, s.volume),
  }));
  return {
    image: tier.image,
    portNumber: tier.port,
    envVariables: Object.keys(envVariables).length > 0 ? envVariables : undefined,
    envFrom: tier.envFromSecrets.map((name) => Env.fromSecret(Secret.fromSecretName(scope, `${idPrefix}Secret-${name}`, name))),
    resources: tier.resources,
    volumeMounts: volumeMounts.length > 0 ? volumeMounts : undefined,
    securityContext: tier.runAsUser !== undefined ? { user: tier.runAsUser, group: tier.runAsUser } : undefined,
  };
}

// A readable volume name from a path (`/var/run/mysqld` -> `var-run-mysqld`), unique in `used`.
function uniqueVolumeName(path: string, used: Set<string>): string {
  const base = path.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '') || 'scratch';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}
