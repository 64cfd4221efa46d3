// YouTube upload notifications over WebSub (PubSubHubbub) through Google's hub. The hub confirms
// a (un)subscription with a GET carrying hub.mode / hub.topic / hub.challenge, then POSTs the
// channel's Atom feed with one <entry> per new or changed video (or an <at:deleted-entry>),
// signed with X-Hub-Signature: sha1=<hex HMAC-SHA1 of the body keyed with hub.secret>.
// https://developers.google.com/youtube/v3/guides/push_notifications
// https://www.w3.org/TR/websub/
import "server-only";
import type { Activity, HandshakeAnswer, InboundSpec, TestRequest, TestRequestArgs, Verdict, VerifyContext } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, reject, requireSecret } from "../../../inbound/verify-helpers";

export type YouTubeEntry = {
  videoId?: string;
  channelId?: string;
  title?: string;
  link?: string;
  author?: { name: string; uri: string };
  published?: string;
  updated?: string;
};
export type YouTubeDeletedEntry = { deleted: true; videoId?: string; channelId?: string; link?: string; deletedAt?: string };
type YouTubeEvent = YouTubeEntry & Partial<Omit<YouTubeDeletedEntry, "deleted">> & { deleted?: boolean };

// ---- A small Atom reader (only ever given verified bodies): no DTDs, no external entities, only the elements YouTube sends. ----

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith("<![CDATA[")
        ? part.slice(9, -3)
        : part.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
            if (name[0] !== "#") return NAMED[name] ?? whole;
            const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
          }),
    )
    .join("")
    .trim();
}

