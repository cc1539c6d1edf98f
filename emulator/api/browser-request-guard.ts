/**
 * Refuses browser requests that another web site makes through a user's browser: a page on any
 * other origin (or a DNS name rebound to this address) must not drive or read the emulator.
 * SDKs and the CLI send none of the headers checked here, so they are never refused.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";
import { HttpRejection, writeRejection } from "./http/http-rejection";

/** Why the request is refused, or undefined when it may be served. */
export function crossSiteRefusal(headers: IncomingHttpHeaders, listenHost: string): string | undefined {
  if (!fromBrowser(headers)) return undefined;
  const fetchSite = headers["sec-fetch-site"];
  const origin = headers.origin;
  // `none` is the user typing the address; `same-site` would let another port of localhost in.
  if (fetchSite !== undefined && fetchSite !== "same-origin" && fetchSite !== "none") {
    return `cross-site browser request refused (Sec-Fetch-Site: ${fetchSite})`;
  }
  const foreignHost = foreignHostRefusal(headers, listenHost);
  if (foreignHost !== undefined) return foreignHost;
  const host = headers.host ?? "";
  if (origin !== undefined && origin !== `http://${host}`) return `cross-origin browser request refused (Origin: ${origin})`;
  return undefined;
}

/**
 * Refuses a Host name that some DNS could point at this address (DNS rebinding would make an
 * attacker's page same-origin with us); static console assets only need this check.
 */
export function foreignHostRefusal(headers: IncomingHttpHeaders, listenHost: string): string | undefined {
  const host = headers.host ?? "";
  if (!fromBrowser(headers) || isLocalHost(hostName(host), listenHost)) return undefined;
  return `browser request for host '${host}' refused: open the console by IP address, localhost or the --host name`;
}

function fromBrowser(headers: IncomingHttpHeaders): boolean {
  return headers["sec-fetch-site"] !== undefined || headers.origin !== undefined;
}

/** The name part of a Host header (`[::1]:8083` -> `::1`). */
function hostName(host: string): string {
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]"));
  const colon = host.lastIndexOf(":");
  return colon < 0 ? host : host.slice(0, colon);
}

/** A name an attacker's DNS cannot point at us: an IP literal, localhost, or the name the emulator was told to listen on. */
function isLocalHost(name: string, listenHost: string): boolean {
  const lower = name.toLowerCase();
  return isIP(lower) !== 0 || lower === "localhost" || lower.endsWith(".localhost") || lower === listenHost.toLowerCase();
}

/** The guard as a request handler step: refused requests get 403 AccessDeniedException, the rest go on. */
export function refuseCrossSite(listenHost: string): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const refusal = crossSiteRefusal(req.headers, listenHost);
    if (refusal === undefined) {
      next();
      return;
    }
    writeRejection(res, new HttpRejection(403, "AccessDeniedException", refusal), { Connection: "close" });
    req.resume();
  };
}
