import { ServiceError } from "../shared/service-error";

// AWS forbids whitespace, brackets, wildcards, these punctuation marks and control characters in names.
const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/;

/** Checks a state machine, execution or activity name as AWS does: 1 to 80 characters, none forbidden. */
export function assertValidName(name: string, maxLength = 80): void {
  if (name.length === 0 || name.length > maxLength || FORBIDDEN.test(name)) {
    throw new ServiceError("InvalidName", `Invalid Name: '${name}'`);
  }
}
