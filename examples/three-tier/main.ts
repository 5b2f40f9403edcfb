// The reference design's three-tier app (issue 3): users reach the frontend through the
// Ingress, the frontend reaches the backend on 3000, the backend the database on 3306,
// and nothing else. The database reads its credentials from the Secret
// `shop-database-credentials` (create it in the cluster; no password is written here).
import { App, Chart } from 'cdk8s';
import { ThreeTierApp } from 'cdk8s-ingress-egress';

const app = new App();
const chart = new Chart(app, 'shop');

new ThreeTierApp(chart, 'shop', {
  host: 'shop.example.com',
  frontend: { image: 'nginx:1.27' },
  backend: { image: 'ghcr.io/acme/api:1.4.2' },
  database: { image: 'mysql:8.4' },
});

app.synth();
