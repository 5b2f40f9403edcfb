// Ingress host rules, as the API server checks `spec.rules[].host` and `spec.tls[].hosts`.
import { parseIpv4, parseIpv6 } from './cidr';
import { isDnsSubdomain } from './names';
import { InputSite, fail } from './validation-error';

/**
 * Validates an Ingress host: a lowercase DNS-1123 subdomain, optionally with a single
 * leading `*.` wildcard label, and not an IP address.
 */
export function validateHost(site: InputSite, host: string): string {
  const fix = 'give a lowercase dns name such as "example.com" or "*.example.com"';
  if (typeof host !== 'string' || host.length === 0) {
    return fail(site, host ?? '', 'a host must not be empty', fix);
  }
  if (parseIpv4(host) !== undefined || parseIpv6(host) !== undefined) {
    return fail(site, host, 'an ingress host must be a dns name, not an ip address', fix);
  }
  if (host.includes(':')) {
    return fail(site, host, 'an ingress host must not contain a port', 'leave the port out; the ingress controller listens on 80/443');
  }
  const rest = host.startsWith('*.') ? host.slice(2) : host;
  if (rest.includes('*')) {
    return fail(site, host, 'a wildcard is only allowed as a single leading "*." label', fix);
  }
  if (rest !== rest.toLowerCase()) {
    return fail(site, host, 'an ingress host must be lowercase', `write "${host.toLowerCase()}"`);
  }
  if (!isDnsSubdomain(rest)) {
    return fail(site, host, 'an ingress host must be a dns-1123 subdomain (letters, digits, - and ., at most 253 characters)', fix);
  }
  // The api server checks only the whole length, but DNS caps each label at 63: such a
  // host can never resolve, so it is a typo.
  const long = rest.split('.').find((label) => label.length > 63);
  if (long !== undefined) {
    return fail(site, host, `a dns label is at most 63 characters ("${long.slice(0, 8)}..." has ${long.length}), so no resolver can serve this host`, 'shorten that label');
  }
  return host;
}

/** True when TLS host `tlsHost` covers rule host `ruleHost` (equal, or a `*.` wildcard one level up). */
export function hostCovers(tlsHost: string, ruleHost: string): boolean {
  if (tlsHost === ruleHost) return true;
  if (!tlsHost.startsWith('*.') || ruleHost.startsWith('*.')) return false;
  const dot = ruleHost.indexOf('.');
  return dot > 0 && ruleHost.slice(dot + 1) === tlsHost.slice(2);
}
