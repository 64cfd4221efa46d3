// The two doors into receiveWebhook(): a Fetch API Request (the App Router route)
// and a node:http request (the custom server's fast path, DESIGN.md §6).
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { env } from "../env";
import { receiveWebhook, type ReceiveOutput } from "./receive";

export const WEBHOOK_PATH = /^\/api\/webhooks\/([^/?#]+)\/([^/?#]+)\/?$/;

/** The URL as the provider called it: public base + path + query (HubSpot signs it). */
function publicUrl(pathAndQuery: string): URL {
  return new URL(pathAndQuery, env().publicUrl + "/");
}

export async function receiveFetchRequest(request: Request, providerId: string, endpointId: string): Promise<Response> {
  const { pathname, search } = new URL(request.url);
  const output = await receiveWebhook({
    providerId,
    endpointId,
    method: request.method,
    url: publicUrl(pathname + search),
    headers: request.headers,
    body: request.body as AsyncIterable<Uint8Array> | null,
  });
  return new Response(request.method === "HEAD" ? null : output.body, { status: output.status, headers: output.headers });
}

/** Serves /api/webhooks/* straight from node:http; returns false for any other path. */
export function handleNodeWebhook(req: IncomingMessage, res: ServerResponse): boolean {
  const [pathname, query = ""] = (req.url ?? "").split("?", 2);
  const match = WEBHOOK_PATH.exec(pathname);
  if (!match) return false;
  // A malformed escape (%E0%A4%A) would make decodeURIComponent throw inside the server's
  // request listener, where nothing answers the request: answer 404 as for any unknown id.
  // (Next's own API routes still answer such a path with a 500: see docs/reliability.md.)
  const ids = decodeIds(match[1], match[2]);
  if (!ids) {
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "not_found", message: "No webhook endpoint at this URL." } }));
    return true;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  void receiveWebhook({
    providerId: ids[0],
    endpointId: ids[1],
    method: req.method ?? "GET",
    url: publicUrl(pathname + (query ? `?${query}` : "")),
    headers,
    body: req.method === "GET" || req.method === "HEAD" ? null : req,
  }).then((output: ReceiveOutput) => {
    res.writeHead(output.status, output.headers);
    res.end(req.method === "HEAD" ? undefined : output.body);
  });
  return true;
}

function decodeIds(provider: string, endpoint: string): [string, string] | undefined {
  try {
    const ids: [string, string] = [decodeURIComponent(provider), decodeURIComponent(endpoint)];
    // PostgreSQL refuses a NUL in a text parameter (an error, i.e. a 500); no id holds one.
    return ids.some((id) => id.includes("\u0000")) ? undefined : ids;
  } catch {
    return undefined;
  }
}
