/**
 * Tokens for keyset pagination: a token names the listing it belongs to (operation and filter)
 * and the key of the last item shown, so the next page starts right after it however many items
 * were added or removed meanwhile, as AWS's stable tokens do.
 */
import { ServiceError } from "../shared/service-error";
import type { KeyPage, PageRequest } from "../store/store";

const DEFAULT_PAGE_SIZE = 100;

/** The page a List request asks for; a token from another listing, or not ours, is AWS's InvalidToken. */
export function pageRequest<K>(
  request: { maxResults?: number | undefined; nextToken?: string | undefined },
  listing: string,
  isKey: (value: unknown) => value is K,
): PageRequest<K> {
  const limit = request.maxResults !== undefined && request.maxResults > 0 ? request.maxResults : DEFAULT_PAGE_SIZE;
  if (request.nextToken === undefined) return { limit };
  return { limit, after: decodeToken(request.nextToken, listing, isKey) };
}

/** The token for the page after this one, when there is one. */
export function nextToken<T, K>(page: KeyPage<T, K>, listing: string): string | undefined {
  return page.next === undefined ? undefined : Buffer.from(JSON.stringify([listing, page.next])).toString("base64");
}

function decodeToken<K>(token: string, listing: string, isKey: (value: unknown) => value is K): K {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, "base64").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === listing && isKey(parsed[1])) return parsed[1];
  throw new ServiceError("InvalidToken", "Invalid Token: 'Invalid token'");
}

export function isStringKey(value: unknown): value is string {
  return typeof value === "string";
}

export function isNumberKey(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}

/** An execution's key: its start date and store id. */
export function isExecutionKey(value: unknown): value is readonly [number, number] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "number" && isNumberKey(value[1]);
}
