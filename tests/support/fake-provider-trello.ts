// The fake's Trello: the /1/authorize page for an API key, which shows the token (no return_url),
// the member and their boards, and webhooks that Trello only saves after a HEAD to the callback
// URL answered 200. Calls carry `Authorization: OAuth oauth_consumer_key="…", oauth_token="…"`.
// https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/
import type { ServerResponse } from "node:http";
import { CLIENT, newToken, send, type FakeState, type Handler, type TrelloHook } from "./fake-provider-state";

export const TRELLO_BOARDS = [
  { id: "5f0c0a1b2c3d4e5f60718293", name: "Roadmap" },
  { id: "5f0c0a1b2c3d4e5f60718294", name: "Support" },
];

export function trelloAuthorize(state: FakeState, url: URL, res: ServerResponse) {
  if (url.searchParams.get("key") !== CLIENT.id) return send(res, 400, { error: "invalid key" });
  if (url.searchParams.get("response_type") !== "token") return send(res, 400, { error: "response_type must be token" });
  return send(res, 200, { token: newToken(state, "trello") }); // Trello shows it on a page
}

export const trello: Handler = async (state, { method, path, headers }, body, res) => {
  const json = body as { callbackURL?: string; idModel?: string; description?: string };
  if (!String(headers.authorization).includes(`oauth_consumer_key="${CLIENT.id}"`)) return (send(res, 401, "invalid key"), true);
  if (method === "GET" && path === "/members/me") return (send(res, 200, { id: "5a1b2c3d4e5f607182930001", username: "ada", fullName: "Ada Lovelace" }), true);
  if (method === "GET" && path === "/members/me/boards") return (send(res, 200, TRELLO_BOARDS), true);
  if (method === "POST" && path === "/webhooks") {
    const callbackURL = json.callbackURL ?? "";
    const head = await fetch(callbackURL, { method: "HEAD" }).catch(() => null);
    if (!head || head.status !== 200) return (send(res, 400, `URL (${callbackURL}) did not return 200 status code, got ${head?.status ?? "no answer"}`), true);
    const hook: TrelloHook = { id: `6a${String(state.nextId++).padStart(22, "0")}`, family: "trello", idModel: json.idModel, callbackURL, description: json.description, active: true };
    state.hooks.push(hook);
    return (send(res, 200, hook), true);
  }
  const one = /^\/webhooks\/([^/]+)$/.exec(path);
  if (one && method === "DELETE") {
    const found = state.hooks.find((h): h is TrelloHook => h.family === "trello" && h.id === one[1]);
    if (!found) return (send(res, 404, "The requested resource was not found."), true);
    state.hooks = state.hooks.filter((h) => h !== found);
    return (send(res, 200, { _value: null }), true);
  }
  return false;
};
