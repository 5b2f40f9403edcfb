// Ingress path rules, as the API server checks `spec.rules[].http.paths[].path`.
import { InputSite, fail } from './validation-error';

// What the API server rejects in Prefix and Exact paths (networking validation).
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];

/**
 * Validates an Ingress path for its path type (`Prefix`, `Exact` or
 * `ImplementationSpecific`): it must start with `/`; for Prefix and Exact it must not
 * contain `//`, `/./`, `/../`, `%2f` or end with `/.` or `/..`.
 */
export function validatePath(site: InputSite, path: string, pathType: string): string {
  if (typeof path !== 'string' || !path.startsWith('/')) {
    return fail(site, path ?? '', 'an ingress path must start with /', `write "/${String(path ?? '').replace(/^\/*/, '')}"`);
  }
  if (pathType === 'Prefix' || pathType === 'Exact') {
    for (const seq of INVALID_SEQUENCES) {
      if (path.includes(seq)) {
        return fail(site, path, `a path of type ${pathType} must not contain "${seq}" (the api server rejects it)`, 'write the path without it');
      }
    }
    for (const suffix of INVALID_SUFFIXES) {
      if (path.endsWith(suffix)) {
        return fail(site, path, `a path of type ${pathType} must not end with "${suffix}" (the api server rejects it)`, 'write the path without it');
      }
    }
  }
  return path;
}
