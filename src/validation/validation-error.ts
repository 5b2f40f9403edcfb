/**
 * Bad input to a construct or value class of this library.
 *
 * Thrown where the input is given (a constructor, a static factory or a method), before
 * anything is added to the construct tree, so nothing half-built can still synthesize.
 * The message reads `<construct path>: invalid <field> "<value>": <problem>; <fix>`.
 *
 * jsii cannot model a subclass of `Error` (JSII3004), so this class is not exported from
 * the package root: TypeScript users import it from
 * `cdk8s-ingress-egress/lib/validation/validation-error`; every language sees the message.
 */
export class ValidationError extends Error {
  /** Path of the construct that received the input, e.g. `web/frontend` or `PolicyPort.tcp`. */
  public readonly constructPath: string;

  /** The prop or argument that is wrong, e.g. `cidr` or `except[0]`. */
  public readonly field: string;

  /** The bad value, as text. */
  public readonly value: string;

  /** What is wrong with the value. */
  public readonly problem: string;

  /** How to fix it. */
  public readonly fix: string;

  /**
   * @param constructPath path of the construct (or `Class.factory`) that received the input
   * @param field the prop or argument that is wrong
   * @param value the bad value, as text
   * @param problem what is wrong, lowercase
   * @param fix how to fix it, lowercase
   */
  constructor(constructPath: string, field: string, value: string, problem: string, fix: string) {
    super(`${constructPath}: invalid ${field} "${value}": ${problem}; ${fix}`);
    // Keep `instanceof ValidationError` working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, ValidationError.prototype);
    this.name = 'ValidationError';
    this.constructPath = constructPath;
    this.field = field;
    this.value = value;
    this.problem = problem;
    this.fix = fix;
  }
}

/**
 * Where a value came from: the construct path and the field, so a validator can throw a
 * `ValidationError` that names both.
 */
export interface InputSite {
  /** Path of the construct (or `Class.factory`) that received the value. */
  readonly constructPath: string;
  /** Name of the prop or argument, e.g. `except[1]`. */
  readonly field: string;
}

/** Throws a `ValidationError` for `value` given at `site`. */
export function fail(site: InputSite, value: unknown, problem: string, fix: string): never {
  throw new ValidationError(site.constructPath, site.field, String(value), problem, fix);
}

/** The same site with another field, e.g. `at(site, 'except[0]')`. */
export function at(site: InputSite, field: string): InputSite {
  return { constructPath: site.constructPath, field };
}
