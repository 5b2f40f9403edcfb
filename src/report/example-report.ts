// What `npm run examples` calls after synthesizing an example: writes
// `<example>/dist/traffic.md` and returns the ASCII diagram to print.
import * as fs from 'fs';
import * as path from 'path';
import { TrafficReport } from './traffic-report';
import { TrafficReportOptions } from './traffic-report-options';
import { ClusterContext } from '../analysis/cluster-context';
import { Connectivity } from '../analysis/connectivity';

/** The report of an example's synthesized `dist/` (standard cluster context). */
export function exampleReport(exampleDir: string, options: TrafficReportOptions = {}): TrafficReport {
  const dist = path.join(exampleDir, 'dist');
  return TrafficReport.fromConnectivity(Connectivity.fromFiles([dist], { clusterContext: ClusterContext.standard() }), options);
}

/**
 * Writes `<exampleDir>/dist/traffic.md` (table + Mermaid) and returns the ASCII diagram.
 * @param exampleDir the example's folder, holding `dist/` with the synthesized YAML
 */
export function renderExampleReport(exampleDir: string): string {
  const report = exampleReport(exampleDir);
  fs.writeFileSync(path.join(exampleDir, 'dist', 'traffic.md'), report.markdown());
  return report.ascii();
}
