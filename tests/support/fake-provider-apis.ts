// The API half of the fake provider: just enough of each provider's documented endpoints
// for Hookyard's SETUP, webhook registration, renewal, deletion and send-message.
import type { ServerResponse } from "node:http";
import { send, type Call, type Channel, type Family, type FakeState, type GithubHook, type GraphSubscription, type Handler, type LinearHook, type Message } from "./fake-provider-state";
import { airtable } from "./fake-provider-airtable";
import { box } from "./fake-provider-box";
import { gitlab } from "./fake-provider-gitlab";
import { googleWorkspace } from "./fake-provider-google-workspace";
import { shopify } from "./fake-provider-shopify";
import { stripe } from "./fake-provider-stripe";
import { trello } from "./fake-provider-trello";
import { twitter } from "./fake-provider-twitter";
import { youtube } from "./fake-provider-youtube";

export async function handleApi(state: FakeState, family: Family, call: Call, res: ServerResponse) {
  // Discord webhook execution carries its own token in the path, not a bearer.
  if (family === "discord" && call.method === "POST" && call.path.startsWith("/webhooks/")) {
    const [, , id, token] = call.path.split("/").map(decodeURIComponent);
    if (id !== "DW1" || token !== "discord-webhook-token") return send(res, 401, { message: "Invalid Webhook Token" });
    const { content } = JSON.parse(call.raw) as { content?: string };
    const message: Message = { id: `m${state.nextId++}`, family, channel: "C-DISCORD", text: content };
    state.messages.push(message);
    return send(res, 200, { id: message.id, channel_id: "C-DISCORD" });
  }
  if (!call.authorized) return family === "slack" ? send(res, 200, { ok: false, error: "invalid_auth" }) : send(res, 401, { message: "Bad credentials" });
  const json: unknown = call.raw && !String(call.headers["content-type"]).includes("form-urlencoded") ? JSON.parse(call.raw) : {}; // Stripe posts forms
  const handler = HANDLERS[family];
  const answered = await handler(state, call, json, res);
  if (!answered) send(res, 404, { message: `no fake for ${call.method} ${call.path}` });
}

const github: Handler = (state, { method, path }, body, res) => {
  const json = body as Pick<GithubHook, "active" | "events" | "config">;
  if (method === "GET" && path === "/user") return (send(res, 200, { id: 1001, login: "octocat", name: "The Octocat" }), true);
  if (method === "GET" && path === "/user/repos") {
    return (
      send(
        res,
        200,
        ["octo/one", "octo/two", "octo/locked"].map((full_name) => ({ full_name, permissions: { admin: true } })),
      ),
      true
    );
  }
  const m = /^\/repos\/([^/]+\/[^/]+)\/hooks(?:\/(\d+))?$/.exec(path);
  if (!m) return false;
  const repo = decodeURIComponent(m[1]);
  if (method === "POST") {
    if (state.settings.failCreateFor.includes(repo)) return (send(res, 403, { message: "Resource not accessible by integration" }), true);
    const hook: GithubHook = { id: state.nextId++, family: "github", repo, active: json.active, events: json.events, config: json.config };
    state.hooks.push(hook);
    return (send(res, 201, hook), true);
  }
  if (method === "GET" && !m[2])
    return (
      send(
        res,
        200,
        state.hooks.filter((h) => h.family === "github" && h.repo === repo),
      ),
      true
    );
  if (method === "DELETE" && m[2]) {
    const before = state.hooks.length;
    state.hooks = state.hooks.filter((h) => String(h.id) !== m[2]);
    return (send(res, before === state.hooks.length ? 404 : 204), true);
  }
  return false;
};

const slack: Handler = (state, { path }, body, res) => {
  const json = body as { channel?: string; text?: string };
  if (path === "/auth.test") return (send(res, 200, { ok: true, user_id: "U0001", user: "ada", team: "Fake Workspace", team_id: "T0001", url: "https://fake.slack.com/" }), true);
  if (path === "/chat.postMessage") {
    if (!json.channel) return (send(res, 200, { ok: false, error: "channel_not_found" }), true);
    const ts = `${Date.now() / 1000}`;
    state.messages.push({ family: "slack", channel: json.channel, text: json.text, ts });
    return (send(res, 200, { ok: true, channel: json.channel, ts }), true);
  }
  return false;
};

type LinearWebhookInput = { url: string; teamId?: string; secret?: string; resourceTypes?: string[] };
type LinearRequest = { query?: string; variables?: { input?: LinearWebhookInput; id?: string } };

const linear: Handler = (state, { path }, body, res) => {
  if (path !== "/graphql") return false;
  const json = body as LinearRequest;
  const q = json.query ?? "";
  const data = (d: unknown) => (send(res, 200, { data: d }), true);
  if (q.includes("viewer")) return data({ viewer: { id: "lin-user-1", name: "Ada", email: "ada@example.com" }, organization: { id: "org-1", name: "Fake Org", urlKey: "fake" } });
  if (q.includes("webhookCreate")) {
    const input = json.variables?.input;
    if (!input) return data({ webhookCreate: { success: false } });
    const hook: LinearHook = { id: `lwh-${state.nextId++}`, family: "linear", url: input.url, teamId: input.teamId, secret: input.secret, resourceTypes: input.resourceTypes, enabled: true };
    state.hooks.push(hook);
    return data({ webhookCreate: { success: true, webhook: { id: hook.id, enabled: true } } });
  }
  if (q.includes("webhookDelete")) {
    state.hooks = state.hooks.filter((h) => h.id !== json.variables?.id);
    return data({ webhookDelete: { success: true } });
  }
  if (q.includes("webhooks"))
    return data({ webhooks: { nodes: state.hooks.filter((h): h is LinearHook => h.family === "linear").map((h) => ({ id: h.id, url: h.url, enabled: h.enabled, team: { id: h.teamId } })) } });
  if (q.includes("teams"))
    return data({
      teams: {
        nodes: [
          { id: "team-eng", name: "Engineering" },
          { id: "team-ops", name: "Operations" },
        ],
      },
    });
  return false;
};

