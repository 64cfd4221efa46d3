// Discord interactions: slash commands, component clicks and modal submissions posted to the
// app's Interactions Endpoint URL, each signed with Ed25519 by Discord.
import "server-only";
import { createPublicKey, verify as verifySignature, type KeyObject } from "node:crypto";
import type { Activity, InboundRequest, InboundSpec } from "../../../inbound/types";
import { OK, header, parseJson, reject, requireSecret, timestampWithin } from "../../../inbound/verify-helpers";

type DiscordUser = { id?: string; username?: string; global_name?: string | null };
type Interaction = {
  id?: string;
  application_id?: string;
  type?: number;
  guild_id?: string;
  channel_id?: string;
  member?: { user?: DiscordUser };
  user?: DiscordUser;
  message?: { id?: string };
  data?: {
    name?: string;
    custom_id?: string;
    component_type?: number;
    values?: string[];
    options?: { name?: string; value?: unknown }[];
  };
};

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type
const TYPE_NAMES = new Map([
  [1, "PING"],
  [2, "APPLICATION_COMMAND"],
  [3, "MESSAGE_COMPONENT"],
  [4, "APPLICATION_COMMAND_AUTOCOMPLETE"],
  [5, "MODAL_SUBMIT"],
]);
const TRIGGERS = new Map([
  ["APPLICATION_COMMAND", "discord_trigger_application_command"],
  ["MESSAGE_COMPONENT", "discord_trigger_message_component"],
  ["MODAL_SUBMIT", "discord_trigger_modal_submit"],
]);

/** node:crypto takes raw Ed25519 keys only inside a DER SubjectPublicKeyInfo: this 12-byte header + the 32 key bytes. */
const ED25519_SPKI_HEADER = Buffer.from("302a300506032b6570032100", "hex");

function publicKey(hex: string): KeyObject | undefined {
  const trimmed = hex.trim();
  if (!/^[0-9a-f]{64}$/i.test(trimmed)) return undefined;
  try {
    return createPublicKey({ key: Buffer.concat([ED25519_SPKI_HEADER, Buffer.from(trimmed, "hex")]), format: "der", type: "spki" });
  } catch {
    return undefined; // 32 bytes that OpenSSL does not accept as a key
  }
}

function tryParse(request: InboundRequest): Interaction | undefined {
  try {
    const value = parseJson(request.rawBody);
    return value && typeof value === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function describe(i: Interaction): Activity | undefined {
  const user = i.member?.user ?? i.user;
  const who = user?.global_name || user?.username || "Someone";
  // Direct messages have no guild: Discord links them under @me.
  const channel = i.channel_id ? `https://discord.com/channels/${i.guild_id ?? "@me"}/${i.channel_id}` : null;
  switch (i.type) {
    case 2: {
      const options = (i.data?.options ?? []).filter((o) => o.value !== undefined).map((o) => ` ${o.name}:${String(o.value)}`);
      return { text: `${who} ran /${i.data?.name}${clip(options.join(""))}`, sourceUrl: channel };
    }
    case 3: {
      const link = channel && i.message?.id ? `${channel}/${i.message.id}` : channel;
      const values = i.data?.values?.length ? ` (${clip(i.data.values.join(", "), 60)})` : "";
      const verb = i.data?.component_type === 2 ? "clicked" : "chose from";
      return { text: `${who} ${verb} ${i.data?.custom_id} on the app's message${values}`, sourceUrl: link };
    }
    case 5:
      return { text: `${who} submitted the ${i.data?.custom_id} form`, sourceUrl: channel };
  }
  return undefined;
}

export const discordInbound: InboundSpec = {
  contentTypes: ["application/json"],
  // Discord saves an Interactions Endpoint URL only after a signed PING (type 1) is answered with a
  // PONG, {"type":1}; it also sends unsigned or wrongly signed checks that must get a 401.
  // https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-acknowledging-ping-requests
  handshake: {
    signed: true,
    answer: (ctx) => (tryParse(ctx.request)?.type === 1 ? { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ type: 1 }) } : undefined),
  },
  // X-Signature-Ed25519 is the hex Ed25519 signature of X-Signature-Timestamp + raw body under the
  // application's public key (hex, from the developer portal). Discord publishes no window for the
  // timestamp, so Hookyard's default five minutes applies.
  // https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const key = publicKey(secret);
    if (!key) return reject("the configured Discord public key is not 64 hex characters");
    const signature = header(ctx, "x-signature-ed25519")?.trim();
    const timestamp = header(ctx, "x-signature-timestamp");
    if (!signature || !/^[0-9a-f]{128}$/i.test(signature)) return reject("missing or malformed X-Signature-Ed25519");
    const fresh = timestampWithin(ctx, timestamp);
    if (!fresh.ok) return fresh;
    const message = Buffer.concat([Buffer.from(timestamp ?? "", "utf8"), ctx.request.rawBody]);
    return verifySignature(null, message, key, Buffer.from(signature, "hex")) ? OK : reject("X-Signature-Ed25519 does not match");
  },
  parse: (request) => parseJson(request.rawBody),
  // Discord shows "This interaction failed" unless the endpoint answers with an interaction
  // response within 3 s: a private "received" note for commands and forms, and a silent
  // deferred update for buttons and menus (callback types 4 and 6).
  // https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
  acknowledge: (event) => {
    const type = (event as Interaction).type;
    const body = type === 3 ? { type: 6 } : { type: 4, data: { content: "Received by Hookyard.", flags: 64 } };
    return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  },
  eventType: (event) => {
    const type = (event as Interaction).type;
    return typeof type === "number" ? (TYPE_NAMES.get(type) ?? `TYPE_${type}`) : null;
  },
  // The interaction id (a snowflake) is unique per interaction.
  deliveryId: (event) => (event as Interaction).id ?? null,
  trigger: (_event, eventType) => (eventType ? TRIGGERS.get(eventType) : undefined),
  // The Discord application the endpoint belongs to (the user who acted is in the activity).
  identify: (event) => (event as Interaction).application_id ?? null,
  process: (event) => {
    const activity = describe(event as Interaction);
    return activity ? [activity] : [];
  },
  // No testRequest: Discord signs each interaction with its own Ed25519 private key, and Hookyard
  // holds only the application's public key, so it cannot produce a request that verify() accepts.
};
