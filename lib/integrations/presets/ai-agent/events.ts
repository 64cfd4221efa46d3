// Events an AI agent (any framework or hosted agent platform) sends to Hookyard. This
// is Hookyard's own generic envelope, shaped the way the Standard Webhooks spec
// recommends for payloads: {type, timestamp, data}, with a dotted type such as
// "agent.run.completed", an ISO 8601 timestamp and the event's fields under data.
// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import runStartedSample from "./fixtures/run-started.json";
import runCompletedSample from "./fixtures/run-completed.json";
import runFailedSample from "./fixtures/run-failed.json";
import approvalRequestedSample from "./fixtures/approval-requested.json";

function agentEvent<T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.looseObject({ type: z.literal(type), timestamp: z.iso.datetime({ offset: true }), data });
}

const run = { run_id: z.string().min(1), agent_id: z.string().min(1), agent_name: z.string().optional() };
const usage = z.looseObject({ input_tokens: z.number().int(), output_tokens: z.number().int() }).optional();

export const runStartedSchema = agentEvent("agent.run.started", z.looseObject({ ...run, status: z.literal("running"), started_at: z.iso.datetime({ offset: true }).optional() }));

export const runCompletedSchema = agentEvent(
  "agent.run.completed",
  z.looseObject({
    ...run,
    status: z.literal("completed"),
    output: z.looseObject({ text: z.string().optional() }).optional(),
    usage,
    duration_ms: z.number().nonnegative().optional(),
  }),
);

export const runFailedSchema = agentEvent(
  "agent.run.failed",
  z.looseObject({
    ...run,
    status: z.literal("failed"),
    error: z.looseObject({ code: z.string().optional(), message: z.string(), retryable: z.boolean().optional() }),
    usage,
  }),
);

export const approvalRequestedSchema = agentEvent(
  "agent.approval.requested",
  z.looseObject({
    approval_id: z.string().min(1),
    ...run,
    tool: z.string().min(1),
    arguments: z.record(z.string(), z.unknown()).optional(),
    reason: z.string().optional(),
    expires_at: z.iso.datetime({ offset: true }).optional(),
  }),
);

export const AI_AGENT_TRIGGERS: TriggerDefinition[] = [
  { value: "ai_agent_trigger_run_started", eventTypes: ["agent.run.started"], group: "run", description: "An agent run starts", schema: runStartedSchema, sample: runStartedSample },
  {
    value: "ai_agent_trigger_run_completed",
    eventTypes: ["agent.run.completed"],
    group: "run",
    description: "An agent run finishes with a result",
    schema: runCompletedSchema,
    sample: runCompletedSample,
  },
  { value: "ai_agent_trigger_run_failed", eventTypes: ["agent.run.failed"], group: "run", description: "An agent run stops with an error", schema: runFailedSchema, sample: runFailedSample },
  {
    value: "ai_agent_trigger_approval_requested",
    eventTypes: ["agent.approval.requested"],
    group: "approval",
    description: "An agent asks a human to approve a tool call",
    schema: approvalRequestedSchema,
    sample: approvalRequestedSample,
  },
];