const escapeName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The raw content of the first <name …>…</name> in xml. */
function inner(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${escapeName(name)}(?:\\s[^>]*)?>([\\s\\S]*?)</${escapeName(name)}\\s*>`).exec(xml);
  return match ? match[1] : undefined;
}

function text(xml: string, name: string): string | undefined {
  const raw = inner(xml, name);
  return raw === undefined ? undefined : decodeText(raw);
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found[m[1]] = decodeText(m[2] ?? m[3] ?? "");
  return found;
}

/** href of the rel="alternate" link (Atom's default rel), e.g. the watch page. */
function alternateLink(xml: string): string | undefined {
  for (const [tag] of xml.matchAll(/<link\b[^>]*>/g)) {
    const attrs = attributes(tag);
    if ((attrs.rel ?? "alternate") === "alternate" && attrs.href) return attrs.href;
  }
  return undefined;
}

function readEntry(xml: string): YouTubeEntry {
  const entry: YouTubeEntry = {
    videoId: text(xml, "yt:videoId"),
    channelId: text(xml, "yt:channelId"),
    title: text(xml, "title"),
    link: alternateLink(xml),
  };
  const author = inner(xml, "author") ?? "";
  const name = text(author, "name");
  const uri = text(author, "uri");
  if (name !== undefined && uri !== undefined) entry.author = { name, uri };
  entry.published = text(xml, "published");
  entry.updated = text(xml, "updated");
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
}

/** An RFC 6721 tombstone: <at:deleted-entry ref="yt:video:<id>" when="…"><link href/><at:by>…</at:by>. */
function readDeleted(attrs: string, content: string): YouTubeDeletedEntry {
  const { ref, when } = attributes(attrs);
  const channel = /\/channel\/(UC[\w-]+)/.exec(text(content, "uri") ?? "");
  const deleted: YouTubeDeletedEntry = { deleted: true, videoId: ref?.replace(/^yt:video:/, ""), channelId: channel?.[1], link: alternateLink(content), deletedAt: when };
  return Object.fromEntries(Object.entries(deleted).filter(([, v]) => v !== undefined)) as YouTubeDeletedEntry;
}

/** The feed's entries in document order: one object for the usual single entry, an array otherwise. */
export function parseYouTubeFeed(xml: string): unknown {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  const found: { at: number; item: YouTubeEntry | YouTubeDeletedEntry }[] = [];
  for (const m of body.matchAll(/<entry(?:\s[^>]*)?>([\s\S]*?)<\/entry\s*>/g)) found.push({ at: m.index, item: readEntry(m[1]) });
  for (const m of body.matchAll(/<((?:[\w-]+:)?deleted-entry)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)/g)) {
    found.push({ at: m.index, item: readDeleted(m[2], m[3] ?? "") });
  }
  const items = found.sort((a, b) => a.at - b.at).map((f) => f.item);
  return items.length === 1 ? items[0] : items;
}

// ---- Classification ----

/** An entry whose updated time is this close to its published time is a fresh upload. */
export const NEW_VIDEO_WINDOW_MS = 15 * 60 * 1000;

function kind(event: unknown): "new" | "updated" | "deleted" | null {
  const entry = (event ?? {}) as YouTubeEvent;
  if (entry.deleted) return "deleted";
  if (!entry.videoId) return null;
  const published = Date.parse(entry.published ?? "");
  const updated = Date.parse(entry.updated ?? "");
  if (Number.isNaN(published) || Number.isNaN(updated)) return "updated";
  return updated - published <= NEW_VIDEO_WINDOW_MS ? "new" : "updated";
}

// ---- Handshake and signature ----

/** Topics of YouTube's hub feeds: https://www.youtube.com/xml/feeds/videos.xml?channel_id=UC… */
function isYouTubeTopic(topic: string | null): boolean {
  try {
    const url = new URL(topic ?? "");
    return /^(www\.)?youtube\.com$/.test(url.hostname) && /^\/(xml\/)?feeds\/videos\.xml$/.test(url.pathname) && url.searchParams.has("channel_id");
  } catch {
    return false;
  }
}

const refuse = (status: number, code: string, message: string): HandshakeAnswer => ({
  status,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ error: { code, message } }),
});

// "Hub verifies intent of the subscriber": GET ?hub.mode=subscribe|unsubscribe&hub.topic=…
// &hub.challenge=…&hub.lease_seconds=…; agreeing means 200 with exactly the challenge as the body,
// disagreeing (a topic that is not a YouTube feed) means 404. The hub signs nothing here.
// hub.mode=denied only tells that the hub refused a subscription; it is acknowledged.
// https://www.w3.org/TR/websub/#hub-verifies-intent
function answer(ctx: VerifyContext): HandshakeAnswer | undefined {
  const { method, url } = ctx.request;
  const mode = url.searchParams.get("hub.mode");
  if (method !== "GET" || mode === null) return undefined;
  if (mode === "denied") return { status: 200 };
  if (mode !== "subscribe" && mode !== "unsubscribe") return refuse(404, "unknown_hub_mode", `hub.mode "${mode}" is not subscribe or unsubscribe`);
  if (!isYouTubeTopic(url.searchParams.get("hub.topic"))) return refuse(404, "unknown_topic", "hub.topic is not a YouTube channel feed");
  const challenge = url.searchParams.get("hub.challenge");
  if (!challenge) return refuse(400, "challenge_missing", "hub.challenge is missing");
  return { status: 200, headers: { "content-type": "text/plain", "x-content-type-options": "nosniff" }, body: challenge };
}

// "Authenticated Content Distribution": X-Hub-Signature is "sha1=" + hex HMAC-SHA1 of the raw
// body keyed with the hub.secret given at subscription (Google's hub signs with sha1).
// https://www.w3.org/TR/websub/#authenticated-content-distribution
// https://pubsubhubbub.github.io/PubSubHubbub/pubsubhubbub-core-0.4.html#authednotify
function verify(ctx: VerifyContext): Verdict {
  const secret = requireSecret(ctx);
  if (typeof secret !== "string") return secret;
  const sent = header(ctx, "x-hub-signature");
  if (!sent || !sent.toLowerCase().startsWith("sha1=")) return reject("missing or malformed X-Hub-Signature header (expected sha1=<hex>)");
  return digestMatches(hmac("sha1", secret, ctx.request.rawBody), sent.slice(5), "hex") ? OK : reject("X-Hub-Signature does not match the body");
}

// ---- Test notifications ----

const xmlEscape = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One <entry> laid out as in YouTube's push guide; absent fields are left out. */
function entryXml(e: YouTubeEntry): string {
  const line = (name: string, value: string | undefined) => (value === undefined ? [] : [`    <${name}>${xmlEscape(value)}</${name}>`]);
  return [
    "  <entry>",
    ...line("id", `yt:video:${e.videoId ?? ""}`),
    ...line("yt:videoId", e.videoId),
    ...line("yt:channelId", e.channelId),
    ...line("title", e.title),
    ...(e.link ? [`    <link rel="alternate" href="${xmlEscape(e.link)}"/>`] : []),
    ...(e.author ? ["    <author>", `     <name>${xmlEscape(e.author.name)}</name>`, `     <uri>${xmlEscape(e.author.uri)}</uri>`, "    </author>"] : []),
    ...line("published", e.published),
    ...line("updated", e.updated),
    "  </entry>",
  ].join("\n");
}

// A test notification as Google's hub POSTs it: the sample's entry (or entries) rebuilt as the
// channel's Atom feed, signed X-Hub-Signature: sha1=<hex> with the hub.secret, with the Link
// header (rel=hub, rel=self) WebSub hubs send. WebSub has no delivery id or timestamp header; the
// dedupe id comes from the entry itself (video id, and updated time for an edit), so a repeated
// test of one sample is a duplicate, as a repeated real notification is.
function testRequest({ sample, secret, now }: TestRequestArgs): TestRequest {
  const entries = (Array.isArray(sample) ? sample : [sample]) as YouTubeEntry[];
  const self = `https://www.youtube.com/xml/feeds/videos.xml?channel_id=${encodeURIComponent(entries[0]?.channelId ?? "")}`;
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns="http://www.w3.org/2005/Atom">',
    '  <link rel="hub" href="https://pubsubhubbub.appspot.com"/>',
    `  <link rel="self" href="${xmlEscape(self)}"/>`,
    "  <title>YouTube video feed</title>",
    `  <updated>${new Date(now).toISOString()}</updated>`,
    ...entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
  const headers = {
    "content-type": "application/atom+xml",
    link: `<https://pubsubhubbub.appspot.com/>; rel=hub, <${self}>; rel=self`,
    "x-hub-signature": `sha1=${hmac("sha1", secret, body).toString("hex")}`,
  };
  return { method: "POST", headers, body };
}

