// The consumer app of the issue, egress half: every pod may reach 203.0.113.0/24 on TCP
// 3306 except 203.0.113.10, plus DNS to kube-dns (a second policy).
import { App, Chart, YamlOutputType } from 'cdk8s';
import { EgressToCidr, PolicyPort } from 'cdk8s-ingress-egress';

const app = new App({ yamlOutputType: YamlOutputType.FILE_PER_RESOURCE });
const chart = new Chart(app, 'web');

new EgressToCidr(chart, 'db', {
  name: 'egress-network-policy',
  cidr: '203.0.113.0/24',
  except: ['203.0.113.10/32'],
  ports: [PolicyPort.tcp(3306)],
});

app.synth();
