// Hands an event to the outbound side, in the caller's transaction: one
// OutboundEvent row, and one Delivery plus its "deliver" job per enabled
// subscription of the user whose eventTypes match (DESIGN.md §1). Nothing can be
// emitted without its deliveries, and no delivery exists without its job.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { timeOrderedId } from "../time-ordered-id";
import { subscribes, type OutboundEventType } from "./event-types";
import { insertFanout, type FanoutTx } from "./insert-fanout";

export { OUTBOUND_EVENT_TYPES, type OutboundEventType } from "./event-types";

/** Envelopes above this are refused at the source (DESIGN.md §3 limits). */
export const MAX_OUTBOUND_PAYLOAD_BYTES = 256 * 1024;

type Tx = Pick<Db, "outboundWebhook"> & FanoutTx;

export type EmitOptions = {
  /** Only this subscription (test events), whatever its eventTypes. */
  onlyWebhookId?: string;
  /** Every matching subscription but this one (a failing subscription's health warning). */
  exceptWebhookId?: string;
  /** Store the event even when no subscription takes it (a test send answers with its id). */
  storeAlways?: boolean;
};

export type OutboundEventInput = { userId: string; type: OutboundEventType; source: string; payload: unknown };

export async function emitOutboundEvent(tx: Tx, event: OutboundEventInput, options: EmitOptions = {}) {
  const [emitted] = await emitOutboundEvents(tx, [event], options);
  return emitted;
}

/**
 * Many events at once (the worker's batches): one lookup of subscriptions for all the
 * users, then one insert each for the events, their deliveries and the deliveries' jobs,
 * whatever the number of events, so the cost per event stays small (insert-fanout.ts).
 * An event that no subscription wants is not stored (its id is null): nothing would
 * ever send or show it, and most inbound events of a busy endpoint are such.
 */
export async function emitOutboundEvents(tx: Tx, events: OutboundEventInput[], options: EmitOptions = {}) {
  if (events.length === 0) return [];
  const webhooks = await tx.outboundWebhook.findMany({
    where: { userId: { in: [...new Set(events.map((e) => e.userId))] }, enabled: true, ...(options.onlyWebhookId ? { id: options.onlyWebhookId } : {}) },
    select: { id: true, userId: true, eventTypes: true },
  });
  const emitted = events.map((event) => {
    const targets = webhooks.filter((w) => w.userId === event.userId && w.id !== options.exceptWebhookId && (options.onlyWebhookId || subscribes(w.eventTypes, event.type)));
    return { event, id: targets.length > 0 || options.storeAlways ? randomUUID() : null, targets };
  });
  const stored = emitted.filter((e) => e.id !== null);
  if (stored.length > 0) {
    const now = new Date();
    const deliveries = stored.flatMap(({ id, targets }) => targets.map((webhook) => ({ id: randomUUID(), outboundEventId: id!, webhookId: webhook.id })));
    await insertFanout(tx, {
      events: stored.map(({ id, event }) => ({ id: id!, userId: event.userId, type: event.type, source: event.source, payload: event.payload })),
      deliveries,
      // Time-ordered, as the receiver's jobs: appended to the primary-key index, not spread over it.
      jobs: deliveries.map((d) => ({ id: timeOrderedId(now.getTime()), deliveryId: d.id })),
      now,
    });
  }
  return emitted.map(({ id, targets }) => ({ id, deliveries: targets.length }));
}
