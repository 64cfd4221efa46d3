// A preset's eventType() and deliveryId() read fields of a payload no schema has checked
// yet, and their `string | null` is what the preset hopes, not what it gets: a body whose
// `event.type` is a number or an object passes them straight through, and the store (a text
// column) or the worker (triggerValueFor() slugs a string) then threw: a 500 at the
// receiver (issue 13, found by tests/unit/reliability-verifiers.test.ts).
import "server-only";
import type { InboundRequest, InboundSpec } from "./types";

/** Text as the store keeps it: a string as it is, a finite number as its digits, else null. */
export function identityText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

export function readEventType(spec: InboundSpec, event: unknown, request: InboundRequest): string | null {
  return identityText(spec.eventType(event, request));
}

export function readDeliveryId(spec: InboundSpec, event: unknown, request: InboundRequest): string | null {
  return identityText(spec.deliveryId(event, request));
}
