// Rewrites the README block between the cni-matrix markers from src/cni/matrix.ts.
// Run: npx ts-node --project test/tsconfig.json test/cni/write-readme-matrix.ts
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { README_END, README_START } from './readme-block';
import { cniMatrixMarkdown } from '../../src/cni';

const path = join(__dirname, '..', '..', 'README.md');
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf(README_START);
const end = readme.indexOf(README_END);
if (start < 0 || end < start) throw new Error(`README.md: markers ${README_START} / ${README_END} not found`);
writeFileSync(path, readme.slice(0, start + README_START.length) + '\n' + cniMatrixMarkdown() + readme.slice(end));
