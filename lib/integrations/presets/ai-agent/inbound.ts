// How Hookyard receives AI agent events: Standard Webhooks signatures (shared verifier in
// lib/inbound/schemes/standard-webhooks.ts) on Hookyard's {type, timestamp, data} envelope.
// https://www.standardwebhooks.com/
import "server-only";
import type { InboundSpec } from "../../../inbound/types";
import { standardWebhooksInbound } from "../../../inbound/schemes/standard-webhooks";

type AgentEvent = {
  type?: string;
  data?: {
    run_id?: string;
    agent_id?: string;
    agent_name?: string;
    tool?: string;
    reason?: string;
    output?: { text?: string };
    error?: { message?: string; code?: string };
    duration_ms?: number;
  };
};

const TRIGGERS: Record<string, string> = {
  "agent.run.started": "ai_agent_trigger_run_started",
  "agent.run.completed": "ai_agent_trigger_run_completed",
  "agent.run.failed": "ai_agent_trigger_run_failed",
  "agent.approval.requested": "ai_agent_trigger_approval_requested",
};

function shorten(text: string | undefined, max = 120): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export const aiAgentInbound: InboundSpec = {
  // verify: webhook-id / webhook-timestamp / webhook-signature ("v1,<base64>", space-separated),
  // HMAC-SHA256 over "<id>.<timestamp>.<raw body>" keyed with the whsec_ secret, 5-minute window.
  // https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#verifying-webhook-authenticity
  // testRequest: the same headers, signed with the endpoint secret, a fresh webhook-id per call.
  ...standardWebhooksInbound,

  eventType: (event) => (typeof (event as AgentEvent)?.type === "string" ? (event as AgentEvent).type! : null),

  trigger: (event) => TRIGGERS[String((event as AgentEvent)?.type)],

  // The agent that sent the event.
  identify: (event) => (event as AgentEvent)?.data?.agent_id ?? null,

  // The agent's own tooling is the only place a run lives, so there is no link back.
  process: (event) => {
    const { type, data = {} } = (event ?? {}) as AgentEvent;
    const agent = data.agent_name ?? data.agent_id ?? "An agent";
    const run = data.run_id ? `run ${data.run_id}` : "a run";
    switch (type) {
      case "agent.run.started":
        return [{ text: `${agent} started ${run}`, sourceUrl: null }];
      case "agent.run.completed": {
        const took = typeof data.duration_ms === "number" ? ` in ${(data.duration_ms / 1000).toFixed(1)} s` : "";
        const output = data.output?.text ? `: ${shorten(data.output.text)}` : "";
        return [{ text: `${agent} completed ${run}${took}${output}`, sourceUrl: null }];
      }
      case "agent.run.failed":
        return [{ text: `${agent} failed ${run}: ${shorten(data.error?.message ?? data.error?.code ?? "unknown error")}`, sourceUrl: null }];
      case "agent.approval.requested":
        return [{ text: `${agent} asks for approval to call ${data.tool ?? "a tool"}${data.reason ? `: ${shorten(data.reason)}` : ""}`, sourceUrl: null }];
      default:
        return [];
    }
  },
};
