// Trello webhooks: each POST is {action, model} for one action on the watched model, signed
// together with the callback URL the webhook was created with.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Activity, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";

type TrelloRef = { id?: string; name?: string; shortLink?: string };
type TrelloPayload = {
  action?: {
    id?: string;
    idMemberCreator?: string;
    type?: string;
    memberCreator?: { fullName?: string; username?: string };
    data?: {
      text?: string;
      card?: TrelloRef & { closed?: boolean; due?: string | null };
      board?: TrelloRef;
      list?: TrelloRef;
      listBefore?: TrelloRef;
      listAfter?: TrelloRef;
      member?: TrelloRef;
      old?: Record<string, unknown>;
    };
  };
  model?: { url?: string };
};

const TRIGGERS = new Map([
  ["createCard", "trello_trigger_card_created"],
  ["updateCard", "trello_trigger_card_updated"],
  ["commentCard", "trello_trigger_comment_added"],
  ["addMemberToCard", "trello_trigger_member_added_to_card"],
]);

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What an updateCard changed, from the fields Trello lists under data.old. */
function cardChange(d: NonNullable<NonNullable<TrelloPayload["action"]>["data"]>): string {
  const old = d.old ?? {};
  if (d.listBefore && d.listAfter) return `moved card “${d.card?.name}” from ${d.listBefore.name} to ${d.listAfter.name}`;
  if ("closed" in old) return `${d.card?.closed ? "archived" : "restored"} card “${d.card?.name}”`;
  if ("name" in old) return `renamed card “${String(old.name)}” to “${d.card?.name}”`;
  if ("due" in old) return `${d.card?.due ? "set the due date of" : "removed the due date of"} card “${d.card?.name}”`;
  return `updated card “${d.card?.name}”`;
}

function describe(p: TrelloPayload): Activity | undefined {
  const a = p.action;
  const d = a?.data;
  if (!a || !d?.card) return undefined;
  const who = a.memberCreator?.fullName ?? a.memberCreator?.username ?? "Someone";
  const board = d.board?.name ? ` on ${d.board.name}` : "";
  const card = d.card.shortLink ? `https://trello.com/c/${d.card.shortLink}` : (p.model?.url ?? null);
  switch (a.type) {
    case "createCard":
      return { text: `${who} added card “${d.card.name}” to ${d.list?.name ?? "a list"}${board}`, sourceUrl: card };
    case "updateCard":
      return { text: `${who} ${cardChange(d)}${board}`, sourceUrl: card };
    case "commentCard":
      // Trello opens a card's comment from #comment-<action id>.
      return { text: `${who} commented on “${d.card.name}”: ${clip(d.text ?? "")}`, sourceUrl: card && `${card}#comment-${a.id}` };
    case "addMemberToCard":
      return { text: `${who} added ${d.member?.name ?? "a member"} to card “${d.card.name}”${board}`, sourceUrl: card };
  }
  return undefined;
}

/**
 * The POST Trello would send for a sample {action, model}. Its dedupe id is action.id in the body,
 * so each test gets a fresh one in Trello's ObjectId form (8 hex of epoch seconds + 16 random hex);
 * the signature covers the body followed by the endpoint's URL, as verify() checks it.
 */
function testRequest({ sample, secret, webhookUrl, now }: TestRequestArgs): TestRequest {
  const payload = sample && typeof sample === "object" ? { ...(sample as TrelloPayload) } : {};
  if (payload.action) {
    const seconds = Math.floor(now / 1000)
      .toString(16)
      .padStart(8, "0");
    payload.action = { ...payload.action, id: `${seconds}${randomBytes(8).toString("hex")}` };
  }
  const body = JSON.stringify(payload);
  return {
    method: "POST",
    headers: { "content-type": "application/json", "x-trello-webhook": hmac("sha1", secret, body + webhookUrl).toString("base64") },
    body,
  };
}

export const trelloInbound: InboundSpec = {
  contentTypes: ["application/json"],
  // Before it saves a webhook, Trello sends HEAD to the callback URL and needs a 200; it is unsigned.
  // https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/#creating-a-webhook
  handshake: { signed: false, answer: (ctx) => (ctx.request.method === "HEAD" ? { status: 200 } : undefined) },
  // X-Trello-Webhook = base64 HMAC-SHA1(application secret, raw body + callbackURL), the callback URL
  // exactly as given when the webhook was created (here the endpoint's URL). No timestamp is signed;
  // the action id dedupes Trello's retries.
  // https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/#webhook-signatures
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const expected = hmac("sha1", secret, Buffer.concat([ctx.request.rawBody, Buffer.from(ctx.webhookUrl, "utf8")]));
    return digestMatches(expected, header(ctx, "x-trello-webhook"), "base64") ? OK : reject("X-Trello-Webhook does not match");
  },
  parse: (request) => parseJson(request.rawBody),
  eventType: (event) => (event as TrelloPayload).action?.type ?? null,
  deliveryId: (event) => (event as TrelloPayload).action?.id ?? null,
  trigger: (_event, eventType) => (eventType ? TRIGGERS.get(eventType) : undefined),
  // The Trello member who performed the action.
  identify: (event) => (event as TrelloPayload).action?.idMemberCreator ?? null,
  process: (event) => {
    const activity = describe(event as TrelloPayload);
    return activity ? [activity] : [];
  },
  testRequest,
};
