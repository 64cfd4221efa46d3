// The events Hookyard relays to subscriptions (DESIGN.md §3); "*" subscribes to all.
export const OUTBOUND_EVENT_TYPES = [
  "app:connecting",
  "app:connected",
  "app:disconnected",
  "app:health_warning",
  "app:health_cleared",
  "app:health_check",
  "message:received",
  "message:sending",
  "message:sent",
  "agent:invoked",
  "agent:response",
  "agent:error",
] as const;
export type OutboundEventType = (typeof OUTBOUND_EVENT_TYPES)[number];

export function subscribes(eventTypes: unknown, type: string): boolean {
  return Array.isArray(eventTypes) && (eventTypes.includes("*") || eventTypes.includes(type));
}
