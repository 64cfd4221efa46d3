// The fake's `youtube` family: the YouTube Data API's channels.list (SETUP and resources) and a
// WebSub hub at /youtube/hub that does what Google's hub does with a (un)subscription request:
// verifies intent with a GET to the callback (hub.challenge must come back), then keeps or drops
// the subscription. Subscriptions are kept in state.subscriptions with family "websub".
// https://www.w3.org/TR/websub/#hub-verifies-intent
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { send, type FakeState, type WebSubSubscription } from "./fake-provider-state";

export const YOUTUBE_CHANNEL = { id: "UC_x5XG1OV2P6uZZ5FSM9Ttw", title: "Google for Developers" }; // the YouTube fixtures' channel

type Call = { method: string; path: string; query: URLSearchParams };

export function youtube(_state: FakeState, { method, path, query }: Call, _json: unknown, res: ServerResponse): boolean {
  if (method === "GET" && path === "/oauth2/v3/userinfo") return (send(res, 200, { sub: "yt-user-1", email: "ada@gmail.com", name: "Ada" }), true);
  if (method === "GET" && path === "/youtube/v3/channels" && query.get("mine") === "true") {
    return (send(res, 200, { items: [{ kind: "youtube#channel", id: YOUTUBE_CHANNEL.id, snippet: { title: YOUTUBE_CHANNEL.title } }] }), true);
  }
  return false;
}

export async function youtubeHub(state: FakeState, method: string, raw: string, res: ServerResponse): Promise<void> {
  const form = new URLSearchParams(raw);
  const [mode, callback, topic] = ["hub.mode", "hub.callback", "hub.topic"].map((k) => form.get(k) ?? "");
  if (method !== "POST" || !["subscribe", "unsubscribe"].includes(mode) || !callback || !topic) {
    res.writeHead(400, { "content-type": "text/plain" });
    return void res.end("hub.mode, hub.callback and hub.topic are required");
  }
  const lease = Number(form.get("hub.lease_seconds") ?? 432000);
  const challenge = randomBytes(10).toString("hex");
  const check = new URL(callback);
  check.search = new URLSearchParams({
    ...Object.fromEntries(check.searchParams),
    "hub.mode": mode,
    "hub.topic": topic,
    "hub.challenge": challenge,
    ...(mode === "subscribe" ? { "hub.lease_seconds": String(lease) } : {}),
  }).toString();
  const answer = await fetch(check).catch(() => null);
  const verified = Boolean(answer && answer.status === 200 && (await answer.text()) === challenge);
  const found = state.subscriptions.find((s): s is WebSubSubscription => s.family === "websub" && s.callback === callback && s.topic === topic);
  if (verified && mode === "subscribe") {
    const sub: WebSubSubscription = found ?? { family: "websub", callback, topic, subscribes: 0 };
    Object.assign(sub, { secret: form.get("hub.secret"), leaseSeconds: lease, expiresAt: Date.now() + lease * 1000, active: true, subscribes: sub.subscribes + 1 });
    if (!found) state.subscriptions.push(sub);
  }
  if (verified && mode === "unsubscribe" && found) found.active = false;
  // Google's hub answers 202 and verifies asynchronously; this one has verified already.
  send(res, 202, undefined, { "content-type": "text/plain" });
}
