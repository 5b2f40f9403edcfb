// Rewrites the generated table of docs/bad-input.md from the errors the code throws.
// Run: npx ts-node --project test/tsconfig.json test/reliability/write-bad-input-doc.ts
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { DOC_END, DOC_START, renderCatalogue } from './catalogue';

const path = join(__dirname, '..', '..', 'docs', 'bad-input.md');
const doc = readFileSync(path, 'utf8');
const start = doc.indexOf(DOC_START);
const end = doc.indexOf(DOC_END);
if (start < 0 || end < start) throw new Error(`docs/bad-input.md: markers ${DOC_START} / ${DOC_END} not found`);
writeFileSync(path, doc.slice(0, start + DOC_START.length) + '\n' + renderCatalogue() + doc.slice(end));
