// The fake's Box: the user, the root folder's items and V2 webhooks. Box signs deliveries with
// the app's signature keys from its Developer Console; the fake app's primary key is
// BOX_PRIMARY_KEY, which a test pastes into Hookyard as a user would.
// https://developer.box.com/reference/resources/webhook/
import { send, type BoxHook, type Handler } from "./fake-provider-state";

export const BOX_PRIMARY_KEY = "fake-box-primary-signature-key";

const mini = (h: BoxHook) => ({ id: h.id, type: "webhook", target: h.target });

type BoxWebhookRequest = { address?: string; target?: { id?: string; type?: string }; triggers?: unknown };

export const box: Handler = (state, { method, path, query }, body, res) => {
  const json = body as BoxWebhookRequest;
  if (method === "GET" && path === "/users/me") return (send(res, 200, { type: "user", id: "box-user-1", name: "Ada", login: "ada@example.com" }), true);
  if (method === "GET" && path === "/folders/0/items") {
    const entries = [
      { type: "folder", id: "1001", name: "Contracts" },
      { type: "file", id: "2002", name: "readme.txt" },
    ];
    return (send(res, 200, { total_count: entries.length, entries, fields: query.get("fields") }), true);
  }
  if (method === "POST" && path === "/webhooks") {
    const { address, target, triggers } = json;
    if (!address || !target?.id || !Array.isArray(triggers) || triggers.length === 0)
      return (send(res, 400, { type: "error", code: "bad_request", message: "address, target and triggers are required" }), true);
    if (target.id === "0") return (send(res, 403, { type: "error", code: "forbidden", message: "Cannot create webhook on root folder" }), true);
    const hook: BoxHook = { id: `bwh-${state.nextId++}`, family: "box", type: "webhook", target: { ...target, id: target.id }, address, triggers: triggers.map(String) };
    state.hooks.push(hook);
    return (send(res, 201, hook), true);
  }
  if (method === "GET" && path === "/webhooks") return (send(res, 200, { entries: state.hooks.filter((h): h is BoxHook => h.family === "box").map(mini), limit: 200 }), true);
  const one = /^\/webhooks\/([^/]+)$/.exec(path);
  if (!one) return false;
  const found = state.hooks.find((h): h is BoxHook => h.family === "box" && h.id === one[1]);
  if (!found) return (send(res, 404, { type: "error", code: "not_found", message: "Not Found" }), true);
  if (method === "GET") return (send(res, 200, found), true);
  if (method === "DELETE") return ((state.hooks = state.hooks.filter((h) => h !== found)), send(res, 204), true);
  return false;
};
