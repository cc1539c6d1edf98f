/** The console's pages as hash routes, so the server serves one index.html and links stay shareable. */
import { useEffect, useState } from "preact/hooks";

export type Route =
  | { page: "state-machines" }
  | { page: "state-machine"; arn: string }
  | { page: "execution"; arn: string; state?: string }
  | { page: "activities" };

export function parseRoute(hash: string): Route {
  const [page = "", arn = "", state] = hash.replace(/^#\/?/, "").split("/").map((part) => decodeURIComponent(part));
  if (page === "state-machine" && arn) return { page, arn };
  if (page === "execution" && arn) return state ? { page, arn, state } : { page, arn };
  if (page === "activities") return { page };
  return { page: "state-machines" };
}

export function href(route: Route): string {
  switch (route.page) {
    case "state-machines":
      return "#/";
    case "activities":
      return "#/activities";
    case "state-machine":
      return `#/state-machine/${encodeURIComponent(route.arn)}`;
    case "execution":
      return `#/execution/${encodeURIComponent(route.arn)}${route.state ? `/${encodeURIComponent(route.state)}` : ""}`;
  }
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}
