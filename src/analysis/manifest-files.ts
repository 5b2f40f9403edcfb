// Reads manifests from YAML/JSON files and directories (recursively, sorted), keeping the
// file and document index of every object for error messages.
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { SourcedObject } from './cluster-model';

const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Every manifest file under `paths` (files are taken as given, directories walked), sorted per argument. */
export function listManifestFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new Error(`${p}: cannot read it (no such file or directory); pass existing manifest files or directories`);
    }
    if (stat.isDirectory()) {
      files.push(...walk(p));
    } else {
      files.push(p);
    }
  }
  return files;
}

function walk(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...walk(full));
    else if (EXTENSIONS.includes(path.extname(e.name).toLowerCase())) files.push(full);
  }
  return files;
}

/** Parses every document of every file; throws naming the file and document index on bad YAML. */
export function readManifestFiles(paths: readonly string[]): SourcedObject[] {
  const result: SourcedObject[] = [];
  for (const file of listManifestFiles(paths)) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`${file}: cannot read it (${(e as Error).message}); check the path and permissions`);
    }
    // JSON is YAML too, so one parser covers both (and reports positions the same way).
    parseAllDocuments(text).forEach((doc, i) => {
      const source = `${file} document ${i}`;
      if (doc.errors.length > 0) {
        throw new Error(`${source}: invalid YAML: ${doc.errors[0].message.split('\n')[0].replace(/:$/, '')}; fix the syntax of this document`);
      }
      result.push({ object: doc.toJS(), source });
    });
  }
  return result;
}
