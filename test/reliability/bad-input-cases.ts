// The bad-input catalogue: every input class the library rejects, one case per row of
// docs/bad-input.md. The expectations (path, field, value and a phrase of the problem)
// are written by hand from the validators' rules; the full message in the doc is
// produced by running the case (see catalogue.ts), never typed.
import { Chart, Size } from 'cdk8s';
import { Deployment, HttpIngressPathType } from 'cdk8s-plus-28';
import {
  EgressSelector, EgressToCidr, EgressToFqdn, ExposedService, FrontendClient, IngressController, PolicyPort, Protocol, ThreeTierApp,
} from '../../src';

/** One row of the catalogue. */
export interface BadInputCase {
  /** The input class, e.g. `CIDR: octet above 255`; several rows may share one. */
  readonly inputClass: string;
  /** The construct or value class that receives the input. */
  readonly construct: string;
  /** Expected `constructPath` of the error. */
  readonly path: string;
  /** Expected `field`. */
  readonly field: string;
  /** Expected `value` (the bad value as text). */
  readonly value: string;
  /** A phrase the problem must contain. */
  readonly mentions: string;
  /** Shown in the doc's "bad value" column (defaults to `value`). */
  readonly shown?: string;
  /** `construction` (ValidationError where the input is given) or `synth` (cdk8s validation). */
  readonly when?: 'construction' | 'synth';
  /** Valid objects made before the bad input (they must still synthesize unchanged). */
  readonly setup?: (chart: Chart) => any;
  /** Gives the bad input. */
  readonly act: (chart: Chart, made: any) => void;
}

const cidr = (cidrText: string, except?: string[]) => (chart: Chart) => new EgressToCidr(chart, 'db', { cidr: cidrText, except });
const web = (props: Partial<ConstructorParameters<typeof ExposedService>[2]>) => (chart: Chart) =>
  new ExposedService(chart, 'web', { image: 'nginx:1.27', host: 'example.com', ...props });
const shop = (props: Partial<ConstructorParameters<typeof ThreeTierApp>[2]>) => (chart: Chart) => new ThreeTierApp(chart, 'shop', {
  host: 'shop.example.com', frontend: { image: 'nginx:1.27' }, backend: { image: 'api:1.0' }, database: { image: 'mysql:8.4' }, ...props,
});
const fqdn = (props: Partial<ConstructorParameters<typeof EgressToFqdn>[2]>) => (chart: Chart) =>
  new EgressToFqdn(chart, 'fqdn', { podLabels: { app: 'api' }, matchNames: ['api.example.com'], ...props });

