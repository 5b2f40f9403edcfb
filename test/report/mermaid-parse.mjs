// Parses Mermaid texts with mermaid's own parser under node (jsdom stands in for the
// browser DOM that mermaid's sanitizer needs). Run by mermaid-parser.ts in a child
// process because mermaid is ESM-only and jest runs CommonJS.
// stdin: a JSON array of texts; stdout: a JSON array of null (parsed) or the error message.
// Modules are resolved from MERMAID_MODULES_DIR (default: the current directory).
import { createRequire } from 'module';
import { join } from 'path';
import { pathToFileURL } from 'url';

const require = createRequire(join(process.env.MERMAID_MODULES_DIR ?? process.cwd(), 'package.json'));
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import(pathToFileURL(require.resolve('mermaid')).href);

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    await mermaid.parse(text);
    results.push(null);
  } catch (e) {
    results.push(String(e?.message ?? e));
  }
}
process.stdout.write(JSON.stringify(results));
