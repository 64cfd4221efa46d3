// Microsoft Graph change notifications (Teams, Outlook, OneDrive): what the three presets share.
// Graph signs nothing. Creating or renewing a subscription makes Graph POST to the URL with
// ?validationToken=…, which must be echoed as text/plain; every later POST is
// {"value":[changeNotification…]} and each item repeats the clientState Hookyard chose for the
// subscription, which is the only proof the request comes from Graph.
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
// https://learn.microsoft.com/en-us/graph/api/resources/changenotification
import "server-only";
import { randomUUID } from "node:crypto";
import { constantTimeEqual, sha256Hex } from "../../crypto";
import type { Activity, HandshakeAnswer, InboundRequest, InboundSpec, TestRequest, TestRequestArgs, Verdict, VerifyContext } from "../types";
import { OK, parseJson, reject, requireSecret } from "../verify-helpers";

export type GraphNotification = {
  id?: string;
  subscriptionId?: string;
  changeType?: string;
  lifecycleEvent?: string;
  clientState?: string;
  resource?: string;
  resourceData?: { id?: string; "@odata.type"?: string; "@odata.id"?: string; "@odata.etag"?: string };
  subscriptionExpirationDateTime?: string;
  tenantId?: string;
};
export type GraphEnvelope = { value?: GraphNotification[]; validationTokens?: string[] };

/** The tenant of personal Microsoft accounts (Outlook.com, OneDrive personal). */
export const CONSUMER_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad";

/** The notification an event is about: split() leaves one per envelope; a bare item is accepted too. */
export function graphNotification(event: unknown): GraphNotification {
  const envelope = event as GraphEnvelope | null;
  if (envelope && Array.isArray(envelope.value)) return envelope.value[0] ?? {};
  return event ?? {};
}

// "Notification endpoint validation": POST {notificationUrl}?validationToken=<opaque token>
// (empty body, text/plain). Answer within 10 seconds with 200, Content-Type text/plain and the
// URL-decoded token as the whole body. The request carries no clientState, so it is unsigned;
// nosniff keeps a browser from ever reading the echoed text as HTML.
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
export function graphHandshake(ctx: VerifyContext): HandshakeAnswer | undefined {
  const { method, url } = ctx.request;
  const token = url.searchParams.get("validationToken");
  if (method !== "POST" || token === null || token.length === 0) return undefined;
  return { status: 200, headers: { "content-type": "text/plain", "x-content-type-options": "nosniff" }, body: token };
}

// "Receive notifications": compare every item's clientState with the value set on the
// subscription (here the endpoint's secret). A batch is accepted only when ALL items carry it:
// one foreign or missing clientState rejects the request. Lifecycle notifications
// (reauthorizationRequired, subscriptionRemoved, missed) carry the clientState the same way.
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
export function verifyGraphClientState(ctx: VerifyContext): Verdict {
  const secret = requireSecret(ctx);
  if (typeof secret !== "string") return secret;
  let body: GraphEnvelope;
  try {
    body = JSON.parse(ctx.request.rawBody.toString("utf8")) as GraphEnvelope;
  } catch {
    return reject("the body is not JSON");
  }
  const items = body && Array.isArray(body.value) ? body.value : null;
  if (!items || items.length === 0) return reject("the body has no change notifications (value[])");
  for (const item of items) {
    const given = item && typeof item.clientState === "string" ? item.clientState : null;
    if (given === null || !constantTimeEqual(given, secret)) return reject("clientState of a change notification does not match");
  }
  return OK;
}

/** One event per notification, each still wrapped as {value:[item]} so it matches the trigger schemas. */
export function splitGraph(payload: unknown): unknown[] {
  const envelope = payload as GraphEnvelope | null;
  if (!envelope || !Array.isArray(envelope.value) || envelope.value.length <= 1) return [payload];
  return envelope.value.map((item) => ({ ...envelope, value: [item] }));
}

export const REDACTED = "[redacted]";

export function redactClientState(event: unknown): unknown {
  const envelope = event as GraphEnvelope | null;
  if (!envelope || !Array.isArray(envelope.value)) return event;
  return { ...envelope, value: envelope.value.map((item) => (item && typeof item === "object" && "clientState" in item ? { ...item, clientState: REDACTED } : item)) };
}

