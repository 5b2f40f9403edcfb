import { readFileSync } from 'fs';
import { join } from 'path';
import { BAD_INPUT_CASES } from './bad-input-cases';
import { DOC_END, DOC_START, inputClasses, renderCatalogue, runCase, userMessage } from './catalogue';
import { ValidationError } from '../../src/validation/validation-error';

const DOC = join(__dirname, '..', '..', 'docs', 'bad-input.md');

describe('bad-input catalogue |', () => {
  test('covers at least 25 input classes', () => {
    expect(inputClasses().length).toBeGreaterThanOrEqual(25);
  });

  // One test per row: the typed error, its path, field, value, problem and the message format.
  describe.each(BAD_INPUT_CASES.map((c, i) => [`#${i + 1} ${c.inputClass}: ${c.construct} ${c.field} ${c.value.slice(0, 40)}`, c] as const))('%s', (_name, c) => {
    test('is rejected with a message naming path, field, value and fix; nothing half-built is left', () => {
      // GIVEN / WHEN
      const { error, before, after } = runCase(c);
      // THEN
      const message = userMessage(error);
      expect(message).toContain(`${c.path}: invalid ${c.field} "${c.value}": `);
      expect(message).toContain(c.mentions);
      // "<problem>; <fix>": a fix follows the problem
      expect(message.slice(message.indexOf(c.mentions)).split('; ').length).toBeGreaterThanOrEqual(2);
      if (c.when === 'synth') {
        // cross-construct checks run in node.addValidation: cdk8s synth refuses the chart
        expect(error).toBeInstanceOf(Error);
      } else {
        expect(error).toBeInstanceOf(ValidationError);
        const v = error as ValidationError;
        expect([v.constructPath, v.field, v.value]).toEqual([c.path, c.field, c.value]);
        expect(v.problem).toContain(c.mentions);
        expect(v.fix.length).toBeGreaterThan(0);
        expect(after).toEqual(before);
      }
    });
  });

  test('docs/bad-input.md holds the table generated from the real errors', () => {
    // GIVEN
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(DOC_START);
    const end = doc.indexOf(DOC_END);
    // WHEN
    const block = start >= 0 && end > start ? doc.slice(start + DOC_START.length + 1, end) : '(markers missing)';
    // THEN (to refresh: npx ts-node --project test/tsconfig.json test/reliability/write-bad-input-doc.ts)
    expect(block).toBe(renderCatalogue());
  });
});
