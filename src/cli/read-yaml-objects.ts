// A small reader for `check`: every object of every YAML/JSON file under the given paths.
// TODO(lead): unify with the analyzer's loader (src/analysis/manifest-files.ts) once committed.
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';

/** Reads files as given and directories recursively (sorted); throws naming the file on bad input. */
export function readYamlObjects(paths: readonly string[]): any[] {
  const objects: any[] = [];
  for (const file of paths.flatMap(expand)) {
    const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'));
    docs.forEach((doc, i) => {
      if (doc.errors.length > 0) {
        throw new Error(`${file} document ${i}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}; fix the syntax of this document`);
      }
      const value = doc.toJS();
      // `kubectl get -o yaml` wraps objects in a List.
      objects.push(...(value?.kind === 'List' && Array.isArray(value.items) ? value.items : value ? [value] : []));
    });
  }
  return objects;
}

function expand(p: string): string[] {
  if (!fs.existsSync(p)) {
    throw new Error(`${p}: no such file or directory; pass existing manifest files or directories`);
  }
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs.readdirSync(p, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const full = path.join(p, e.name);
      if (e.isDirectory()) return expand(full);
      return ['.yaml', '.yml', '.json'].includes(path.extname(e.name).toLowerCase()) ? [full] : [];
    });
}