export function graphEventType(event: unknown): string | null {
  const item = graphNotification(event);
  return item.changeType ?? item.lifecycleEvent ?? null;
}

// Graph sends no delivery header; the optional changeNotification.id is used when present.
// Otherwise the id is derived from what makes a change unique: a created or deleted item is named
// by its resource (a second notification for it is a retry), an update by the item's etag (a new
// version is a new change). When nothing in the item varies between changes (OneDrive names only
// the watched folder, lifecycle events repeat) no content hash can tell a retry from a new change
// (Hookyard's body-hash fallback would swallow every later notification), so each request
// gets a fresh id: a rare Graph retry is stored twice, a real change is never lost.
export function graphDeliveryId(event: unknown): string {
  const item = graphNotification(event);
  if (typeof item.id === "string" && item.id.length > 0) return item.id;
  const etag = item.resourceData?.["@odata.etag"];
  const namesItem = (item.changeType === "created" || item.changeType === "deleted") && (item.resourceData?.id || item.resource);
  if (item.subscriptionId && (namesItem || (item.changeType === "updated" && etag))) {
    return `graph:${sha256Hex(JSON.stringify([item.subscriptionId, item.changeType, item.resource ?? null, item.resourceData?.id ?? null, etag ?? null]))}`;
  }
  return `graph:${randomUUID()}`;
}

// A test notification as Graph would POST it: the sample's items (a bare item is wrapped in
// {"value":[…]}), each carrying the endpoint's secret as clientState (the sample may show the
// docs' value or "[redacted]") and a fresh changeNotification.id, the optional id Graph uses to
// name a notification, so repeated tests are not taken for retries. Graph sends no event-name,
// delivery or timestamp header; the trigger is read from resource and changeType in the sample.
export function graphTestRequest({ sample, secret }: TestRequestArgs): TestRequest {
  const envelope = (sample && Array.isArray((sample as GraphEnvelope).value) ? sample : { value: [sample] }) as GraphEnvelope;
  const value = (envelope.value ?? []).map((item) => ({ ...item, id: randomUUID(), clientState: secret }));
  return { method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify({ ...envelope, value }) };
}

/** Text of a Graph resource path segment such as teams('x') or Users/x → x. */
export function graphSegment(resource: string | undefined, name: string): string | null {
  if (!resource) return null;
  const quoted = new RegExp(`(?:^|/)${name}\\('([^']*)'\\)`, "i").exec(resource);
  if (quoted) return quoted[1];
  const plain = new RegExp(`(?:^|/)${name}/([^/]+)`, "i").exec(resource);
  return plain ? plain[1] : null;
}

type GraphPresetOptions = {
  trigger: (item: GraphNotification) => string | undefined;
  identify?: (item: GraphNotification) => string | null;
  describe: (item: GraphNotification) => Activity | null;
};

/** The InboundSpec of a Graph-backed preset; each preset supplies its triggers and sentences. */
export function graphInbound(options: GraphPresetOptions): InboundSpec {
  return {
    contentTypes: ["application/json"],
    handshake: { signed: false, answer: graphHandshake },
    verify: verifyGraphClientState,
    parse: (request: InboundRequest) => parseJson(request.rawBody),
    split: splitGraph,
    // clientState is the shared secret Hookyard chose; it must not reach the history or relays.
    redact: redactClientState,
    eventType: (event) => graphEventType(event),
    deliveryId: (event) => graphDeliveryId(event),
    trigger: (event) => {
      const item = graphNotification(event);
      return item.lifecycleEvent ? undefined : options.trigger(item);
    },
    // The subscription is the one Hookyard created for a connected account: the key to that account.
    identify: (event) => {
      const item = graphNotification(event);
      return (options.identify?.(item) ?? item.subscriptionId) || null;
    },
    process: (event) => {
      const item = graphNotification(event);
      if (item.lifecycleEvent) {
        return [{ text: `Microsoft Graph lifecycle notification "${item.lifecycleEvent}" for subscription ${item.subscriptionId ?? "(unknown)"}`, sourceUrl: null }];
      }
      const activity = options.describe(item);
      return activity ? [activity] : [];
    },
    testRequest: graphTestRequest,
  };
}
