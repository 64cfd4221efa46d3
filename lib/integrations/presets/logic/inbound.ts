// How Hookyard receives Logic events: Standard Webhooks signatures (shared verifier in
// lib/inbound/schemes/standard-webhooks.ts) on Hookyard's {type, timestamp, data} envelope.
// https://www.standardwebhooks.com/
import "server-only";
import type { InboundSpec } from "../../../inbound/types";
import { standardWebhooksInbound } from "../../../inbound/schemes/standard-webhooks";

type LogicEvent = { type?: string; data?: Record<string, unknown> };

const DOTTED = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);

export const logicInbound: InboundSpec = {
  // verify: webhook-id / webhook-timestamp / webhook-signature ("v1,<base64>", space-separated),
  // HMAC-SHA256 over "<id>.<timestamp>.<raw body>" keyed with the whsec_ secret, 5-minute window.
  // https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#verifying-webhook-authenticity
  // testRequest: the same headers, signed with the endpoint secret, a fresh webhook-id per call.
  ...standardWebhooksInbound,

  eventType: (event) => text((event as LogicEvent)?.type) ?? null,

  // The two named types have their own triggers; any other dotted type is the generic event.
  trigger: (event) => {
    const type = text((event as LogicEvent)?.type);
    if (type === "logic.condition.matched") return "logic_trigger_condition_matched";
    if (type === "logic.schedule.fired") return "logic_trigger_schedule_fired";
    return type && DOTTED.test(type) ? "logic_trigger_event" : undefined;
  },

  // Logic events come from the user's own code, not from an account on some provider.
  identify: () => null,

  process: (event) => {
    const { type, data = {} } = (event ?? {}) as LogicEvent;
    if (type === "logic.condition.matched") {
      return [{ text: `Rule ${text(data.rule_name) ?? text(data.rule_id) ?? "?"} matched`, sourceUrl: null }];
    }
    if (type === "logic.schedule.fired") {
      const cron = text(data.cron) ? ` (${data.cron})` : "";
      return [{ text: `Schedule ${text(data.schedule_name) ?? text(data.schedule_id) ?? "?"}${cron} fired for ${text(data.scheduled_for) ?? "now"}`, sourceUrl: null }];
    }
    if (!text(type)) return [];
    const fields = Object.keys(data);
    const summary =
      fields.length > 0
        ? `: ${fields
            .slice(0, 4)
            .map((key) => `${key}=${(JSON.stringify(data[key]) ?? "").slice(0, 40)}`)
            .join(", ")}${fields.length > 4 ? ", …" : ""}`
        : "";
    return [{ text: `Event ${type}${summary}`, sourceUrl: null }];
  },
};
