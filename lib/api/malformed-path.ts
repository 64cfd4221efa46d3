// A request path that does not decode (a malformed escape such as %E0%A4%A, or an escaped
// NUL that no id, file or page name holds), answered by the start script's own node:http
// server before Next sees it: Next decodes the path while routing and answers such a path
// with a 500 of its own, outside every route's error handling (issue 13).
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { errorBody } from "./errors";

/** Whether a raw request target's path (the part before `?`) decodes to a usable path. */
export function isDecodablePath(target: string): boolean {
  const pathname = target.split("?", 1)[0];
  try {
    return !decodeURIComponent(pathname).includes("\u0000");
  } catch {
    return false;
  }
}

/** Answers 400 in the API's error shape and returns true when the path does not decode. */
export function answerMalformedPath(req: IncomingMessage, res: ServerResponse): boolean {
  if (isDecodablePath(req.url ?? "/")) return false;
  const body = errorBody("bad_request", "The request path is not valid percent-encoding.");
  res.writeHead(400, { "content-type": "application/json" });
  res.end(req.method === "HEAD" ? undefined : JSON.stringify(body));
  return true;
}
