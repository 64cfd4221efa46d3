// Mailchimp inbound: audience webhooks are unsigned form posts, so the callback URL carries a
// secret of Hookyard's (?secret=…) that is compared in constant time. Bodies are
// application/x-www-form-urlencoded with bracketed keys (data[merges][FNAME]=…).
import "server-only";
import { constantTimeEqual } from "../../../crypto";
import type { Activity, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { OK, reject, requireSecret } from "../../../inbound/verify-helpers";

type Rec = Record<string, unknown>;
const rec = (value: unknown): Rec => (value && typeof value === "object" && !Array.isArray(value) ? (value as Rec) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

const TRIGGERS: Record<string, string> = {
  subscribe: "mailchimp_trigger_subscribe",
  unsubscribe: "mailchimp_trigger_unsubscribe",
  profile: "mailchimp_trigger_profile_updated",
  upemail: "mailchimp_trigger_email_changed",
  cleaned: "mailchimp_trigger_cleaned",
  campaign: "mailchimp_trigger_campaign_sent",
};

const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);

/** The object at `keys` under `root`, created on the way; null when a string is in the way. */
function descend(root: Rec, keys: string[]): Rec | null {
  let node = root;
  for (const key of keys) {
    const next = Object.hasOwn(node, key) ? node[key] : (node[key] = {});
    if (typeof next !== "object" || next === null) return null;
    node = next as Rec;
  }
  return node;
}

/**
 * Turns form fields with bracketed names into nested objects:
 * "data[merges][FNAME]=Ann" → { data: { merges: { FNAME: "Ann" } } }. Every value stays a string;
 * a later duplicate wins; a field that collides with an object path is dropped.
 */
export function parseBracketedForm(body: string): Rec {
  const root: Rec = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
    const path = match ? [match[1], ...Array.from(match[2].matchAll(/\[([^[\]]*)\]/g), (m) => m[1])] : [name];
    if (path.some((key) => UNSAFE_KEYS.has(key))) continue;
    const node = descend(root, path.slice(0, -1));
    const last = path[path.length - 1];
    if (node && !(Object.hasOwn(node, last) && typeof node[last] === "object")) node[last] = value;
  }
  return root;
}

/** The inverse of parseBracketedForm: { data: { merges: { FNAME: "Ann" } } } → "data[merges][FNAME]=Ann". */
export function toBracketedForm(value: unknown, prefix = "", out = new URLSearchParams()): URLSearchParams {
  for (const [key, inner] of Object.entries(rec(value))) {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (inner && typeof inner === "object") toBracketedForm(Array.isArray(inner) ? { ...inner } : inner, name, out);
    else if (inner !== undefined) out.append(name, inner === null ? "" : String(inner));
  }
  return out;
}

/**
 * What Mailchimp would POST for a sample: the form body it sends, to the callback URL with
 * Hookyard's ?secret=, with fired_at (UTC "YYYY-MM-DD HH:MM:SS") set to now. Mailchimp sends no
 * delivery id, so the body hash is the dedupe id: two requests for one sample within the same
 * second are the same delivery (POST …/test keeps its runs apart with its testRun salt).
 */
function testRequest({ sample, secret, now }: TestRequestArgs): TestRequest {
  const firedAt = new Date(now).toISOString().slice(0, 19).replace("T", " ");
  return {
    method: "POST",
    query: `?secret=${encodeURIComponent(secret)}`,
    headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "MailChimp" },
    body: toBracketedForm({ ...rec(sample), fired_at: firedAt }).toString(),
  };
}

// Mailchimp's admin does not address audiences by the API list id; link to the audience and
// campaign pages of the signed-in account instead.
const AUDIENCES = "https://admin.mailchimp.com/lists/";
const CAMPAIGNS = "https://admin.mailchimp.com/campaigns/";

function describe(event: Rec): Activity[] {
  const data = rec(event.data);
  const email = str(data.email);
  const name = [str(rec(data.merges).FNAME), str(rec(data.merges).LNAME)].filter(Boolean).join(" ");
  const who = email ? (name ? `${name} <${email}>` : email) : "A contact";
  const audience = `audience ${data.list_id}`;
  switch (event.type) {
    case "subscribe":
      return [{ text: `${who} subscribed to ${audience}`, sourceUrl: AUDIENCES }];
    case "unsubscribe": {
      const verb = data.action === "delete" ? "was deleted from" : "unsubscribed from";
      return [{ text: `${who} ${verb} ${audience}${str(data.reason) ? ` (${data.reason})` : ""}`, sourceUrl: AUDIENCES }];
    }
    case "profile":
      return [{ text: `${who} updated their profile in ${audience}`, sourceUrl: AUDIENCES }];
    case "upemail":
      return [{ text: `${data.old_email} changed their email to ${data.new_email} in ${audience}`, sourceUrl: AUDIENCES }];
    case "cleaned":
      return [{ text: `${who} was cleaned from ${audience}${str(data.reason) ? ` (${data.reason})` : ""}`, sourceUrl: AUDIENCES }];
    case "campaign":
      return [{ text: `Campaign "${data.subject}" to ${audience} is ${data.status}`, sourceUrl: CAMPAIGNS }];
    default:
      return [];
  }
}

export const mailchimpInbound: InboundSpec = {
  contentTypes: ["application/x-www-form-urlencoded"],

  // https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/ — when a
  // webhook is saved, Mailchimp sends a GET to the callback URL and expects a 200. The GET
  // carries the same ?secret=…, so it is checked like a POST before being answered.
  handshake: {
    signed: true,
    answer: (ctx) => (ctx.request.method === "GET" || ctx.request.method === "HEAD" ? { status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: "" } : undefined),
  },

  // Same guide: Mailchimp does not sign webhook requests and advises adding a secret to the
  // callback URL's query string; it is compared in constant time here.
  verify(ctx) {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const given = ctx.request.url.searchParams.get("secret");
    if (!given) return reject("the callback URL has no ?secret= parameter");
    return constantTimeEqual(given, secret) ? OK : reject("the ?secret= parameter does not match");
  },

  parse: (request) => parseBracketedForm(request.rawBody.toString("utf8")),
  eventType: (event) => str(rec(event).type),
  // Mailchimp sends no event or delivery id: Hookyard hashes the body instead.
  deliveryId: () => null,
  trigger: (_event, eventType) => (eventType ? TRIGGERS[eventType] : undefined),
  /** The audience (list) id the event belongs to. */
  identify: (event) => str(rec(rec(event).data).list_id),
  process: (event) => describe(rec(event)),
  testRequest,
};
