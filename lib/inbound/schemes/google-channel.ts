// Google push notification channels (Calendar events.watch, Drive files.watch / changes.watch,
// which Sheets and Docs use for their files): what the four presets share. Google's POST has an
// empty body; everything is in X-Goog-* headers. Google signs nothing: the channel's `token`,
// chosen by Hookyard when it created the channel, comes back in X-Goog-Channel-Token on every
// message and is compared with the endpoint's secret in constant time. The first message of a
// channel has X-Goog-Resource-State "sync" and only confirms the watch.
// https://developers.google.com/workspace/calendar/api/guides/push
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { randomInt } from "node:crypto";
import { constantTimeEqual } from "../../crypto";
import type { Activity, HandshakeAnswer, InboundRequest, InboundSpec, TestRequest, TestRequestArgs, Verdict, VerifyContext } from "../types";
import { OK, header, reject, requireSecret } from "../verify-helpers";

/**
 * The object parse() derives from the headers (the fixtures' shape). X-Goog-Channel-Token is
 * deliberately left out: it is the endpoint's secret, and the receiver keeps neither that header
 * nor (through this) the payload that is stored and relayed in message:received.
 */
export type GoogleChannelNotification = {
  channelId: string;
  channelExpiration?: string;
  resourceId: string;
  resourceUri: string;
  resourceState: string;
  changed?: string[];
  messageNumber?: number | string;
};

export function parseGoogleChannel(request: InboundRequest): GoogleChannelNotification {
  const get = (name: string) => request.headers.get(name);
  const notification: GoogleChannelNotification = {
    channelId: get("x-goog-channel-id") ?? "",
    resourceId: get("x-goog-resource-id") ?? "",
    resourceUri: get("x-goog-resource-uri") ?? "",
    resourceState: get("x-goog-resource-state") ?? "",
  };
  const expiration = get("x-goog-channel-expiration");
  if (expiration) notification.channelExpiration = expiration;
  // Drive only, on "update": a comma-separated list such as "content,properties".
  const changed = get("x-goog-changed");
  if (changed)
    notification.changed = changed
      .split(",")
      .map((c) => c.trim())
      .filter(Boolean);
  const number = get("x-goog-message-number");
  if (number) notification.messageNumber = /^\d+$/.test(number) ? Number(number) : number;
  return notification;
}

// The "sync" message Google sends right after a watch call: it carries the channel token like
// every later message, so it is answered (200, empty) only after the token checks out.
export function googleChannelHandshake(ctx: VerifyContext): HandshakeAnswer | undefined {
  if (ctx.request.method !== "POST" || header(ctx, "x-goog-resource-state") !== "sync") return undefined;
  return { status: 200 };
}

// "Receive notifications": the channel token is echoed verbatim in X-Goog-Channel-Token;
// compare it with the secret in constant time. A request without the channel headers is not a
// Google push message at all.
// https://developers.google.com/workspace/drive/api/guides/push
export function verifyGoogleChannelToken(ctx: VerifyContext): Verdict {
  const secret = requireSecret(ctx);
  if (typeof secret !== "string") return secret;
  const token = header(ctx, "x-goog-channel-token");
  if (!token) return reject("missing X-Goog-Channel-Token header");
  if (!constantTimeEqual(token, secret)) return reject("X-Goog-Channel-Token does not match");
  if (!header(ctx, "x-goog-channel-id") || !header(ctx, "x-goog-resource-state")) return reject("missing X-Goog-Channel-ID or X-Goog-Resource-State header");
  return OK;
}

export const asChannelNotification = (event: unknown) => (event ?? {}) as Partial<GoogleChannelNotification>;

// X-Goog-Message-Number counts per channel (1 for sync, then increasing) and restarts on every
// new channel, and Hookyard recreates channels before they expire: the channel id keeps two
// channels' message 10 apart.
export function googleChannelDeliveryId(event: unknown): string | null {
  const { channelId, messageNumber } = asChannelNotification(event);
  return channelId && messageNumber !== undefined && messageNumber !== "" ? `${channelId}:${messageNumber}` : null;
}

