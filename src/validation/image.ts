// Unpinned container images: a warning, not an error.
//
// cdk8s 2.70 has no warnings API (aws-cdk's `Annotations` does not exist here), and
// `node.addValidation` can only fail a synth. So a warning is recorded as construct
// metadata of type IMAGE_WARNING (readable in tests, like aws-cdk's `aws:cdk:warning`)
// and printed to stderr when the app is validated, i.e. at synth time
// (`cdk8s synth`, `app.synth()`, `Testing.synth()`). Each message is printed once per
// process, so a test suite that synthesizes one app many times is not flooded.
import { IConstruct } from 'constructs';
import { InputSite, fail } from './validation-error';

/** Metadata type of the warnings this library records on constructs. */
export const IMAGE_WARNING = 'cdk8s-ingress-egress:warning';

const printed = new Set<string>();

/** Validates a container image reference: present, non-empty and without whitespace (the api server requires it). */
export function validateImage(site: InputSite, image: string): string {
  if (typeof image !== 'string' || image.trim() === '' || /\s/.test(image)) {
    return fail(site, image ?? '', 'an image must be a non-empty reference without spaces', 'give e.g. "ghcr.io/acme/api:1.4.2"');
  }
  return image;
}

/**
 * Why `image` is not pinned to a version, or undefined when it is: a digest
 * (`@sha256:...`) or a tag other than `latest` pins it.
 */
export function unpinnedImageProblem(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  // The tag follows the last ':' after the last '/' (a ':' before it is a registry port).
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.indexOf(':');
  if (colon < 0) return 'it has no tag (so it means :latest)';
  if (lastPart.slice(colon + 1) === 'latest') return 'it has the latest tag';
  return undefined;
}

/**
 * Records a synth-time warning on `scope` when `image` (given as `field`) has no tag or
 * the `latest` tag: every pull may then run a different version, and a rollback cannot
 * return to the old one. Returns the warning, or undefined for a pinned image.
 */
export function warnIfUnpinnedImage(scope: IConstruct, field: string, image: string): string | undefined {
  const problem = unpinnedImageProblem(image);
  if (problem === undefined) return undefined;
  const name = image.split('@')[0].replace(/:latest$/, '');
  const message = `${scope.node.path}: unpinned ${field} "${image}": ${problem}, which can change on every pull; `
    + `pin a version such as "${name}:1.2.3" or a digest "${name}@sha256:..."`;
  scope.node.addMetadata(IMAGE_WARNING, message);
  scope.node.addValidation({
    validate: () => {
      if (!printed.has(message)) {
        printed.add(message);
        process.stderr.write(`warning: ${message}\n`);
      }
      return [];
    },
  });
  return message;
}

/** Every warning recorded on `scope` and its children, in tree order. */
export function warningsOf(scope: IConstruct): string[] {
  return scope.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === IMAGE_WARNING).map((m) => String(m.data)));
}
