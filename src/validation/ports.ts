// Port checks shared by every NetworkPolicy and Service port the library writes.
import { InputSite, fail } from './validation-error';

const MIN_PORT = 1;
const MAX_PORT = 65535;

/** Validates a port number: an integer from 1 to 65535. */
export function validatePort(site: InputSite, port: number): number {
  if (typeof port !== 'number' || !Number.isInteger(port) || port < MIN_PORT || port > MAX_PORT) {
    return fail(site, port, `a port must be an integer from ${MIN_PORT} to ${MAX_PORT}`, 'give a port in that range (leave the port out to allow all ports)');
  }
  return port;
}

/** Validates a port range: both ends valid ports and `end >= start`. */
export function validatePortRange(startSite: InputSite, start: number, endSite: InputSite, end: number): void {
  validatePort(startSite, start);
  validatePort(endSite, end);
  if (end < start) {
    fail(endSite, end, `the range end is below its start ${start}`, `give an end of at least ${start}, or swap the two`);
  }
}

/**
 * Validates a named port (IANA_SVC_NAME, as Kubernetes checks it): at most 15 characters,
 * lowercase letters, digits and '-', at least one letter, no leading, trailing or double '-'.
 */
export function validatePortName(site: InputSite, name: string): string {
  const fix = 'use a container port name such as "http" or "metrics" (1-15 of a-z, 0-9 and -, with a letter)';
  if (typeof name !== 'string' || name.length === 0 || name.length > 15) {
    return fail(site, name, 'a port name must be 1 to 15 characters long', fix);
  }
  if (!/^[a-z0-9-]+$/.test(name)) {
    return fail(site, name, 'a port name may contain only lowercase letters, digits and -', fix);
  }
  if (!/[a-z]/.test(name)) {
    return fail(site, name, 'a port name must contain at least one letter', fix);
  }
  if (name.startsWith('-') || name.endsWith('-') || name.includes('--')) {
    return fail(site, name, 'a port name must not begin or end with - or contain --', fix);
  }
  return name;
}

/** Validates a replica count or other non-negative integer. */
export function validateNonNegativeInteger(site: InputSite, value: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    return fail(site, value, 'it must be a whole number of 0 or more', 'give e.g. 1 or 2');
  }
  return value;
}
