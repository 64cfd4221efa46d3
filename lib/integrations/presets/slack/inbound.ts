// Slack on one Request URL: Events API deliveries (JSON), and interactivity and slash
// commands (application/x-www-form-urlencoded). Every request carries the same v0 signature.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Activity, InboundRequest, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret, timestampWithin } from "../../../inbound/verify-helpers";

type SlackUser = { id?: string; name?: string; real_name?: string; username?: string };
type SlackInner = {
  type?: string;
  subtype?: string;
  user?: string | SlackUser;
  channel?: string | { id?: string; name?: string; creator?: string };
  text?: string;
  ts?: string;
  thread_ts?: string;
  reaction?: string;
  inviter?: string;
  item?: { channel?: string; ts?: string };
};
/** An Events API envelope, a slash command's form fields, or an interactivity payload. */
type SlackPayload = {
  type?: string;
  challenge?: string;
  team_id?: string;
  event_id?: string;
  event?: SlackInner;
  ssl_check?: string;
  command?: string;
  text?: string;
  user_name?: string;
  channel_id?: string;
  channel_name?: string;
  trigger_id?: string;
  team?: { id?: string };
};

const TRIGGERS = new Map([
  ["message", "slack_trigger_message"],
  ["app_mention", "slack_trigger_app_mention"],
  ["reaction_added", "slack_trigger_reaction_added"],
  ["channel_created", "slack_trigger_channel_created"],
  ["member_joined_channel", "slack_trigger_member_joined_channel"],
  ["team_join", "slack_trigger_team_join"],
]);

function isForm(request: InboundRequest): boolean {
  return (request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded");
}

function parse(request: InboundRequest): unknown {
  if (!isForm(request)) return parseJson(request.rawBody);
  const fields = Object.fromEntries(new URLSearchParams(request.rawBody.toString("utf8")));
  // Interactivity (block_actions, view_submission, shortcuts) sends its JSON in one `payload` field;
  // slash commands send plain fields (command, text, user_id, channel_id, trigger_id…).
  return typeof fields.payload === "string" ? JSON.parse(fields.payload) : fields;
}

function tryParse(request: InboundRequest): SlackPayload | undefined {
  try {
    const value = parse(request);
    return value && typeof value === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}

const clip = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** Slack's web permalink form: /archives/<channel>/p<ts without the dot>. */
const archive = (channel: string, ts?: string) => `https://slack.com/archives/${channel}${ts ? `/p${ts.replace(".", "")}` : ""}`;

function describeEvent(p: SlackPayload, e: SlackInner): Activity | undefined {
  const user = typeof e.user === "string" ? e.user : undefined;
  const channel = typeof e.channel === "string" ? e.channel : undefined;
  switch (e.type) {
    case "message":
    case "app_mention": {
      if (!channel) return undefined;
      const verb = e.type === "app_mention" ? "mentioned the app in" : e.thread_ts && e.thread_ts !== e.ts ? "replied in a thread in" : "posted in";
      return { text: `${user ?? "Someone"} ${verb} ${channel}${e.text ? `: ${clip(e.text)}` : ""}`, sourceUrl: archive(channel, e.ts) };
    }
    case "reaction_added":
      return {
        text: `${user} reacted :${e.reaction}: to a message in ${e.item?.channel ?? "a conversation"}`,
        sourceUrl: e.item?.channel ? archive(e.item.channel, e.item.ts) : null,
      };
    case "channel_created": {
      const created = typeof e.channel === "object" ? e.channel : undefined;
      return created?.id ? { text: `${created.creator ?? "Someone"} created channel #${created.name}`, sourceUrl: archive(created.id) } : undefined;
    }
    case "member_joined_channel":
      return channel ? { text: `${user} joined ${channel}${e.inviter ? ` (added by ${e.inviter})` : ""}`, sourceUrl: archive(channel) } : undefined;
    case "team_join": {
      const member = typeof e.user === "object" ? e.user : undefined;
      const name = member?.real_name ? `${member.real_name} (${member.name})` : (member?.name ?? member?.id);
      return { text: `${name} joined the workspace`, sourceUrl: p.team_id ? `https://app.slack.com/client/${p.team_id}` : null };
    }
  }
  return undefined;
}

/**
 * The Events API delivery Slack would post for a sample envelope. The dedupe id (event_id) lives in
 * the body, so each test gets a fresh one in Slack's "Ev…" form; the rest of the sample is unchanged.
 */
function testRequest({ sample, secret, now }: TestRequestArgs): TestRequest {
  const envelope = sample && typeof sample === "object" ? { ...(sample as Record<string, unknown>) } : {};
  if (envelope.type === "event_callback") envelope.event_id = `Ev${randomBytes(5).toString("hex").toUpperCase()}`;
  const body = JSON.stringify(envelope);
  const timestamp = String(Math.floor(now / 1000));
  const signature = `v0=${hmac("sha256", secret, `v0:${timestamp}:${body}`).toString("hex")}`;
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": signature,
    },
    body,
  };
}

