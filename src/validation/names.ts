// Kubernetes name and label rules (DNS-1123 and label syntax), as the API server checks them.
import { InputSite, at, fail } from './validation-error';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** True when `value` is a DNS-1123 label (lowercase alphanumerics and '-', at most 63). */
export function isDnsLabel(value: string): boolean {
  return typeof value === 'string' && value.length <= 63 && DNS_LABEL.test(value);
}

/** True when `value` is a DNS-1123 subdomain (dot-separated labels, at most 253). */
export function isDnsSubdomain(value: string): boolean {
  return typeof value === 'string' && value.length > 0 && value.length <= 253 && value.split('.').every((l) => DNS_LABEL.test(l));
}

/** Validates a DNS-1123 label, e.g. a construct name that becomes `metadata.name` or a namespace. */
export function validateDnsLabel(site: InputSite, value: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    return fail(site, value ?? '', 'a name must not be empty', 'give a dns-1123 label such as "frontend"');
  }
  if (value.length > 63) {
    return fail(site, value, `a dns-1123 label is at most 63 characters (this one has ${value.length})`, 'use a shorter name');
  }
  if (!DNS_LABEL.test(value)) {
    return fail(site, value, 'a dns-1123 label has only lowercase letters, digits and -, and starts and ends with a letter or digit', `use e.g. "${suggestLabel(value)}"`);
  }
  return value;
}

/**
 * Validates a DNS-1035 label: a DNS-1123 label that starts with a letter, which is what
 * Kubernetes requires of Service names.
 */
export function validateDns1035Label(site: InputSite, value: string): string {
  validateDnsLabel(site, value);
  if (!/^[a-z]/.test(value)) {
    return fail(site, value, 'a service name must start with a letter (dns-1035 label)', `use e.g. "svc-${value}"`);
  }
  return value;
}

/** Validates a DNS-1123 subdomain, e.g. an object name or an IngressClass name. */
export function validateDnsSubdomain(site: InputSite, value: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    return fail(site, value ?? '', 'a name must not be empty', 'give a dns-1123 subdomain such as "frontend" or "web.example.com"');
  }
  if (value.length > 253) {
    return fail(site, value, `a dns-1123 subdomain is at most 253 characters (this one has ${value.length})`, 'use a shorter name');
  }
  if (!isDnsSubdomain(value)) {
    return fail(site, value, 'a dns-1123 subdomain is lowercase letters, digits, - and ., each dot-separated part starting and ending with a letter or digit', `use e.g. "${suggestLabel(value)}"`);
  }
  return value;
}

/** Validates a label key: `[prefix/]name`, prefix a DNS-1123 subdomain, name at most 63 characters. */
export function validateLabelKey(site: InputSite, key: string): string {
  const fix = 'use a key such as "app.kubernetes.io/name" or "tier"';
  const parts = typeof key === 'string' ? key.split('/') : [];
  if (parts.length === 0 || parts.length > 2) {
    return fail(site, key, 'a label key is [prefix/]name with at most one /', fix);
  }
  const name = parts[parts.length - 1];
  if (parts.length === 2 && !isDnsSubdomain(parts[0])) {
    return fail(site, key, 'the prefix of a label key must be a dns-1123 subdomain', fix);
  }
  if (name.length === 0 || name.length > 63 || !LABEL_NAME.test(name)) {
    return fail(site, key, 'the name of a label key must be 1-63 letters, digits, -, _ or ., starting and ending with a letter or digit', fix);
  }
  return key;
}

/** Validates a label value: empty, or at most 63 letters, digits, '-', '_', '.' with alphanumeric ends. */
export function validateLabelValue(site: InputSite, value: string): string {
  if (typeof value !== 'string' || value.length > 63 || (value.length > 0 && !LABEL_NAME.test(value))) {
    return fail(site, value, 'a label value must be at most 63 letters, digits, -, _ or ., starting and ending with a letter or digit', 'use a value such as "frontend"');
  }
  return value;
}

/** Validates every key and value of a label map given at `site` (fields `<field>.<key>`). */
export function validateLabels(site: InputSite, labels: Record<string, string>): Record<string, string> {
  for (const key of Object.keys(labels)) {
    validateLabelKey(at(site, `${site.field} key`), key);
    validateLabelValue(at(site, `${site.field}["${key}"]`), labels[key]);
  }
  return labels;
}

/** Validates annotation keys (same syntax as label keys; values are free text). */
export function validateAnnotations(site: InputSite, annotations: Record<string, string>): Record<string, string> {
  for (const key of Object.keys(annotations)) {
    validateLabelKey(at(site, `${site.field} key`), key);
    if (typeof annotations[key] !== 'string') {
      fail(at(site, `${site.field}["${key}"]`), annotations[key], 'an annotation value must be a string', 'quote the value');
    }
  }
  return annotations;
}

function suggestLabel(value: string): string {
  const s = String(value).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return s || 'my-name';
}

/**
 * The `metadata.name` of a construct: `name` when given, else the construct `id`; either
 * must be a DNS-1123 label (for the id, the fix says to pass a `name`).
 */
export function validateNameOrId(constructPath: string, name: string | undefined, id: string): string {
  const site = { constructPath, field: 'name' };
  if (name !== undefined) return validateDnsLabel(site, name);
  if (isDnsLabel(id)) return id;
  return fail(site, id, 'the name defaults to the construct id, which is not a dns-1123 label', 'pass a name such as "my-app" (at most 63 lowercase letters, digits and -)');
}
