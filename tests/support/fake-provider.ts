// One node:http server on 127.0.0.1 that plays the OAuth servers and webhook APIs of
// GitHub, Slack, Linear, Microsoft Graph, Google and Discord for the integration tests
// (started by app-setup.ts; the app's HOOKYARD_PROVIDER_* env points here). It keeps real
// state (codes, PKCE challenges, tokens that expire, hooks, subscriptions, channels) and
// is driven and inspected by the tests through /_control/*.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { handleApi } from "./fake-provider-apis";
import { CLIENT, FAMILIES, newToken, send, type Family, type FakeSnapshot, type FakeState, type Settings } from "./fake-provider-state";
import { shopifyEnv } from "./fake-provider-shopify";
import { trelloAuthorize } from "./fake-provider-trello";
import { holdTwitterAppToken, twitterEnv } from "./fake-provider-twitter";
import { youtubeHub } from "./fake-provider-youtube";

/** Which family serves each Hookyard provider id. */
export const PROVIDER_FAMILY: Record<string, Family> = {
  github: "github",
  slack: "slack",
  linear: "linear",
  discord: "discord",
  "microsoft-teams": "microsoft",
  outlook: "microsoft",
  onedrive: "microsoft",
  "google-calendar": "google",
  "google-drive": "google",
  gmail: "google",
  "google-sheets": "google",
  "google-docs": "google",
  youtube: "youtube",
  gitlab: "gitlab",
  stripe: "stripe",
  airtable: "airtable",
  box: "box",
  shopify: "shopify",
  trello: "trello",
  twitter: "twitter",
};

/** Token endpoints that take a confidential client's credentials only as HTTP Basic (X). */
const BASIC_ONLY: Family[] = ["twitter"];

export type FakeProvider = { url: string; env: Record<string, string>; close: () => Promise<void> };

