// The worker job "process-inbound" (the Core system's IDENTIFY → PROCESS): validate
// each event against its trigger's schema, write its activities, keep the endpoint's
// counters and health, and hand `message:received` to the outbound side.
// Jobs arrive in batches (lib/queue/worker.ts): the events of a batch are read with
// one query and written in one transaction with a handful of statements, whatever
// their number. Per-event transactions cost ~6 ms of Prisma each, which could not
// drain a busy minute of webhooks within a minute (bench/README.md, "ingest").
import "server-only";
import { z } from "zod";
import { db, DbNull } from "../db";
import { groupBy } from "../group-by";
import { publishLive } from "../live/bus";
import { endpointMessage, ENDPOINT_LIVE_SELECT, inboundMessage } from "../live/messages";
import type { Addressed } from "../live/types";
import { emitOutboundEvents, type OutboundEventInput } from "../outbound/emit";
import { withinOutboundLimit } from "../outbound/payload-limit";
import { jobsAdded } from "../queue/wake";
import { evaluateEvent, type Outcome } from "./evaluate-event";
import { readPayload } from "./payload-storage";
import { endpointChanges } from "./endpoint-changes";

export const processInboundPayloadSchema = z.object({ eventId: z.string() });

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

/** One job: the batch of one. */
export async function processInbound(rawPayload: unknown): Promise<void> {
  await processInboundBatch([rawPayload]);
}

export async function processInboundBatch(rawPayloads: unknown[]): Promise<void> {
  const ids = rawPayloads.map((p) => processInboundPayloadSchema.parse(p).eventId);
  const started = Date.now();
  const rows = await db().inboundEvent.findMany({
    // Only events still waiting. A job that runs again (its worker died after this batch
    // committed but before the job was deleted, and the lease lapsed) finds its event
    // processed and does nothing, so no activity or message:received is written twice.
    // Deleted with its endpoint, or rejected: nothing to do either. A replay sets the
    // event back to "accepted" before it enqueues its job.
    where: { id: { in: ids }, status: "accepted" },
    select: { id: true, endpointId: true, providerId: true, eventType: true, payload: true, body: true, receivedAt: true, endpoint: { select: { userId: true, triggerTypes: true } } },
    orderBy: { receivedAt: "asc" },
  });
  if (rows.length === 0) return;
  const work = rows.map(({ body, ...row }) => {
    const event = { ...row, payload: readPayload({ payload: row.payload, body }) };
    return { event, userId: event.endpoint.userId, outcome: evaluateEvent(event) };
  });
  // The batch's time, shared: what a person reads is "how long processing took".
  const durationMs = Math.round((Date.now() - started) / work.length);

  const live = await db().$transaction(async (tx) => {
    // A replay replaces, never duplicates (a replayed event looks new: replay clears processedAt).
    await tx.activity.deleteMany({ where: { inboundEventId: { in: work.map((w) => w.event.id) } } });
    const activities = work.flatMap((w) => w.outcome.activities.map((a) => ({ userId: w.userId, inboundEventId: w.event.id, text: a.text, sourceUrl: a.sourceUrl })));
    if (activities.length > 0) await tx.activity.createMany({ data: activities });
    await markEvents(tx, work, durationMs);

    const messages: Addressed[] = work.map((w) => inboundMessage(w.userId, { ...w.event, status: w.outcome.status, error: w.outcome.error ?? null }));
    const outbound: OutboundEventInput[] = [];
    for (const change of endpointChanges(work)) {
      const endpoint = await tx.integrationWebhook.update({ where: { id: change.endpointId }, data: change.data, select: { ...ENDPOINT_LIVE_SELECT, consecutiveFailures: true } });
      const nextStatus = change.nextStatus(endpoint);
      if (nextStatus !== endpoint.status) {
        await tx.integrationWebhook.update({ where: { id: endpoint.id }, data: { status: nextStatus } });
        outbound.push(change.healthEvent(endpoint, nextStatus));
      }
      messages.push(endpointMessage({ ...endpoint, status: nextStatus }));
    }
    for (const { event, userId, outcome } of work) {
      if (outcome.status !== "processed") continue;
      const payload = {
        endpointId: event.endpointId,
        inboundEventId: event.id,
        provider: event.providerId,
        trigger: outcome.trigger,
        eventType: event.eventType,
        accountId: outcome.accountId ?? null,
        activities: outcome.activities,
        ...(outcome.schemaDrift ? { schemaDrift: outcome.schemaDrift } : {}),
        data: event.payload,
      };
      outbound.push({ userId, type: "message:received", source: event.providerId, payload: withinOutboundLimit(payload) });
    }
    await emitOutboundEvents(tx, outbound);
    return messages;
  });
  jobsAdded(); // the deliveries just committed
  live.forEach(publishLive);
}

// One UPDATE per distinct outcome rather than one per event: a batch of a busy
// endpoint's events mostly shares one.
async function markEvents(tx: Tx, work: Array<{ event: { id: string }; outcome: Outcome }>, durationMs: number) {
  const groups = groupBy(work, ({ outcome }) => JSON.stringify([outcome.status, outcome.error ?? null, outcome.accountId ?? null, outcome.schemaDrift ?? null]));
  const processedAt = new Date();
  for (const group of groups.values()) {
    const ids = group.map((w) => w.event.id);
    const { outcome } = group[0];
    await tx.inboundEvent.updateMany({
      where: { id: { in: ids } },
      data: { status: outcome.status, error: outcome.error ?? null, accountId: outcome.accountId ?? null, schemaDrift: outcome.schemaDrift ?? DbNull, processedAt, durationMs },
    });
  }
}
