// Linear data-change webhooks: one JSON envelope (action, type, actor, data, url,
// webhookTimestamp…) per change, signed with the webhook's signing secret.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Activity, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret, timestampWithin } from "../../../inbound/verify-helpers";

type LinearPayload = {
  action?: string;
  type?: string;
  actor?: { name?: string };
  url?: string;
  organizationId?: string;
  webhookTimestamp?: number;
  updatedFrom?: Record<string, unknown>;
  data?: {
    identifier?: string;
    title?: string;
    name?: string | null;
    number?: number;
    body?: string;
    url?: string;
    completedAt?: string | null;
    state?: { name?: string } | string;
    issue?: { identifier?: string; title?: string; url?: string };
  };
};

/** Linear asks receivers to refuse deliveries whose webhookTimestamp is more than a minute off. */
const TIMESTAMP_TOLERANCE_SECONDS = 60;

const TRIGGERS = new Map([
  ["Issue.create", "linear_trigger_issue_created"],
  ["Issue.update", "linear_trigger_issue_updated"],
  ["Comment.create", "linear_trigger_comment_created"],
  ["Project.update", "linear_trigger_project_updated"],
  ["Cycle.update", "linear_trigger_cycle_updated"],
  ["IssueLabel.create", "linear_trigger_issue_label_created"],
]);

const VERBS = new Map([
  ["create", "created"],
  ["update", "updated"],
  ["remove", "removed"],
]);

const clip = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function describe(p: LinearPayload): Activity | undefined {
  const who = p.actor?.name ?? "Linear";
  const verb = VERBS.get(p.action ?? "") ?? p.action ?? "changed";
  const d = p.data ?? {};
  switch (p.type) {
    case "Issue": {
      // On updates, name the new state when the state is what changed.
      const state = typeof d.state === "object" && p.updatedFrom && "stateId" in p.updatedFrom ? ` (now ${d.state.name})` : "";
      return { text: `${who} ${verb} ${d.identifier}${state}: ${d.title}`, sourceUrl: d.url ?? p.url ?? null };
    }
    case "Comment": {
      const on = d.issue?.identifier ?? "an issue";
      return { text: `${who} ${p.action === "create" ? "commented on" : `${verb} a comment on`} ${on}: ${clip(d.body ?? "")}`, sourceUrl: p.url ?? d.issue?.url ?? null };
    }
    case "Project":
      return { text: `${who} ${verb} project ${d.name}`, sourceUrl: d.url ?? p.url ?? null };
    case "Cycle": {
      const name = `${d.number}${d.name ? ` (${d.name})` : ""}`;
      // Completion is an update whose previous completedAt was empty.
      const completed = d.completedAt && p.updatedFrom && "completedAt" in p.updatedFrom && !p.updatedFrom.completedAt;
      return { text: completed ? `Cycle ${name} completed` : `${who} ${verb} cycle ${name}`, sourceUrl: p.url ?? null };
    }
    case "IssueLabel":
      return { text: `${who} ${verb} label ${d.name}`, sourceUrl: p.url ?? null };
  }
  return undefined;
}

/**
 * The delivery Linear would post for a sample: webhookTimestamp set to now (verify refuses it
 * otherwise), Linear-Event naming the entity type, and a fresh Linear-Delivery id per call.
 */
function testRequest({ sample, secret, now }: TestRequestArgs): TestRequest {
  const payload = { ...(sample as LinearPayload), webhookTimestamp: now };
  const body = JSON.stringify(payload);
  return {
    method: "POST",
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "Linear-Webhook",
      "linear-delivery": randomUUID(),
      ...(payload.type ? { "linear-event": payload.type } : {}),
      "linear-signature": hmac("sha256", secret, body).toString("hex"),
    },
    body,
  };
}

export const linearInbound: InboundSpec = {
  contentTypes: ["application/json"],
  // Linear-Signature = hex HMAC-SHA256(signing secret, raw body). The replay guard is the body's
  // webhookTimestamp (ms), read only after the signature has matched and refused when more than
  // 60 s from now, as Linear's docs and SDK (LinearWebhookClient.verify) do.
  // https://linear.app/developers/webhooks#securing-webhooks
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const expected = hmac("sha256", secret, ctx.request.rawBody);
    if (!digestMatches(expected, header(ctx, "linear-signature"), "hex")) return reject("Linear-Signature does not match");
    let timestamp: unknown;
    try {
      timestamp = (parseJson(ctx.request.rawBody) as LinearPayload).webhookTimestamp;
    } catch {
      return reject("the signed body is not JSON");
    }
    return timestampWithin(ctx, typeof timestamp === "number" ? timestamp : null, "ms", TIMESTAMP_TOLERANCE_SECONDS);
  },
  parse: (request) => parseJson(request.rawBody),
  // Linear names a change by entity type and action ("Issue" + "create"); Linear-Event holds the type alone.
  eventType: (event, request) => {
    const p = event as LinearPayload;
    return p.type && p.action ? `${p.type}.${p.action}` : request.headers.get("linear-event");
  },
  // Linear-Delivery is a unique id per delivery.
  // https://linear.app/developers/webhooks#the-webhook-payload
  deliveryId: (_event, request) => request.headers.get("linear-delivery"),
  trigger: (_event, eventType) => (eventType ? TRIGGERS.get(eventType) : undefined),
  // The Linear workspace (organization) the webhook belongs to.
  identify: (event) => (event as LinearPayload).organizationId ?? null,
  process: (event) => {
    const activity = describe(event as LinearPayload);
    return activity ? [activity] : [];
  },
  testRequest,
};
