// Events a logic step (rule engine, scheduler, script or any custom sender) sends to
// Hookyard. Hookyard's own generic envelope, in the payload shape the Standard Webhooks
// spec recommends: {type, timestamp, data}. The generic trigger accepts any dotted type;
// the other two fix the type and the data fields Hookyard shows.
// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import eventSample from "./fixtures/event.json";
import conditionMatchedSample from "./fixtures/condition-matched.json";
import scheduleFiredSample from "./fixtures/schedule-fired.json";

const timestamp = z.iso.datetime({ offset: true });

export const eventSchema = z.looseObject({
  // Dotted, lower-case event name chosen by the sender, e.g. "inventory.low_stock".
  type: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, "type must be dotted lower-case words, e.g. order.created"),
  timestamp,
  data: z.record(z.string(), z.unknown()),
});

export const conditionMatchedSchema = z.looseObject({
  type: z.literal("logic.condition.matched"),
  timestamp,
  data: z.looseObject({
    rule_id: z.string().min(1),
    rule_name: z.string().optional(),
    matched: z.literal(true),
    input: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const scheduleFiredSchema = z.looseObject({
  type: z.literal("logic.schedule.fired"),
  timestamp,
  data: z.looseObject({
    schedule_id: z.string().min(1),
    schedule_name: z.string().optional(),
    cron: z.string().optional(),
    scheduled_for: timestamp,
  }),
});

export const LOGIC_TRIGGERS: TriggerDefinition[] = [
  { value: "logic_trigger_event", eventTypes: [], group: "event", description: "Any signed event your own code sends", schema: eventSchema, sample: eventSample },
  {
    value: "logic_trigger_condition_matched",
    eventTypes: ["logic.condition.matched"],
    group: "condition",
    description: "A rule or condition you evaluate turns true",
    schema: conditionMatchedSchema,
    sample: conditionMatchedSample,
  },
  {
    value: "logic_trigger_schedule_fired",
    eventTypes: ["logic.schedule.fired"],
    group: "schedule",
    description: "A scheduled job or cron timer fires",
    schema: scheduleFiredSchema,
    sample: scheduleFiredSample,
  },
];
