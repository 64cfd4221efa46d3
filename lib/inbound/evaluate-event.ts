// What one inbound event comes to, without touching the database: its trigger, whether
// the endpoint subscribes to it, whether the payload matches the trigger's schema, and
// then IDENTIFY (the account) and PROCESS (the activities) of its preset.
import "server-only";
import { getPreset } from "../integrations/registry";

export type Outcome = {
  status: "processed" | "ignored" | "failed";
  error?: string;
  accountId?: string | null;
  activities: { text: string; sourceUrl: string | null }[];
  trigger?: string;
};

type EventToEvaluate = { providerId: string; payload: unknown; eventType: string | null; endpoint: { triggerTypes: unknown } };

export function evaluateEvent(event: EventToEvaluate): Outcome {
  const preset = getPreset(event.providerId);
  const spec = preset?.inbound;
  if (!preset || !spec) return { status: "failed", error: `no inbound support for ${event.providerId}`, activities: [] };
  const { payload, eventType } = event;
  const subscribed = event.endpoint.triggerTypes;
  const trigger = spec.trigger(payload, eventType);
  const definition = preset.triggers.find((t) => t.value === trigger);
  if (!trigger || !definition) return { status: "ignored", error: `no trigger for ${preset.name} event ${eventType ?? "(unnamed)"}`, activities: [] };
  if (Array.isArray(subscribed) && !subscribed.includes(trigger)) return { status: "ignored", error: `${trigger} is not among this endpoint's trigger types`, activities: [], trigger };
  const valid = definition.schema.safeParse(payload);
  if (!valid.success) {
    const issues = valid.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    return { status: "failed", error: `payload does not match ${trigger}: ${issues}`, activities: [], trigger };
  }
  try {
    return { status: "processed", accountId: spec.identify(payload), activities: spec.process(payload), trigger };
  } catch (error) {
    return { status: "failed", error: `processing failed: ${(error as Error).message}`, activities: [], trigger };
  }
}
