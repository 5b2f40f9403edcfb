// The one thing every column is timed on, identical for all: a fresh App and Chart,
// the implementation's constructs, then the whole app synthesized to YAML in memory.
import { App, Chart } from 'cdk8s';
import { Implementation } from './scenario';

/** Builds `n` units with `impl` and returns the app's YAML (nothing is written to disk). */
export function synthYaml(impl: Implementation, n: number): string {
  const app = new App();
  const chart = new Chart(app, 'bench');
  impl.build(chart, n);
  return app.synthYaml();
}
