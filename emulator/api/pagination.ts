import { ServiceError } from "../shared/service-error";

const DEFAULT_PAGE_SIZE = 100;

/**
 * One page of a list and the token for the next: tokens are opaque offsets bound to the listing
 * they came from, as AWS's are to their request.
 */
export function paginate<T>(
  items: readonly T[],
  request: { maxResults?: unknown; nextToken?: unknown },
  listing: string,
): { page: T[]; nextToken?: string } {
  const size = typeof request.maxResults === "number" && request.maxResults > 0 ? request.maxResults : DEFAULT_PAGE_SIZE;
  let offset = 0;
  if (typeof request.nextToken === "string") offset = decodeToken(request.nextToken, listing);
  const page = items.slice(offset, offset + size);
  const next = offset + size;
  if (next >= items.length) return { page };
  return { page, nextToken: Buffer.from(JSON.stringify([listing, next])).toString("base64") };
}

function decodeToken(token: string, listing: string): number {
  try {
    const [boundTo, offset] = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as [unknown, unknown];
    if (boundTo === listing && typeof offset === "number" && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to AWS's error
  }
  throw new ServiceError("InvalidToken", "Invalid Token: 'Invalid token'");
}
