// Kubernetes label selectors (matchLabels + matchExpressions), compiled once per policy.

/** One `matchExpressions` entry. */
interface Requirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values: readonly string[];
}

/** A parsed selector; `{}` (no requirements) matches every label set. */
export class LabelSelector {
  /**
   * Parses a selector object. `fail(field, value, fix)` reports bad input with the
   * caller's context (the object and field path).
   */
  public static parse(raw: unknown, field: string, fail: (field: string, value: unknown, fix: string) => never): LabelSelector {
    if (raw === null || raw === undefined) return new LabelSelector([]);
    if (typeof raw !== 'object' || Array.isArray(raw)) fail(field, raw, 'use a label selector object with matchLabels and/or matchExpressions');
    const reqs: Requirement[] = [];
    const { matchLabels, matchExpressions } = raw as { matchLabels?: unknown; matchExpressions?: unknown };
    if (matchLabels !== undefined && matchLabels !== null) {
      if (typeof matchLabels !== 'object' || Array.isArray(matchLabels)) fail(`${field}.matchLabels`, matchLabels, 'use a map of label key to value');
      for (const [key, value] of Object.entries(matchLabels as object)) {
        reqs.push({ key, operator: 'In', values: [String(value)] });
      }
    }
    if (matchExpressions !== undefined && matchExpressions !== null) {
      if (!Array.isArray(matchExpressions)) fail(`${field}.matchExpressions`, matchExpressions, 'use a list of {key, operator, values}');
      (matchExpressions as unknown[]).forEach((e, i) => reqs.push(parseRequirement(e, `${field}.matchExpressions[${i}]`, fail)));
    }
    return new LabelSelector(reqs);
  }

  /** Label keys this selector reads: pods that agree on all of them are indistinguishable. */
  public readonly keys: readonly string[];
  /** A stable text form, used to share the result of one selector across policies. */
  public readonly canonical: string;

  private constructor(private readonly requirements: readonly Requirement[]) {
    this.keys = [...new Set(requirements.map((r) => r.key))];
    this.canonical = requirements
      .map((r) => `${r.key} ${r.operator} ${[...r.values].sort().join(',')}`)
      .sort()
      .join(';');
  }

  /** True when the selector is `{}` and so matches everything. */
  public get matchesAll(): boolean {
    return this.requirements.length === 0;
  }

  /** True when `labels` satisfy every requirement. */
  public matches(labels: Readonly<Record<string, string>>): boolean {
    for (const r of this.requirements) {
      const has = Object.prototype.hasOwnProperty.call(labels, r.key);
      switch (r.operator) {
        case 'In': if (!has || !r.values.includes(labels[r.key])) return false; break;
        case 'NotIn': if (has && r.values.includes(labels[r.key])) return false; break;
        case 'Exists': if (!has) return false; break;
        case 'DoesNotExist': if (has) return false; break;
      }
    }
    return true;
  }
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

function parseRequirement(raw: unknown, field: string, fail: (field: string, value: unknown, fix: string) => never): Requirement {
  if (typeof raw !== 'object' || raw === null) fail(field, raw, 'use {key, operator, values}');
  const { key, operator, values } = raw as { key?: unknown; operator?: unknown; values?: unknown };
  if (typeof key !== 'string' || key === '') fail(`${field}.key`, key, 'give the label key as a non-empty string');
  if (typeof operator !== 'string' || !OPERATORS.includes(operator)) {
    fail(`${field}.operator`, operator, 'use one of In, NotIn, Exists, DoesNotExist');
  }
  const list = values === undefined || values === null ? [] : values;
  if (!Array.isArray(list)) fail(`${field}.values`, values, 'use a list of strings');
  const needsValues = operator === 'In' || operator === 'NotIn';
  if (needsValues && list.length === 0) fail(`${field}.values`, values, `give at least one value for operator ${operator}`);
  if (!needsValues && list.length > 0) fail(`${field}.values`, values, `leave values empty for operator ${operator}`);
  return { key, operator: operator as Requirement['operator'], values: list.map(String) };
}