const LONG_HOST = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`;
const LONG_LABEL_HOST = `${'a'.repeat(64)}.example.com`;
const LONG_NAME = 'a'.repeat(64);

export const BAD_INPUT_CASES: BadInputCase[] = [
  // CIDRs (EgressToCidr; the same parser serves ThreeTierApp.externalDatabase and the CNI checks)
  { inputClass: 'CIDR: empty', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '', shown: '""', mentions: 'must not be empty', act: cidr('') },
  { inputClass: 'CIDR: IPv4 octet above 255', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '10.0.256.0/24', mentions: 'not a valid ipv4 address', act: cidr('10.0.256.0/24') },
  { inputClass: 'CIDR: IPv4 octet above 255', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '999.999.0.1/99', mentions: 'not a valid ipv4 address', act: cidr('999.999.0.1/99') },
  { inputClass: 'CIDR: IPv4 leading zeros', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '10.01.0.0/16', mentions: 'no leading zeros', act: cidr('10.01.0.0/16') },
  { inputClass: 'CIDR: IPv4 wrong number of octets', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '10.0.0/24', mentions: 'four decimal octets', act: cidr('10.0.0/24') },
  { inputClass: 'CIDR: missing mask', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '203.0.113.10', mentions: 'prefix length (mask) is missing', act: cidr('203.0.113.10') },
  { inputClass: 'CIDR: IPv4 mask above 32 or not a number', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '10.0.0.0/33', mentions: 'from 0 to 32', act: cidr('10.0.0.0/33') },
  { inputClass: 'CIDR: IPv4 mask above 32 or not a number', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '10.0.0.0/08', mentions: 'whole number', act: cidr('10.0.0.0/08') },
  { inputClass: 'CIDR: host bits set (rejected, not normalized)', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '10.0.0.1/8', mentions: 'host bits are set', act: cidr('10.0.0.1/8') },
  { inputClass: 'CIDR: IPv6 malformed', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '2001:db8::g/32', mentions: 'not a valid ipv6 address', act: cidr('2001:db8::g/32') },
  { inputClass: 'CIDR: IPv6 malformed', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '2001:db8:::/32', mentions: 'not a valid ipv6 address', act: cidr('2001:db8:::/32') },
  { inputClass: 'CIDR: IPv6 mask above 128', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '2001:db8::/129', mentions: 'from 0 to 128', act: cidr('2001:db8::/129') },
  { inputClass: 'CIDR: IPv6 host bits set (rejected, not normalized)', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '2001:db8::1/32', mentions: 'host bits are set', act: cidr('2001:db8::1/32') },
  { inputClass: 'CIDR: IPv6 not canonical (rejected, not normalized)', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '2001:DB8::/32', mentions: 'not in canonical form', act: cidr('2001:DB8::/32') },
  { inputClass: 'CIDR: IPv6 not canonical (rejected, not normalized)', construct: 'EgressToCidr', path: 'test/db', field: 'cidr', value: '2001:db8:0:0:0:0:0:0/32', mentions: 'not in canonical form', act: cidr('2001:db8:0:0:0:0:0:0/32') },
  { inputClass: 'except: malformed', construct: 'EgressToCidr', path: 'test/db', field: 'except[0]', value: 'garbage', mentions: 'prefix length (mask) is missing', act: cidr('10.0.0.0/16', ['garbage']) },
  { inputClass: 'except: outside cidr', construct: 'EgressToCidr', path: 'test/db', field: 'except[0]', value: '10.1.0.0/24', mentions: 'not a strict subset', act: cidr('10.0.0.0/16', ['10.1.0.0/24']) },
  { inputClass: 'except: equal to cidr', construct: 'EgressToCidr', path: 'test/db', field: 'except[0]', value: '10.0.0.0/16', mentions: 'not a strict subset', act: cidr('10.0.0.0/16', ['10.0.0.0/16']) },
  { inputClass: 'except: larger than cidr', construct: 'EgressToCidr', path: 'test/db', field: 'except[0]', value: '10.0.0.0/8', mentions: 'not a strict subset', act: cidr('10.0.0.0/16', ['10.0.0.0/8']) },
  { inputClass: 'except: other IP family than cidr', construct: 'EgressToCidr', path: 'test/db', field: 'except[0]', value: '2001:db8::/64', mentions: 'it is ipv6 but cidr', act: cidr('10.0.0.0/16', ['2001:db8::/64']) },
  { inputClass: 'except: listed twice', construct: 'EgressToCidr', path: 'test/db', field: 'except[1]', value: '10.0.1.0/24', mentions: 'listed twice', act: cidr('10.0.0.0/16', ['10.0.1.0/24', '10.0.1.0/24']) },

  // Ports
  { inputClass: 'port: 0', construct: 'PolicyPort', path: 'PolicyPort.tcp', field: 'port', value: '0', mentions: 'integer from 1 to 65535', act: () => PolicyPort.tcp(0) },
  { inputClass: 'port: above 65535', construct: 'PolicyPort', path: 'PolicyPort.udp', field: 'port', value: '65536', mentions: 'integer from 1 to 65535', act: () => PolicyPort.udp(65536) },
  { inputClass: 'port: not an integer', construct: 'PolicyPort', path: 'PolicyPort.sctp', field: 'port', value: '80.5', mentions: 'integer from 1 to 65535', act: () => PolicyPort.sctp(80.5) },
  { inputClass: 'port: not an integer', construct: 'PolicyPort', path: 'PolicyPort.tcp', field: 'port', value: 'NaN', mentions: 'integer from 1 to 65535', act: () => PolicyPort.tcp(NaN) },
  { inputClass: 'port range: end below start', construct: 'PolicyPort', path: 'PolicyPort.tcpRange', field: 'endPort', value: '8000', mentions: 'range end is below its start 9000', act: () => PolicyPort.tcpRange(9000, 8000) },
  { inputClass: 'port range: end above 65535', construct: 'PolicyPort', path: 'PolicyPort.udpRange', field: 'endPort', value: '70000', mentions: 'integer from 1 to 65535', act: () => PolicyPort.udpRange(1000, 70000) },
  { inputClass: 'protocol: not TCP, UDP or SCTP', construct: 'PolicyPort', path: 'PolicyPort.named', field: 'protocol', value: 'ICMP', mentions: 'tcp, udp or sctp', act: () => PolicyPort.named('http', 'ICMP' as Protocol) },
  { inputClass: 'named port: longer than 15', construct: 'PolicyPort', path: 'PolicyPort.named', field: 'port', value: 'http-alternative', mentions: '1 to 15 characters', act: () => PolicyPort.named('http-alternative') },
  { inputClass: 'named port: invalid characters', construct: 'PolicyPort', path: 'PolicyPort.named', field: 'port', value: 'HTTP', mentions: 'only lowercase letters, digits and -', act: () => PolicyPort.named('HTTP') },
  { inputClass: 'named port: no letter', construct: 'PolicyPort', path: 'PolicyPort.named', field: 'port', value: '8080', mentions: 'at least one letter', act: () => PolicyPort.named('8080') },
  { inputClass: 'named port: leading, trailing or double -', construct: 'PolicyPort', path: 'PolicyPort.named', field: 'port', value: 'http--alt', mentions: 'contain --', act: () => PolicyPort.named('http--alt') },
  { inputClass: 'port: container or Service port out of range', construct: 'ExposedService', path: 'test/web', field: 'servicePort', value: '70000', mentions: 'integer from 1 to 65535', act: web({ servicePort: 70000 }) },
  { inputClass: 'port: container or Service port out of range', construct: 'ThreeTierApp', path: 'test/shop', field: 'backend.port', value: '0', mentions: 'integer from 1 to 65535', act: shop({ backend: { image: 'api:1.0', port: 0 } }) },
  { inputClass: 'ports: not a PolicyPort', construct: 'EgressToCidr', path: 'test/db', field: 'ports[0]', value: '{"protocol":"TCP","port":3306}', mentions: 'must be a PolicyPort', act: (chart) => new EgressToCidr(chart, 'db', { cidr: '10.0.0.0/8', ports: [{ protocol: 'TCP', port: 3306 } as any] }) },
  { inputClass: 'ports: named port towards a CIDR (matches no address)', construct: 'EgressToCidr', path: 'test/db', field: 'ports[0]', value: 'TCP/mysql', mentions: 'named port', act: (chart) => new EgressToCidr(chart, 'db', { cidr: '10.0.0.0/8', ports: [PolicyPort.named('mysql')] }) },
  { inputClass: 'ports: every port where a number is needed', construct: 'EgressToFqdn', path: 'test/fqdn', field: 'ports[0]', value: 'TCP/*', mentions: 'needs a port number or range', act: fqdn({ ports: [PolicyPort.allTcp()] }) },

  // Ingress hosts
  { inputClass: 'host: empty', construct: 'ExposedService', path: 'test/web', field: 'host', value: '', shown: '""', mentions: 'must not be empty', act: web({ host: '' }) },
  { inputClass: 'host: uppercase', construct: 'ExposedService', path: 'test/web', field: 'host', value: 'Example.com', mentions: 'must be lowercase', act: web({ host: 'Example.com' }) },
  { inputClass: 'host: longer than 253', construct: 'ExposedService', path: 'test/web', field: 'host', value: LONG_HOST, shown: '`a` × 63 . `b` × 63 . `c` × 63 . `d` × 63 .com (259 characters)', mentions: 'at most 253 characters', act: web({ host: LONG_HOST }) },
  { inputClass: 'host: a label longer than 63', construct: 'ExposedService', path: 'test/web', field: 'host', value: LONG_LABEL_HOST, shown: '`a` × 64 .example.com (76 characters)', mentions: 'a dns label is at most 63 characters', act: web({ host: LONG_LABEL_HOST }) },
  { inputClass: 'host: not a DNS-1123 subdomain', construct: 'ExposedService', path: 'test/web', field: 'host', value: 'my_app.example.com', mentions: 'dns-1123 subdomain', act: web({ host: 'my_app.example.com' }) },
  { inputClass: 'host: bad wildcard', construct: 'ExposedService', path: 'test/web', field: 'host', value: 'api.*.example.com', mentions: 'single leading "*." label', act: web({ host: 'api.*.example.com' }) },
  { inputClass: 'host: bad wildcard', construct: 'ExposedService', path: 'test/web', field: 'host', value: '*', mentions: 'single leading "*." label', act: web({ host: '*' }) },
  { inputClass: 'host: IP address', construct: 'ExposedService', path: 'test/web', field: 'host', value: '203.0.113.10', mentions: 'not an ip address', act: web({ host: '203.0.113.10' }) },
  { inputClass: 'host: IP address', construct: 'ExposedService', path: 'test/web', field: 'host', value: '2001:db8::1', mentions: 'not an ip address', act: web({ host: '2001:db8::1' }) },
  { inputClass: 'host: with a port', construct: 'ExposedService', path: 'test/web', field: 'host', value: 'example.com:8443', mentions: 'must not contain a port', act: web({ host: 'example.com:8443' }) },
  { inputClass: 'host: invalid in a later route', construct: 'ExposedService', path: 'test/web', field: 'host', value: 'WWW.example.com', mentions: 'must be lowercase', setup: web({}), act: (_c, s: ExposedService) => s.addRoute('WWW.example.com') },
  { inputClass: 'host: invalid in a ThreeTierApp', construct: 'ThreeTierApp', path: 'test/shop', field: 'host', value: 'shop.example.com.', mentions: 'dns-1123 subdomain', act: shop({ host: 'shop.example.com.' }) },

  // Ingress paths and routes
  { inputClass: 'path: not starting with /', construct: 'ExposedService', path: 'test/web', field: 'path', value: 'api', mentions: 'must start with /', act: web({ path: 'api' }) },
  { inputClass: 'path: //, /./, /../ or %2f (Prefix, Exact)', construct: 'ExposedService', path: 'test/web', field: 'path', value: '/api//v1', mentions: 'must not contain "//"', act: web({ path: '/api//v1' }) },
  { inputClass: 'path: //, /./, /../ or %2f (Prefix, Exact)', construct: 'ThreeTierApp', path: 'test/shop', field: 'path', value: '/static/../admin', mentions: 'must not contain "/../"', act: shop({ path: '/static/../admin' }) },
  { inputClass: 'path: ends with /. or /.. (Prefix, Exact)', construct: 'ExposedService', path: 'test/web', field: 'path', value: '/api/..', mentions: 'must not end with "/.."', act: web({ path: '/api/..', pathType: HttpIngressPathType.EXACT }) },
  { inputClass: 'path type: unknown', construct: 'ExposedService', path: 'test/web', field: 'pathType', value: 'Regex', mentions: 'unknown path type', act: web({ pathType: 'Regex' as HttpIngressPathType }) },
  { inputClass: 'route: same host and path twice', construct: 'ExposedService', path: 'test/web', field: 'path', value: '/', mentions: 'already has a route for this path', setup: web({}), act: (_c, s: ExposedService) => s.addRoute('example.com', '/', HttpIngressPathType.EXACT) },
  { inputClass: 'TLS: host not served by any route', construct: 'ExposedService', path: 'test/web', field: 'tls[0].hosts[0]', value: 'api.example.com', mentions: 'no route of the ingress serves this host', when: 'synth', act: web({ tls: [{ secretName: 'web-tls', hosts: ['api.example.com'] }] }) },
  { inputClass: 'TLS: invalid host or secret name', construct: 'ExposedService', path: 'test/web', field: 'tls[0].secretName', value: 'Web_TLS', mentions: 'dns-1123 subdomain', act: web({ tls: [{ secretName: 'Web_TLS' }] }) },
  { inputClass: 'TLS: invalid host or secret name', construct: 'ThreeTierApp', path: 'test/shop', field: 'tls[0].hosts[0]', value: '*.*.example.com', mentions: 'single leading "*." label', act: shop({ tls: [{ secretName: 'shop-tls', hosts: ['*.*.example.com'] }] }) },

  // Object names
  { inputClass: 'name: not a DNS-1123 label', construct: 'EgressToCidr', path: 'test/db', field: 'name', value: 'Egress_Policy', mentions: 'only lowercase letters, digits and -', act: (chart) => new EgressToCidr(chart, 'db', { cidr: '10.0.0.0/8', name: 'Egress_Policy' }) },
  { inputClass: 'name: longer than 63', construct: 'ExposedService', path: 'test/web', field: 'name', value: LONG_NAME, shown: '`a` × 64', mentions: 'at most 63 characters (this one has 64)', act: web({ name: LONG_NAME }) },
  { inputClass: 'name: construct id used as name is not a DNS-1123 label', construct: 'EgressToCidr', path: 'test/DbEgress', field: 'name', value: 'DbEgress', mentions: 'defaults to the construct id', act: (chart) => new EgressToCidr(chart, 'DbEgress', { cidr: '10.0.0.0/8' }) },
  { inputClass: 'name: Service name not a DNS-1035 label', construct: 'ExposedService', path: 'test/web', field: 'serviceName', value: '1web', mentions: 'must start with a letter', act: web({ serviceName: '1web' }) },
  { inputClass: 'name: Service name not a DNS-1035 label', construct: 'ThreeTierApp', path: 'test/shop', field: 'name', value: '24shop', mentions: 'must start with a letter', act: shop({ name: '24shop' }) },
  { inputClass: 'name: longer than 63 after derivation', construct: 'ThreeTierApp', path: 'test/shop', field: 'name', value: 'a'.repeat(30), shown: '`a` × 30', mentions: 'characters long, and a kubernetes name has at most 63', act: shop({ name: 'a'.repeat(30) }) },
  { inputClass: 'name: longer than 63 after derivation', construct: 'ThreeTierApp', path: 'test/shop', field: 'frontend.name', value: 'f'.repeat(40), shown: '`f` × 40', mentions: 'characters long, and a kubernetes name has at most 63', act: shop({ frontend: { image: 'nginx:1.27', name: 'f'.repeat(40) } }) },
  { inputClass: 'name: two tiers with the same name', construct: 'ThreeTierApp', path: 'test/shop', field: 'backend.name', value: 'shop-frontend', mentions: 'same name as the frontend tier', act: shop({ backend: { image: 'api:1.0', name: 'shop-frontend' } }) },
  { inputClass: 'name: invalid IngressClass or namespace', construct: 'ExposedService', path: 'test/web', field: 'ingressClassName', value: 'Nginx', mentions: 'dns-1123 subdomain', act: web({ ingressClassName: 'Nginx' }) },
  { inputClass: 'name: invalid IngressClass or namespace', construct: 'IngressController', path: 'IngressController.custom', field: 'namespace', value: 'ingress_nginx', mentions: 'dns-1123 label', act: () => IngressController.custom({ namespace: 'ingress_nginx', podLabels: {} }) },
  { inputClass: 'name: invalid IngressClass or namespace', construct: 'FrontendClient', path: 'FrontendClient.namespace', field: 'namespace', value: 'Monitoring', mentions: 'dns-1123 label', act: () => FrontendClient.namespace('Monitoring') },

  // Labels and annotations
  { inputClass: 'label key: invalid', construct: 'EgressSelector', path: 'EgressSelector.labels', field: 'labels key', value: '-app', mentions: 'name of a label key', act: () => EgressSelector.labels({ '-app': 'api' }) },
  { inputClass: 'label key: invalid', construct: 'IngressController', path: 'IngressController.custom', field: 'podLabels key', value: 'Example.com/name', mentions: 'prefix of a label key', act: () => IngressController.custom({ namespace: 'ingress', podLabels: { 'Example.com/name': 'x' } }) },
  { inputClass: 'label key: invalid', construct: 'ExposedService', path: 'test/web', field: 'annotations key', value: 'a/b/c', mentions: 'at most one /', act: web({ annotations: { 'a/b/c': 'x' } }) },
  { inputClass: 'label value: invalid', construct: 'EgressSelector', path: 'EgressSelector.labels', field: 'labels["app"]', value: 'my api', mentions: 'label value must be at most 63', act: () => EgressSelector.labels({ app: 'my api' }) },
  { inputClass: 'label value: invalid', construct: 'EgressToFqdn', path: 'test/fqdn', field: 'podLabels["app"]', value: 'x'.repeat(64), shown: '`x` × 64', mentions: 'label value must be at most 63', act: fqdn({ podLabels: { app: 'x'.repeat(64) } }) },
  { inputClass: 'selector: empty label map (would select every pod)', construct: 'EgressSelector', path: 'EgressSelector.labels', field: 'labels', value: '{}', mentions: 'selects every pod', act: () => EgressSelector.labels({}) },
  { inputClass: 'selector: empty label map (would select every pod)', construct: 'FrontendClient', path: 'FrontendClient.pods', field: 'labels', value: '{}', mentions: 'selects every pod', act: () => FrontendClient.pods({}) },
  { inputClass: 'selector: workload without selector labels', construct: 'EgressSelector', path: 'test/api', field: 'selector', value: '{}', mentions: 'no pod selector labels', setup: (chart) => new Deployment(chart, 'api', { select: false, containers: [{ image: 'api:1.0' }] }), act: (chart, d: Deployment) => new EgressToCidr(chart, 'db', { cidr: '10.0.0.0/8', selector: EgressSelector.workload(d) }) },

  // Conflicting or missing options
  { inputClass: 'options: image and workload both or neither', construct: 'ExposedService', path: 'test/web', field: 'image', value: '', shown: '(neither given)', mentions: 'exactly one of image and workload', act: web({ image: undefined }) },
  { inputClass: 'options: replicas with an adopted workload', construct: 'ExposedService', path: 'test/web', field: 'replicas', value: '3', mentions: 'only applies to the deployment', setup: (chart) => new Deployment(chart, 'api', { containers: [{ image: 'api:1.0' }] }), act: (chart, d: Deployment) => new ExposedService(chart, 'web', { workload: d, replicas: 3, host: 'example.com' }) },
  { inputClass: 'options: container settings with an adopted workload', construct: 'ExposedService', path: 'test/web', field: 'writablePaths', value: '["/tmp"]', mentions: 'only applies to the deployment created from image', setup: (chart) => new Deployment(chart, 'api', { containers: [{ image: 'api:1.0' }] }), act: (chart, d: Deployment) => new ExposedService(chart, 'web', { workload: d, writablePaths: ['/tmp'], host: 'example.com' }) },
  { inputClass: 'options: replicas negative or fractional', construct: 'ExposedService', path: 'test/web', field: 'replicas', value: '-1', mentions: 'whole number of 0 or more', act: web({ replicas: -1 }) },
  { inputClass: 'options: database and externalDatabase both or neither', construct: 'ThreeTierApp', path: 'test/shop', field: 'database', value: 'database and externalDatabase', mentions: 'exactly one of database', act: shop({ externalDatabase: { cidr: '10.20.0.0/24' } }) },
  { inputClass: 'options: database and externalDatabase both or neither', construct: 'ThreeTierApp', path: 'test/shop', field: 'database', value: 'neither', mentions: 'exactly one of database', act: shop({ database: undefined }) },
  { inputClass: 'options: FQDN policy without names', construct: 'EgressToFqdn', path: 'test/fqdn', field: 'matchNames', value: '', shown: '(none given)', mentions: 'no names and no patterns', act: fqdn({ matchNames: [] }) },

  // ThreeTierApp tiers
  { inputClass: 'external database: invalid CIDR or except', construct: 'ThreeTierApp', path: 'test/shop', field: 'externalDatabase.cidr', value: '10.20.0.7/24', mentions: 'host bits are set', act: shop({ database: undefined, externalDatabase: { cidr: '10.20.0.7/24' } }) },
  { inputClass: 'external database: invalid CIDR or except', construct: 'ThreeTierApp', path: 'test/shop', field: 'externalDatabase.except[0]', value: '10.30.0.0/28', mentions: 'not a strict subset', act: shop({ database: undefined, externalDatabase: { cidr: '10.20.0.0/24', except: ['10.30.0.0/28'] } }) },
  { inputClass: 'image: empty or with spaces', construct: 'ExposedService', path: 'test/web', field: 'image', value: '', shown: '""', mentions: 'non-empty reference without spaces', act: web({ image: '' }) },
  { inputClass: 'image: empty or with spaces', construct: 'ThreeTierApp', path: 'test/shop', field: 'backend.image', value: 'api 1.0', mentions: 'without spaces', act: shop({ backend: { image: 'api 1.0' } }) },
  { inputClass: 'env: credential in plain text', construct: 'ExposedService', path: 'test/web', field: 'env', value: 'API_TOKEN', mentions: 'looks like a credential', act: web({ env: { API_TOKEN: 'x' } }) },
  { inputClass: 'env: credential in plain text', construct: 'ThreeTierApp', path: 'test/shop', field: 'backend.env', value: 'DB_PASSWORD', mentions: 'looks like a credential', act: shop({ backend: { image: 'api:1.0', env: { DB_PASSWORD: 'hunter2' } } }) },
  { inputClass: 'env: invalid variable name', construct: 'ThreeTierApp', path: 'test/shop', field: 'backend.env', value: '1_URL', mentions: 'environment variable name', act: shop({ backend: { image: 'api:1.0', env: { '1_URL': 'x' } } }) },
  { inputClass: 'security: root user', construct: 'ThreeTierApp', path: 'test/shop', field: 'database.runAsUser', value: '0', mentions: 'run as non-root', act: shop({ database: { image: 'mysql:8.4', runAsUser: 0 } }) },
  { inputClass: 'volumes: writable path not an absolute directory', construct: 'ThreeTierApp', path: 'test/shop', field: 'frontend.writablePaths[0]', value: 'tmp', mentions: 'absolute directory', act: shop({ frontend: { image: 'nginx:1.27', writablePaths: ['tmp'] } }) },
  { inputClass: 'volumes: storage size below 1 MiB', construct: 'ThreeTierApp', path: 'test/shop', field: 'database.storageSize', value: '512 KiB', mentions: 'at least 1', act: shop({ database: { image: 'mysql:8.4', storageSize: Size.kibibytes(512) } }) },

  // FQDNs (EgressToFqdn)
  { inputClass: 'FQDN: uppercase', construct: 'EgressToFqdn', path: 'test/fqdn', field: 'matchNames[0]', value: 'API.example.com', mentions: 'must be lowercase', act: fqdn({ matchNames: ['API.example.com'] }) },
  { inputClass: 'FQDN: invalid label', construct: 'EgressToFqdn', path: 'test/fqdn', field: 'matchNames[0]', value: '*.example.com', mentions: 'use matchPatterns for *', act: fqdn({ matchNames: ['*.example.com'] }) },
  { inputClass: 'FQDN: pattern that matches every name', construct: 'EgressToFqdn', path: 'test/fqdn', field: 'matchPatterns[0]', value: '*', mentions: 'matches every name', act: fqdn({ matchNames: [], matchPatterns: ['*'] }) },
];
