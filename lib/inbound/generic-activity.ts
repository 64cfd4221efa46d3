// The activity of an event no hand-written process() describes: the provider, the event
// type (and action), a readable subject and the best deep link the payload carries. It
// is what keeps "nothing verified is dropped" readable: every processed event has at
// least one activity, whatever its type.
import "server-only";
import type { Activity } from "./types";

type Rec = Record<string, unknown>;
const isRec = (value: unknown): value is Rec => typeof value === "object" && value !== null && !Array.isArray(value);

/** Links meant for people come before API links: `url` is often an API address (GitHub, Stripe). */
const LINK_KEYS = ["html_url", "web_url", "permalink_url", "permalink", "htmlLink", "webUrl", "webViewLink", "link", "url"];
/** Words before identifiers: a comment's id says less than the issue title beside it. */
const SUBJECT_KEYS = ["title", "subject", "name", "summary", "full_name", "login", "display_name", "email"];
const ID_KEYS = ["key", "number", "id"];
const CONTEXT_KEYS = ["repository", "project", "team", "shop", "workspace", "organization"];
const MAX_TEXT = 300;

function firstString(obj: Rec, keys: string[], accept: (s: string) => boolean = () => true): string | undefined {
  for (const key of keys) {
    const value = obj[key];
    if ((typeof value === "string" && value.trim() !== "" && accept(value)) || (typeof value === "number" && accept(String(value)))) return String(value).trim();
  }
  return undefined;
}

const isWebLink = (s: string) => /^https:\/\//i.test(s) && !/\/\/api\.|\/api\/v?\d|graph\.microsoft\.com|googleapis\.com/i.test(s);

/** The objects to look in, best first: the one named after the event ("issue_comment" → comment), then the top level, then its children. */
function candidates(payload: Rec, eventType: string | null): Rec[] {
  const named = (eventType ?? "")
    .split(/[^A-Za-z0-9]+/)
    .reverse()
    .map((part) => payload[part] ?? payload[part.toLowerCase()])
    .filter(isRec);
  const data = isRec(payload.data) ? [payload.data, ...(isRec(payload.data.object) ? [payload.data.object] : [])] : [];
  const event = isRec(payload.event) ? [payload.event] : [];
  const children = Object.values(payload).filter(isRec);
  return [...named, ...data, ...event, payload, ...children];
}

export function genericActivity(providerName: string, eventType: string | null, payload: unknown): Activity {
  const root = isRec(payload) ? payload : {};
  const places = candidates(root, eventType);
  const action = firstString(root, ["action", "event_type", "topic"]);
  const label = [eventType ?? "event", action && action !== eventType ? action : undefined].filter(Boolean).join(" ");
  const subject = places.map((p) => firstString(p, SUBJECT_KEYS)).find(Boolean) ?? places.map((p) => firstString(p, ID_KEYS)).find(Boolean);
  const context = CONTEXT_KEYS.map((key) => root[key])
    .filter(isRec)
    .map((p) => firstString(p, ["full_name", "name", "domain", "id"]))
    .find(Boolean);
  const parts = [`${providerName} ${label}`, subject ? `: ${subject}` : "", context && context !== subject ? ` in ${context}` : ""];
  const text = parts.join("");
  const sourceUrl = places.map((p) => firstString(p, LINK_KEYS, isWebLink)).find(Boolean) ?? null;
  return { text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text, sourceUrl };
}