/** The file id in a files.watch resource URI (…/drive/v3/files/<id>?alt=json). */
export function driveFileId(resourceUri: string | undefined): string | null {
  const match = /\/drive\/v\d+\/files\/([^/?#]+)/.exec(resourceUri ?? "");
  return match ? decodeURIComponent(match[1]) : null;
}

/** A sentence for a files.watch message about one file (a spreadsheet, a document, any Drive file). */
export function driveFileActivity(event: unknown, noun: string, link: (fileId: string) => string): Activity | null {
  const { resourceUri, resourceState, changed = [] } = asChannelNotification(event);
  const fileId = driveFileId(resourceUri);
  if (!fileId) return null;
  const subject = `${noun} ${fileId}`;
  const sourceUrl = link(fileId);
  switch (resourceState) {
    case "add":
      return { text: `${subject} was created or shared with you`, sourceUrl };
    case "update":
      if (changed.includes("content")) return { text: `${subject} was edited`, sourceUrl };
      if (changed.length === 1 && changed[0] === "permissions") return { text: `${subject}: sharing settings changed`, sourceUrl };
      return { text: `${subject} was updated (${changed.join(", ") || "no details"})`, sourceUrl };
    case "trash":
      return { text: `${subject} was moved to the trash`, sourceUrl };
    case "untrash":
      return { text: `${subject} was restored from the trash`, sourceUrl };
    case "remove":
      return { text: `${subject} was deleted or is no longer shared with you`, sourceUrl };
    default:
      return { text: `${subject}: ${resourceState ?? "unknown change"}`, sourceUrl };
  }
}

// A test message as Google sends it: no body, the sample's fields back in their X-Goog-* headers,
// the endpoint's secret as X-Goog-Channel-Token (never the sample's channelToken) and a random
// X-Goog-Message-Number, so the delivery id (channel:number) differs from one test to the next.
// Google sends no event-name or timestamp header: X-Goog-Resource-State is the event name.
export function googleChannelTestRequest({ sample, secret }: TestRequestArgs, resourceState?: string): TestRequest {
  const n = asChannelNotification(sample);
  const headers: Record<string, string> = {
    "content-type": "application/json; utf-8",
    "x-goog-channel-id": n.channelId ?? "",
    "x-goog-channel-token": secret,
    "x-goog-resource-id": n.resourceId ?? "",
    "x-goog-resource-uri": n.resourceUri ?? "",
    "x-goog-resource-state": resourceState ?? n.resourceState ?? "",
    "x-goog-message-number": String(randomInt(2, 2 ** 47)),
  };
  if (n.channelExpiration) headers["x-goog-channel-expiration"] = n.channelExpiration;
  if (n.changed?.length) headers["x-goog-changed"] = n.changed.join(",");
  return { method: "POST", headers, body: "" };
}

type GoogleChannelOptions = {
  trigger: (notification: Partial<GoogleChannelNotification>) => string | undefined;
  describe: (notification: Partial<GoogleChannelNotification>) => Activity | null;
  /** The X-Goog-Resource-State a test of `trigger` carries, where the sample's own state files under another trigger. */
  testResourceState?: (trigger: string) => string | undefined;
};

/** The InboundSpec of a Google channel preset; each preset supplies its triggers and sentences. */
export function googleChannelInbound(options: GoogleChannelOptions): InboundSpec {
  return {
    // Google documents "Content-Type: application/json; utf-8" with Content-Length: 0.
    contentTypes: ["application/json"],
    handshake: { signed: true, answer: googleChannelHandshake },
    verify: verifyGoogleChannelToken,
    parse: parseGoogleChannel,
    eventType: (event) => asChannelNotification(event).resourceState || null,
    deliveryId: (event) => googleChannelDeliveryId(event),
    trigger: (event) => options.trigger(asChannelNotification(event)),
    // The channel is the one Hookyard opened for a connected account: the key to that account.
    identify: (event) => asChannelNotification(event).channelId || null,
    process: (event) => {
      const activity = options.describe(asChannelNotification(event));
      return activity ? [activity] : [];
    },
    testRequest: (args) => googleChannelTestRequest(args, options.testResourceState?.(args.trigger)),
  };
}
