// Object names of a ThreeTierApp. Every name is derived from the app name (or a tier's
// own name) and checked here, before any object exists, so an overlong or invalid name
// fails at construction and names the prop the user has to change.
import { validateDns1035Label, validateDnsLabel } from '../../validation/names';
import { fail } from '../../validation/validation-error';

/** The three tiers, in the order their objects are written. */
export type TierKind = 'frontend' | 'backend' | 'database';

/** The recommended labels (https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/). */
export const NAME_LABEL = 'app.kubernetes.io/name';
export const COMPONENT_LABEL = 'app.kubernetes.io/component';
export const PART_OF_LABEL = 'app.kubernetes.io/part-of';

/**
 * Where a name comes from: the prop the user gave (`field` = `value`) and the name that
 * prop yields for a tier (`base`), e.g. field `name`, value `shop`, base `shop-backend`.
 */
export interface NameRoot {
  readonly constructPath: string;
  readonly field: string;
  readonly value: string;
  readonly base: string;
}

/** The root of a tier's names: its own `name` prop, else `<app>-<tier>`. */
export function tierNameRoot(constructPath: string, app: string, tier: TierKind, ownName: string | undefined): NameRoot {
  if (ownName !== undefined) {
    const field = `${tier}.name`;
    validateDns1035Label({ constructPath, field }, ownName);
    return { constructPath, field, value: ownName, base: ownName };
  }
  const root = { constructPath, field: 'name', value: app, base: `${app}-${tier}` };
  return { ...root, base: derivedName(root, app, `-${tier}`, `${tier} name`) };
}

/** The app's own root (`<app>-default-deny`, `<app>-database-credentials`). */
export function appNameRoot(constructPath: string, app: string): NameRoot {
  validateDnsLabel({ constructPath, field: 'name' }, app);
  if (!/^[a-z]/.test(app)) {
    fail({ constructPath, field: 'name' }, app, 'the app name begins the service names, which must start with a letter (dns-1035 label)', `use e.g. "app-${app}"`);
  }
  return { constructPath, field: 'name', value: app, base: app };
}

/** `root.base + suffix`, refused when longer than a DNS-1123 label (63), blaming the prop the name comes from. */
export function nameOf(root: NameRoot, suffix: string, what: string): string {
  return derivedName(root, root.base, suffix, what);
}

function derivedName(root: NameRoot, base: string, suffix: string, what: string): string {
  const name = `${base}${suffix}`;
  if (name.length > 63) {
    const room = 63 - (name.length - root.value.length);
    fail({ constructPath: root.constructPath, field: root.field }, root.value,
      `it makes the ${what} "${name}" ${name.length} characters long, and a kubernetes name has at most 63`,
      `use a ${root.field} of at most ${room} characters`);
  }
  return name;
}

/** The recommended labels of one tier's pods; every policy selects the tier by them. */
export function tierLabels(app: string, tier: TierKind, name: string): Record<string, string> {
  return { [NAME_LABEL]: name, [COMPONENT_LABEL]: tier, [PART_OF_LABEL]: app };
}

/** Refuses two tiers with the same name (their Deployments, Services and policies would collide). */
export function refuseClashingNames(roots: Array<{ tier: TierKind; root: NameRoot }>): void {
  roots.forEach((current, i) => {
    const earlier = roots.slice(0, i).find((r) => r.root.base === current.root.base);
    if (!earlier) return;
    // Derived names never clash with each other, so blame the tier whose name was given.
    const [blamed, other] = current.root.field === 'name' ? [earlier, current] : [current, earlier];
    fail({ constructPath: blamed.root.constructPath, field: blamed.root.field }, blamed.root.base,
      `the ${blamed.tier} tier would get the same name as the ${other.tier} tier, so their objects would clash`,
      `give the ${blamed.tier} tier a name of its own`);
  });
}