export const youtubeInbound: InboundSpec = {
  contentTypes: ["application/atom+xml", "application/xml", "text/xml"],
  handshake: { signed: false, answer },
  verify,
  parse: (request) => parseYouTubeFeed(request.rawBody.toString("utf8")),
  split: (payload) => (Array.isArray(payload) ? payload : [payload]),
  eventType: (event) => ((event as YouTubeEvent | null)?.deleted ? "deleted-entry" : "entry"),
  // WebSub has no delivery id. A fresh upload is one event however often the hub repeats it;
  // an edit is one event per new <updated> time; a deletion is one event.
  deliveryId: (event) => {
    const entry = (event ?? {}) as YouTubeEvent;
    const k = kind(event);
    if (!entry.videoId || !k) return null;
    return k === "new" ? `yt:video:${entry.videoId}` : k === "deleted" ? `yt:video:${entry.videoId}:deleted` : `yt:video:${entry.videoId}@${entry.updated ?? ""}`;
  },
  trigger: (event) => {
    const k = kind(event);
    return k === "new" ? "youtube_trigger_new_video" : k === "updated" ? "youtube_trigger_video_updated" : undefined;
  },
  identify: (event) => ((event ?? {}) as YouTubeEvent).channelId ?? null,
  process: (event): Activity[] => {
    const entry = (event ?? {}) as YouTubeEvent;
    const k = kind(event);
    if (!k) return [];
    const who = entry.author?.name ?? `Channel ${entry.channelId ?? "(unknown)"}`;
    if (k === "deleted") {
      return [{ text: `Video ${entry.videoId} was deleted`, sourceUrl: entry.channelId ? `https://www.youtube.com/channel/${entry.channelId}` : null }];
    }
    const link = entry.link ?? `https://www.youtube.com/watch?v=${entry.videoId}`;
    return [{ text: `${who} ${k === "new" ? "uploaded" : "updated"} "${entry.title ?? entry.videoId}"`, sourceUrl: link }];
  },
  testRequest,
};
