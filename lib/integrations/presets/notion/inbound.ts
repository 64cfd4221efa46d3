// Notion webhook subscriptions: signal-only JSON events (ids, no content), signed with the
// subscription's verification_token once the user has pasted it into Hookyard.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Activity, InboundRequest, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";

type NotionRef = { id?: string; type?: string };
type NotionEvent = {
  id?: string;
  type?: string;
  verification_token?: string;
  workspace_id?: string;
  workspace_name?: string;
  entity?: NotionRef;
  data?: { parent?: NotionRef; page_id?: string; updated_blocks?: NotionRef[]; updated_properties?: string[] };
};

const TRIGGERS = new Map([
  ["page.created", "notion_trigger_page_created"],
  ["page.content_updated", "notion_trigger_page_content_updated"],
  ["page.properties_updated", "notion_trigger_page_properties_updated"],
  ["comment.created", "notion_trigger_comment_created"],
]);

/** The one-time request Notion sends when a subscription is created: only a verification_token. */
function isVerificationRequest(body: NotionEvent | undefined): boolean {
  return typeof body?.verification_token === "string" && body.type === undefined;
}

function tryParse(request: InboundRequest): NotionEvent | undefined {
  try {
    const value = parseJson(request.rawBody);
    return value && typeof value === "object" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Notion opens any page or database at notion.so/<id without dashes>. */
const pageUrl = (id: string | undefined) => (id ? `https://www.notion.so/${id.replaceAll("-", "")}` : null);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(e: NotionEvent): Activity | undefined {
  const where = e.workspace_name ? ` in ${e.workspace_name}` : "";
  const parent = e.data?.parent?.type === "database" ? " of a database" : "";
  switch (e.type) {
    case "page.created":
      return { text: `A page${parent} was created${where}`, sourceUrl: pageUrl(e.entity?.id) };
    case "page.content_updated":
      return { text: `A page${parent} was edited${where} (${count(e.data?.updated_blocks?.length ?? 0, "block", "blocks")} changed)`, sourceUrl: pageUrl(e.entity?.id) };
    case "page.properties_updated":
      return {
        text: `Properties of a page${parent} changed${where} (${count(e.data?.updated_properties?.length ?? 0, "property", "properties")})`,
        sourceUrl: pageUrl(e.entity?.id),
      };
    case "comment.created":
      return { text: `A comment was added to a page${where}`, sourceUrl: pageUrl(e.data?.page_id) };
  }
  return undefined;
}

/**
 * The event Notion would post for a sample. Its dedupe id is the event's own id, so each test gets a
 * fresh UUID (and attempt 1); X-Notion-Signature is keyed with the verification_token (the secret).
 */
function testRequest({ sample, secret }: TestRequestArgs): TestRequest {
  const event = sample && typeof sample === "object" ? { ...(sample as NotionEvent), id: randomUUID(), attempt_number: 1 } : {};
  const body = JSON.stringify(event);
  return {
    method: "POST",
    headers: { "content-type": "application/json", "x-notion-signature": `sha256=${hmac("sha256", secret, body).toString("hex")}` },
    body,
  };
}

export const notionInbound: InboundSpec = {
  contentTypes: ["application/json"],
  // Creating a subscription makes Notion POST {"verification_token": "secret_…"} once, unsigned:
  // nothing can verify it yet, since that token is the key of every later signature. It is
  // answered 200; the user copies the token from the event history into Hookyard and Notion.
  // https://developers.notion.com/reference/webhooks#step-2-verifying-the-subscription
  // Kept in the history: the user copies verification_token from it into Signing secret.
  handshake: {
    signed: false,
    answer: (ctx) =>
      isVerificationRequest(tryParse(ctx.request))
        ? { status: 200, keep: "Notion's verification request: copy verification_token from its body into this integration's Signing secret, then press Verify in Notion." }
        : undefined,
  },
  // X-Notion-Signature = "sha256=" + hex HMAC-SHA256(verification_token, raw body). Notion signs no
  // timestamp (retries carry the original body), so the event id dedupes them.
  // https://developers.notion.com/reference/webhooks#step-3-validating-event-payloads-recommended
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const signature = header(ctx, "x-notion-signature");
    if (!signature?.startsWith("sha256=")) return reject("missing or malformed X-Notion-Signature");
    const expected = hmac("sha256", secret, ctx.request.rawBody);
    return digestMatches(expected, signature.slice("sha256=".length), "hex") ? OK : reject("X-Notion-Signature does not match");
  },
  parse: (request) => parseJson(request.rawBody),
  eventType: (event) => {
    const e = event as NotionEvent;
    return e.type ?? (isVerificationRequest(e) ? "verification" : null);
  },
  // The event id stays the same across Notion's retries (attempt_number counts them).
  // https://developers.notion.com/reference/webhooks-events-delivery
  deliveryId: (event) => (event as NotionEvent).id ?? null,
  trigger: (_event, eventType) => (eventType ? TRIGGERS.get(eventType) : undefined),
  // The Notion workspace the integration is installed in.
  identify: (event) => (event as NotionEvent).workspace_id ?? null,
  process: (event) => {
    const activity = describe(event as NotionEvent);
    return activity ? [activity] : [];
  },
  testRequest,
};
