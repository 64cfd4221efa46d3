// The fake's Airtable: whoami, bases, and base webhooks that expire (7 days, or the
// `airtableLifetimeSeconds` control setting) and are extended by POST …/refresh, each with a
// macSecretBase64 returned once. https://airtable.com/developers/web/api/webhooks-overview
import { randomBytes } from "node:crypto";
import { send, type AirtableHook, type Handler, type Settings } from "./fake-provider-state";

export const AIRTABLE_BASE = "appFakeBase000001";
const WEEK_SECONDS = 7 * 24 * 3600;

const expiration = (settings: Settings) => new Date(Date.now() + (settings.airtableLifetimeSeconds || WEEK_SECONDS) * 1000).toISOString();

export const airtable: Handler = (state, { method, path }, body, res) => {
  const json = body as { notificationUrl?: string; specification?: unknown };
  const settings = state.settings;
  if (method === "GET" && path === "/v0/meta/whoami") return (send(res, 200, { id: "usrFakeUser000001", email: "ada@example.com" }), true);
  if (method === "GET" && path === "/v0/meta/bases") return (send(res, 200, { bases: [{ id: AIRTABLE_BASE, name: "CRM", permissionLevel: "create" }] }), true);
  const m = /^\/v0\/bases\/([^/]+)\/webhooks(?:\/([^/]+))?(\/refresh)?$/.exec(path);
  if (!m) return false;
  const [, base, id, refresh] = m;
  if (base !== AIRTABLE_BASE) return (send(res, 404, { error: { type: "NOT_FOUND" } }), true);
  if (method === "POST" && !id) {
    if (!json.notificationUrl) return (send(res, 422, { error: { type: "INVALID_REQUEST_UNKNOWN", message: "notificationUrl is required" } }), true);
    const hook: AirtableHook = {
      id: `achFake${String(state.nextId++).padStart(10, "0")}`,
      family: "airtable",
      base,
      notificationUrl: json.notificationUrl,
      specification: json.specification,
      macSecretBase64: randomBytes(32).toString("base64"),
      expirationTime: expiration(settings),
      isHookEnabled: true,
      refreshes: 0,
    };
    state.hooks.push(hook);
    return (send(res, 200, { id: hook.id, macSecretBase64: hook.macSecretBase64, expirationTime: hook.expirationTime }), true);
  }
  if (method === "GET" && !id) {
    const webhooks = state.hooks.filter((h): h is AirtableHook => h.family === "airtable" && h.base === base).map(({ macSecretBase64: _secret, ...h }) => h);
    return (send(res, 200, { webhooks }), true);
  }
  const found = state.hooks.find((h): h is AirtableHook => h.family === "airtable" && h.id === id);
  if (!found) return (send(res, 404, { error: { type: "NOT_FOUND" } }), true);
  if (method === "POST" && refresh) {
    found.expirationTime = new Date(Date.now() + WEEK_SECONDS * 1000).toISOString();
    found.refreshes += 1;
    return (send(res, 200, { expirationTime: found.expirationTime }), true);
  }
  if (method === "DELETE" && !refresh) {
    state.hooks = state.hooks.filter((h) => h !== found);
    return (send(res, 200, {}), true);
  }
  return false;
};
