// The consumer app of the issue, ingress half: one workload reachable only through its
// Ingress. One file per object, so dist/ holds the seed Ingress on its own.
import { App, Chart, YamlOutputType } from 'cdk8s';
import { ExposedService } from 'cdk8s-ingress-egress';

const app = new App({ yamlOutputType: YamlOutputType.FILE_PER_RESOURCE });
const chart = new Chart(app, 'web');

new ExposedService(chart, 'frontend', {
  image: 'nginx:1.27',
  port: 80,
  host: 'example.com',
  serviceName: 'frontend-service',
  ingressName: 'frontend-ingress',
});

app.synth();
