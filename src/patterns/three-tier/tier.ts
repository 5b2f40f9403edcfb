// One tier's container, checked before anything is built: image, port and replicas here,
// the rest (env, Secrets, resources, writable paths, user) by the shared container code.
import { TierOptions } from './tier-options';
import { validateImage } from '../../validation/image';
import { validateNonNegativeInteger, validatePort } from '../../validation/ports';
import { InputSite, fail } from '../../validation/validation-error';
import { ContainerDefaults, ResolvedContainer, resolveContainer } from '../container';

/** Defaults that differ between tiers. */
export interface TierDefaults extends ContainerDefaults {
  readonly port: number;
  readonly replicas?: number;
}

/** A tier's validated settings. */
export interface ResolvedTier extends ResolvedContainer {
  readonly replicas?: number;
}

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
  const image = validateImage(site('image'), options.image);
  const port = validatePort(site('port'), options.port ?? defaults.port);
  const replicas = options.replicas === undefined ? defaults.replicas : validateNonNegativeInteger(site('replicas'), options.replicas);
  const secretsField = `${tier}.${tier === 'database' ? 'credentialsSecretName' : 'envFromSecrets'}`;
  return { ...resolveContainer(site, image, port, options, defaults, secretsField, reservedVolumes), replicas };
}