export async function startFakeProvider(): Promise<FakeProvider> {
  const state: FakeState = {
    codes: new Map(),
    tokens: new Map(),
    refreshTokens: new Map(),
    authorizeRequests: [],
    refreshes: {},
    settings: { expiresIn: {}, failRefresh: {}, failCreateFor: [] },
    hooks: [],
    subscriptions: [],
    channels: [],
    messages: [],
    nextId: 1000,
  };
  holdTwitterAppToken(state); // X's app-only bearer token comes from its console, not from OAuth
  const server = createServer((req, res) => {
    readBody(req)
      .then((raw) => route(state, req, res, raw))
      .catch((error) => send(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const env: Record<string, string> = { MICROSOFT_CLIENT_ID: CLIENT.id, MICROSOFT_CLIENT_SECRET: CLIENT.secret, GOOGLE_CLIENT_ID: CLIENT.id, GOOGLE_CLIENT_SECRET: CLIENT.secret };
  for (const [provider, family] of Object.entries(PROVIDER_FAMILY)) {
    const id = provider.toUpperCase().replace(/-/g, "_");
    env[`HOOKYARD_PROVIDER_${id}_AUTHORIZE_URL`] = `${url}/${family}/authorize`;
    env[`HOOKYARD_PROVIDER_${id}_TOKEN_URL`] = `${url}/${family}/token`;
    env[`HOOKYARD_PROVIDER_${id}_API_BASE`] = `${url}/${family}/api`;
    if (family !== "microsoft" && family !== "google") Object.assign(env, { [`${id}_CLIENT_ID`]: CLIENT.id, [`${id}_CLIENT_SECRET`]: CLIENT.secret });
  }
  env.HOOKYARD_PROVIDER_YOUTUBE_HUB_URL = `${url}/youtube/hub`;
  // The configuration tests (connections.test.ts, e2e) need an OAuth provider without an app:
  // GitLab. Its own test starts a second app with these set (connections-google-social.test.ts).
  for (const name of ["GITLAB_CLIENT_ID", "GITLAB_CLIENT_SECRET"]) delete env[name];
  Object.assign(env, shopifyEnv(url)); // Shopify's URLs carry the shop ({host})
  Object.assign(env, twitterEnv()); // X's app bearer token and consumer secret
  server.keepAliveTimeout = 1000;
  return { url, env, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function route(state: FakeState, req: IncomingMessage, res: ServerResponse, raw: string) {
  const url = new URL(req.url!, "http://fake");
  const [, family, kind, ...rest] = url.pathname.split("/");
  if (family === "_control") return control(state, req, res, kind, raw);
  if (!FAMILIES.includes(family as Family)) return send(res, 404, { error: "unknown family" });
  const f = family as Family;
  if (kind === "authorize") return authorize(state, f, url, res);
  if (kind === "token") return token(state, f, req, res, raw);
  if (f === "youtube" && kind === "hub") return youtubeHub(state, req.method!, raw, res);
  if (kind === "api") {
    const bearer =
      /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? (req.headers["x-shopify-access-token"] as string | undefined) ?? /oauth_token="([^"]+)"/.exec(req.headers.authorization ?? "")?.[1];
    const held = bearer ? state.tokens.get(bearer) : undefined;
    const authorized = Boolean(held && held.family === f && !held.revoked && held.expiresAt > Date.now());
    return handleApi(state, f, { method: req.method!, path: "/" + rest.join("/"), query: url.searchParams, raw, authorized, headers: req.headers }, res);
  }
  send(res, 404, { error: "not found" });
}

function authorize(state: FakeState, family: Family, url: URL, res: ServerResponse) {
  const query = Object.fromEntries(url.searchParams);
  state.authorizeRequests.push({ family, ...query });
  if (family === "trello") return trelloAuthorize(state, url, res); // shows a token, no redirect
  if (query.client_id !== CLIENT.id) return send(res, 400, { error: "unknown client_id" });
  const code = `code-${randomBytes(8).toString("hex")}`;
  state.codes.set(code, { family, challenge: query.code_challenge, redirectUri: query.redirect_uri, used: false });
  const back = new URL(query.redirect_uri);
  back.searchParams.set("code", code);
  back.searchParams.set("state", query.state);
  res.writeHead(302, { location: back.toString() });
  res.end();
}

function token(state: FakeState, family: Family, req: IncomingMessage, res: ServerResponse, raw: string) {
  const form = { ...basicClient(req), ...Object.fromEntries(new URLSearchParams(raw)) }; // RFC 6749 §2.3.1: Basic or body
  const fail = (error: string) => (family === "slack" ? send(res, 200, { ok: false, error }) : send(res, 400, { error }));
  if (form.client_id !== CLIENT.id || form.client_secret !== CLIENT.secret) return fail("invalid_client");
  if (BASIC_ONLY.includes(family) && !/^Basic /.test(req.headers.authorization ?? "")) return fail("invalid_client: confidential clients use HTTP Basic");
  let refreshToken: string;
  if (form.grant_type === "authorization_code") {
    const code = state.codes.get(form.code);
    if (!code || code.used || code.family !== family || code.redirectUri !== form.redirect_uri) return fail("invalid_grant");
    if (
      code.challenge &&
      createHash("sha256")
        .update(form.code_verifier ?? "")
        .digest("base64url") !== code.challenge
    )
      return fail("invalid_grant: PKCE");
    code.used = true;
    refreshToken = `${family}-rt-${randomBytes(12).toString("hex")}`;
  } else if (form.grant_type === "refresh_token") {
    if (state.settings.failRefresh[family] || state.refreshTokens.get(form.refresh_token) !== family) return fail("invalid_grant");
    state.refreshes[family] = (state.refreshes[family] ?? 0) + 1;
    state.refreshTokens.delete(form.refresh_token); // rotated, as Slack and Microsoft do
    refreshToken = `${family}-rt-${randomBytes(12).toString("hex")}`;
  } else return fail("unsupported_grant_type");
  state.refreshTokens.set(refreshToken, family);
  const accessToken = newToken(state, family);
  const expiresIn = state.settings.expiresIn[family] ?? 3600;
  if (family === "slack" && form.grant_type === "authorization_code") {
    return send(res, 200, {
      ok: true,
      team: { id: "T0001", name: "Fake Workspace" },
      authed_user: { id: "U0001", access_token: accessToken, refresh_token: refreshToken, expires_in: expiresIn, scope: "channels:history,chat:write", token_type: "user" },
    });
  }
  const body: Record<string, unknown> = { access_token: accessToken, token_type: "Bearer", refresh_token: refreshToken, expires_in: expiresIn, scope: "fake" };
  if (family === "slack") body.ok = true;
  if (family === "discord" && form.grant_type === "authorization_code") body.webhook = { id: "DW1", token: "discord-webhook-token", channel_id: "C-DISCORD", guild_id: "G1", name: "Hookyard" };
  send(res, 200, body);
}

function basicClient(req: IncomingMessage): Record<string, string> {
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? "")?.[1];
  if (!basic) return {};
  const [id, secret] = Buffer.from(basic, "base64").toString("utf8").split(":").map(decodeURIComponent);
  return { client_id: id, client_secret: secret };
}

function control(state: FakeState, req: IncomingMessage, res: ServerResponse, kind: string, raw: string) {
  // settings: some of Settings; expire-tokens: { family }; remove-hook: { id }.
  const body = (raw ? JSON.parse(raw) : {}) as Partial<Settings> & { family?: Family; id?: string | number };
  if (kind === "state") {
    const snapshot: FakeSnapshot = {
      authorizeRequests: state.authorizeRequests,
      refreshes: state.refreshes,
      hooks: state.hooks,
      subscriptions: state.subscriptions,
      channels: state.channels,
      messages: state.messages,
    };
    return send(res, 200, snapshot);
  }
  if (kind === "settings") {
    Object.assign(state.settings, body);
    return send(res, 200, state.settings);
  }
  if (kind === "expire-tokens") {
    for (const t of state.tokens.values()) if (t.family === body.family) t.expiresAt = 0;
    return send(res, 200, {});
  }
  if (kind === "remove-hook") {
    state.hooks = state.hooks.filter((h) => String(h.id) !== String(body.id));
    return send(res, 200, {});
  }
  send(res, 404, { error: "unknown control" });
}
