import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './helpers';

const CASE = path.join(__dirname, '..', 'fixtures', 'netpol-analyzer', 'onlineboutique');

describe('cli connlist |', () => {
  test('prints the np-guard text of a directory and exits 0', async () => {
    // WHEN
    const r = await cli('connlist', path.join(CASE, 'input'));
    // THEN
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(fs.readFileSync(path.join(CASE, 'expected.txt'), 'utf8'));
  });

  test('--output json prints the same connections as JSON', async () => {
    const r = await cli('connlist', path.join(CASE, 'input'), '--output', 'json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows.map((x: any) => `${x.src} => ${x.dst} : ${x.conn}\n`).join('')).toBe(fs.readFileSync(path.join(CASE, 'expected.txt'), 'utf8'));
  });

  test('--cluster-context standard adds kube-dns', async () => {
    const r = await cli('connlist', path.join(CASE, 'input'), '--cluster-context', 'standard');
    expect(r.code).toBe(0);
    expect(r.out).toContain('kube-system/coredns[Deployment]');
  });

  test('invalid input exits 2 naming the file and document index', async () => {
    // GIVEN: the second document has no kind
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'connlist-cli-')), 'app.yaml');
    fs.writeFileSync(file, 'kind: Namespace\nmetadata: {name: a}\n---\nmetadata: {name: b}\n');
    // WHEN
    const r = await cli('connlist', file);
    // THEN
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${file} document 1: invalid kind: undefined; every object needs a kind`);
  });

  test('an unknown output format exits 2', async () => {
    const r = await cli('connlist', CASE, '--output', 'xml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Allowed choices are txt, json/);
  });
});
