// The consumer app of the issue, egress half: every pod may reach 203.0.113.0/24 on TCP
// 3306 except 203.0.113.10, plus DNS to kube-dns (a second policy).
import { App, Chart, YamlOutputType } from 'cdk8s';
import { Deployment } from 'cdk8s-plus-28';
import { EgressToCidr, PolicyPort } from 'cdk8s-ingress-egress';

const app = new App({ yamlOutputType: YamlOutputType.FILE_PER_RESOURCE });
const chart = new Chart(app, 'web');

new EgressToCidr(chart, 'db', {
  name: 'egress-network-policy',
  cidr: '203.0.113.0/24',
  except: ['203.0.113.10/32'],
  ports: [PolicyPort.tcp(3306)],
});

// A pod for the policy to act on, so that the traffic report has something to show:
// `podSelector: {}` selects it like every other pod of the namespace.
new Deployment(chart, 'orders', {
  metadata: { name: 'orders' },
  replicas: 1,
  containers: [{ image: 'ghcr.io/acme/orders:1.0', portNumber: 8080 }],
});

app.synth();