type GraphRequest = { notificationUrl?: string; expirationDateTime?: string; body?: { content?: string }; [field: string]: unknown };

const microsoft: Handler = async (state, { method, path }, body, res) => {
  const json = body as GraphRequest;
  if (method === "GET" && path === "/me") return (send(res, 200, { id: "ms-user-1", displayName: "Ada Lovelace", userPrincipalName: "ada@contoso.com" }), true);
  if (method === "GET" && path === "/me/joinedTeams") return (send(res, 200, { value: [{ id: "team-1", displayName: "Fake Team" }] }), true);
  if (method === "POST" && path === "/subscriptions") {
    // Graph validates the notification URL before creating the subscription.
    const token = `validation-${state.nextId++}`;
    const check = await fetch(`${json.notificationUrl ?? ""}?validationToken=${encodeURIComponent(token)}`, { method: "POST", headers: { "content-type": "text/plain" } }).catch(() => null);
    if (!check || check.status !== 200 || (await check.text()) !== token) return (send(res, 400, { error: { code: "ValidationError", message: "Subscription validation request failed." } }), true);
    const sub: GraphSubscription = { ...json, id: `sub-${state.nextId++}`, family: undefined, expirationDateTime: clampExpiry(state, json.expirationDateTime ?? ""), renewals: 0 };
    state.subscriptions.push(sub);
    return (send(res, 201, sub), true);
  }
  const sub = /^\/subscriptions\/([^/]+)$/.exec(path);
  if (sub) {
    const found = state.subscriptions.find((s): s is GraphSubscription => s.family === undefined && s.id === sub[1]);
    if (!found) return (send(res, 404, { error: { code: "ResourceNotFound", message: "not found" } }), true);
    if (method === "PATCH") {
      found.expirationDateTime = clampExpiry(state, json.expirationDateTime ?? "");
      found.renewals += 1;
      return (send(res, 200, found), true);
    }
    if (method === "DELETE") return ((state.subscriptions = state.subscriptions.filter((s) => s !== found)), send(res, 204), true);
  }
  if (method === "GET" && path === "/subscriptions") return (send(res, 200, { value: state.subscriptions }), true);
  const post = /^\/teams\/([^/]+)\/channels\/([^/]+)\/messages$/.exec(path);
  if (method === "POST" && post) {
    const message: Message = { id: `tm-${state.nextId++}`, family: "microsoft", channel: `${decodeURIComponent(post[1])}/${decodeURIComponent(post[2])}`, text: json.body?.content };
    state.messages.push(message);
    return (send(res, 201, { id: message.id }), true);
  }
  return false;
};

function clampExpiry(state: FakeState, requested: string): string {
  const lifetime = state.settings.graphLifetimeSeconds;
  if (!lifetime) return requested;
  return new Date(Math.min(Date.parse(requested), Date.now() + lifetime * 1000)).toISOString();
}

type ChannelRequest = Partial<Pick<Channel, "id" | "type" | "address" | "token">> & { resourceId?: string; expiration?: string };

const google: Handler = (state, call, body, res) => {
  const json = body as ChannelRequest;
  const { method, path } = call;
  if (method === "GET" && path === "/oauth2/v3/userinfo") return (send(res, 200, { sub: "g-user-1", email: "ada@gmail.com", name: "Ada" }), true);
  if (method === "GET" && path === "/calendar/v3/users/me/calendarList") return (send(res, 200, { items: [{ id: "primary", summary: "Ada" }] }), true);
  const watch = /^\/calendar\/v3\/calendars\/([^/]+)\/events\/watch$/.exec(path);
  if (method === "POST" && watch) {
    const channel: Channel = { ...json, calendarId: decodeURIComponent(watch[1]), resourceId: `res-${state.nextId++}`, expiration: String(Date.now() + 7 * 24 * 3600_000), stopped: false };
    state.channels.push(channel);
    return (send(res, 200, { kind: "api#channel", id: channel.id, resourceId: channel.resourceId, expiration: channel.expiration }), true);
  }
  if (method === "POST" && path === "/calendar/v3/channels/stop") {
    const channel = state.channels.find((c) => c.id === json.id && c.resourceId === json.resourceId);
    if (!channel) return (send(res, 404, { error: { message: "Channel not found" } }), true);
    channel.stopped = true;
    return (send(res, 204), true);
  }
  return googleWorkspace(state, call, json, res);
};

const discord: Handler = (_state, { method, path }, _json, res) => {
  if (method === "GET" && path === "/users/@me") return (send(res, 200, { id: "d-user-1", username: "ada", global_name: "Ada" }), true);
  return false;
};

const HANDLERS: Record<Family, Handler> = { github, slack, linear, microsoft, google, discord, youtube, gitlab, stripe, airtable, box, shopify, trello, twitter };
