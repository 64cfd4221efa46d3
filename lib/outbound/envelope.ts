// The body every subscription receives (DESIGN.md §3), as compact JSON: a receiver
// that re-serializes the parsed body gets the same bytes (the OpenWork example).
import "server-only";

export type Envelope = {
  event: { id: string; type: string; timestamp: string; userId: string; source: string; payload: unknown };
  webhook: { id: string; name: string };
};

export function envelopeBody(event: { id: string; type: string; createdAt: Date; userId: string; source: string; payload: unknown }, webhook: { id: string; name: string }): string {
  const envelope: Envelope = {
    event: { id: event.id, type: event.type, timestamp: event.createdAt.toISOString(), userId: event.userId, source: event.source, payload: event.payload },
    webhook: { id: webhook.id, name: webhook.name },
  };
  return JSON.stringify(envelope);
}
