/**
 * The account and region a request acts in: the region from its SigV4 credential scope
 * (`Credential=<key id>/<date>/<region>/states/aws4_request`), the account from the access key id
 * when it is 12 digits (the convention AWS emulators share), each falling back to the emulator's
 * `--region` and `--account`.
 */
import { scopeOf, type AccountScope } from "../shared/arn";

const CREDENTIAL = /Credential=([^/,\s]+)\/\d{8}\/([^/,\s]+)\//;
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;

export function requestScope(authorization: string | undefined, fallback: AccountScope): AccountScope {
  const match = authorization === undefined ? null : CREDENTIAL.exec(authorization);
  if (match === null) return fallback;
  const [, keyId = "", region = ""] = match;
  return scopeOf(REGION.test(region) ? region : fallback.region, ACCOUNT.test(keyId) ? keyId : fallback.account);
}
