/**
 * Name rules for state machines, executions and activities: AWS's length limit and forbidden
 * characters, refused as InvalidName.
 */
import { ServiceError } from "../shared/service-error";

/**
 * What AWS forbids in names: whitespace, brackets, wildcards, these punctuation marks, control
 * characters (U+0000-001F, U+007F-009F, U+FFFE-FFFF) and U+10FFFF
 * (https://docs.aws.amazon.com/step-functions/latest/apireference/API_StateMachineListItem.html).
 */
const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f\ufffe\uffff]|\udbff\udfff/;
/** AWS also forbids surrogates: in a JS string that is a half of a pair standing alone (a pair is one astral character). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Checks a state machine, execution or activity name as AWS does: 1 to 80 characters, none forbidden. */
export function assertValidName(name: string, maxLength = 80): void {
  if (name.length === 0 || name.length > maxLength || FORBIDDEN.test(name) || LONE_SURROGATE.test(name)) {
    throw new ServiceError("InvalidName", `Invalid Name: '${name}'`);
  }
}
