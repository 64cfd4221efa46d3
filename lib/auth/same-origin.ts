// A session cookie proves who the browser belongs to, not who wrote the request: a page on
// another site can make the browser POST a form (even with a JSON-looking text/plain body)
// and the cookie may go along. So a cookie-authenticated write must come from a page of
// this app: the browser's own `Sec-Fetch-Site` and `Origin` headers say where it came from
// (OWASP CSRF Prevention Cheat Sheet, "Verifying Origin With Standard Headers" and
// "Fetch Metadata headers"). Bearer tokens are not sent by browsers on their own, so
// token callers are not checked. Requests without either header (curl, old clients) pass:
// only a browser adds them, and every browser that sends cookies cross-site sends them.
import "server-only";
import { ApiError } from "../api/errors";
import { env } from "../env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function assertSameOriginWrite(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const site = request.headers.get("sec-fetch-site");
  // "none" is a navigation the user made (the address bar, a bookmark).
  if (site && site !== "same-origin" && site !== "none") throw crossSite();
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (origin !== new URL(request.url).origin && origin !== new URL(env().publicUrl).origin) throw crossSite();
}

function crossSite(): ApiError {
  return new ApiError("forbidden", "A signed-in write must come from this app's own pages (the request came from another site).");
}