export const slackInbound: InboundSpec = {
  contentTypes: ["application/json", "application/x-www-form-urlencoded"],
  // Slack checks a new Request URL with a signed url_verification event and expects the challenge
  // echoed back; slash-command URLs also get a periodic ssl_check POST that only needs a 200.
  // https://docs.slack.dev/reference/events/url_verification
  handshake: {
    signed: true,
    answer: (ctx) => {
      const body = tryParse(ctx.request);
      if (body?.type === "url_verification" && typeof body.challenge === "string") {
        return { status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: body.challenge };
      }
      if (body?.ssl_check === "1") return { status: 200 };
      return undefined;
    },
  },
  // X-Slack-Signature = "v0=" + hex HMAC-SHA256(signing secret, "v0:" + X-Slack-Request-Timestamp + ":" + raw body),
  // refused when the timestamp is more than five minutes from now.
  // https://docs.slack.dev/authentication/verifying-requests-from-slack
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const timestamp = header(ctx, "x-slack-request-timestamp");
    const fresh = timestampWithin(ctx, timestamp);
    if (!fresh.ok) return fresh;
    const signature = header(ctx, "x-slack-signature");
    if (!signature?.startsWith("v0=")) return reject("missing or malformed X-Slack-Signature");
    const expected = hmac("sha256", secret, Buffer.concat([Buffer.from(`v0:${timestamp}:`, "utf8"), ctx.request.rawBody]));
    return digestMatches(expected, signature.slice(3), "hex") ? OK : reject("X-Slack-Signature does not match");
  },
  parse,
  eventType: (event) => {
    const p = event as SlackPayload;
    if (p.type === "event_callback") return p.event?.type ?? null;
    if (p.type) return p.type; // url_verification, app_rate_limited, block_actions, view_submission, shortcut…
    return p.command ? "slash_command" : null;
  },
  // Events API: event_id (the same on Slack's retries); interactivity and slash commands: trigger_id.
  deliveryId: (event) => {
    const p = event as SlackPayload;
    return p.event_id ?? p.trigger_id ?? null;
  },
  trigger: (event, eventType) => ((event as SlackPayload).type === "event_callback" && eventType ? TRIGGERS.get(eventType) : undefined),
  // The workspace (team) the app is installed in.
  identify: (event) => {
    const p = event as SlackPayload;
    return p.team_id ?? p.team?.id ?? null;
  },
  process: (event) => {
    const p = event as SlackPayload;
    if (p.type === "event_callback" && p.event) {
      const activity = describeEvent(p, p.event);
      return activity ? [activity] : [];
    }
    if (p.command && p.channel_id) {
      const where = p.channel_name ? `#${p.channel_name}` : p.channel_id;
      return [{ text: `${p.user_name ?? "Someone"} ran ${p.command}${p.text ? ` ${clip(p.text, 80)}` : ""} in ${where}`, sourceUrl: archive(p.channel_id) }];
    }
    return [];
  },
  testRequest,
};
