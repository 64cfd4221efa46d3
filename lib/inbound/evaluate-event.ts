// What one inbound event comes to, without touching the database: its trigger, whether
// the endpoint subscribes to it, whether the payload matches the trigger's schema, and
// then IDENTIFY (the account) and PROCESS (the activities) of its preset.
//
// Nothing verified is dropped (issue 11): an event type without a hand-written trigger
// gets its catalog trigger, or one named after the type; an event without a hand-written
// process() gets a generic activity; a payload that does not match its schema is still
// processed from the fields present and marked with its schema drift. "ignored" is left
// for events the endpoint's trigger types exclude, and "failed" for real processing errors.
import "server-only";
import { findTrigger, subscribesTo, triggerForEventType } from "../integrations/catalog-triggers";
import { getPreset } from "../integrations/registry";
import { genericActivity } from "./generic-activity";
import type { Activity, InboundSpec } from "./types";

export type Outcome = {
  status: "processed" | "ignored" | "failed";
  error?: string;
  accountId?: string | null;
  activities: Activity[];
  trigger?: string;
  /** The first schema issues of a payload that does not match its trigger's schema; absent when it matches. */
  schemaDrift?: string[];
};

type EventToEvaluate = { providerId: string; payload: unknown; eventType: string | null; endpoint: { triggerTypes: unknown } };

const DRIFT_ISSUES_KEPT = 5;

export function evaluateEvent(event: EventToEvaluate): Outcome {
  const preset = getPreset(event.providerId);
  const spec = preset?.inbound;
  if (!preset || !spec) return { status: "failed", error: `no inbound support for ${event.providerId}`, activities: [] };
  const { payload, eventType } = event;
  const trigger = readTrigger(spec.trigger, payload, eventType) ?? triggerForEventType(preset, eventType);
  if (!subscribesTo(event.endpoint.triggerTypes, trigger)) {
    return { status: "ignored", error: `${trigger} is not among this endpoint's trigger types`, activities: [], trigger };
  }
  const valid = findTrigger(preset, trigger)?.schema.safeParse(payload);
  const schemaDrift = valid && !valid.success ? valid.error.issues.slice(0, DRIFT_ISSUES_KEPT).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) : undefined;
  try {
    const activities = spec.process(payload);
    return {
      status: "processed",
      accountId: spec.identify(payload),
      activities: activities.length > 0 ? activities : [genericActivity(preset.name, eventType, payload)],
      trigger,
      ...(schemaDrift ? { schemaDrift } : {}),
    };
  } catch (error) {
    // A preset's process() that trips over a drifted payload is the drift's doing, not a
    // processing error: the generic activity reads whatever fields are there.
    if (schemaDrift) return { status: "processed", accountId: safeIdentify(spec.identify, payload), activities: [genericActivity(preset.name, eventType, payload)], trigger, schemaDrift };
    return { status: "failed", error: `processing failed: ${(error as Error).message}`, activities: [], trigger };
  }
}

/**
 * trigger() reads the payload before any schema has checked it: a throw there (a `null` body,
 * a number where a string was expected) falls back to the event type's trigger, and the
 * schema check below records the drift, instead of failing the worker's whole batch.
 */
function readTrigger(trigger: InboundSpec["trigger"], payload: unknown, eventType: string | null): string | undefined {
  try {
    return trigger(payload, eventType);
  } catch {
    return undefined;
  }
}

function safeIdentify(identify: (event: unknown) => string | null, payload: unknown): string | null {
  try {
    return identify(payload);
  } catch {
    return null;
  }
}
