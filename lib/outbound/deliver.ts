// The worker job "deliver": one signed POST of an event to one subscription. A claim's
// deliver jobs run together (deliverBatch): one read of their deliveries, one rate-limit
// reservation per subscription, the POSTs in parallel, and the successes recorded in one
// transaction. Deliveries are at-least-once: a worker killed after the POST but before
// the record retries it, with the same webhook-id so receivers can drop the repeat.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { groupBy } from "../group-by";
import { envelopeBody } from "./envelope";
import { postJson, type HttpOutcome } from "./http";
import { nextAllowedAt } from "./rate-limit";
import { recordOutcome, successLeavesHealthAlone } from "./record-outcome";
import { recordSuccesses, type SentAttempt } from "./record-successes";
import { reserveAttempts } from "./reserve-attempt";
import { signingSecrets } from "./secrets";
import { signatureHeaders } from "./sign";

export const deliverPayloadSchema = z.object({ deliveryId: z.string(), manual: z.boolean().optional() });

type Pending = Awaited<ReturnType<typeof loadPending>>[number];
type Sent = SentAttempt & { delivery: Pending; manual: boolean };

export async function deliver(rawPayload: unknown): Promise<void> {
  await deliverBatch([rawPayload]);
}

export async function deliverBatch(rawPayloads: unknown[]): Promise<void> {
  const manual = new Map(rawPayloads.map((raw) => deliverPayloadSchema.parse(raw)).map((p) => [p.deliveryId, p.manual ?? false]));
  const pending = await loadPending([...manual.keys()]);
  const disabled = pending.filter((d) => !d.webhook.enabled);
  if (disabled.length > 0) {
    await db().delivery.updateMany({ where: { id: { in: disabled.map((d) => d.id) } }, data: { status: "failed", nextAttemptAt: null, lastError: "the subscription is disabled" } });
  }
  const attemptedAt = new Date();
  const toSend: { delivery: Pending; attemptId: string }[] = [];
  for (const group of bySubscription(pending.filter((d) => d.webhook.enabled))) {
    const granted = await reserveAttempts(
      group[0].webhookId,
      group.map((d) => d.id),
      attemptedAt,
    );
    for (const delivery of group) {
      const attemptId = granted.get(delivery.id);
      if (attemptId) toSend.push({ delivery, attemptId });
    }
    const waiting = group.filter((d) => !granted.has(d.id));
    if (waiting.length > 0)
      await postpone(
        group[0].webhookId,
        waiting.map((d) => ({ deliveryId: d.id, manual: manual.get(d.id) ?? false })),
      );
  }
  const sent = await Promise.all(
    toSend.map(async ({ delivery, attemptId }): Promise<Sent> => ({ delivery, attemptId, outcome: await send(delivery, attemptedAt), manual: manual.get(delivery.id) ?? false })),
  );
  await record(sent);
}

function loadPending(ids: string[]) {
  return db().delivery.findMany({ where: { id: { in: ids }, status: "pending" }, include: { webhook: true, outboundEvent: true } });
}

function bySubscription(deliveries: Pending[]): Pending[][] {
  return [...groupBy(deliveries, (d) => d.webhookId).values()];
}

/** The subscription used its minute: these wait for the first free slot (never dropped). */
async function postpone(webhookId: string, waiting: { deliveryId: string; manual: boolean }[]) {
  const later = (await nextAllowedAt(webhookId)) ?? new Date(Date.now() + 1000);
  await db().$transaction([
    db().delivery.updateMany({ where: { id: { in: waiting.map((w) => w.deliveryId) } }, data: { nextAttemptAt: later } }),
    db().job.createMany({ data: waiting.map((payload) => ({ kind: "deliver", payload, runAt: later })) }),
  ]);
}

function send({ webhook, outboundEvent: event }: Pending, attemptedAt: Date): Promise<HttpOutcome> {
  const body = envelopeBody(event, webhook);
  const headers = signatureHeaders({ messageId: event.id, timestamp: Math.floor(attemptedAt.getTime() / 1000), body, secrets: signingSecrets(webhook) });
  return postJson(webhook.url, body, headers);
}

/** Plain successes go in one transaction; anything that changes health or schedules a retry, one by one. */
async function record(sent: Sent[]) {
  const plain = sent.filter((s) => s.outcome.ok && successLeavesHealthAlone(s.delivery.webhook));
  await afterRetries(() => recordSuccesses(plain));
  for (const s of sent) if (!plain.includes(s)) await afterRetries(() => recordOutcome(s.delivery, s.delivery.webhook, s.outcome, s.attemptId, s.manual));
}

// The requests have gone out: if recording their outcome fails (a busy database), try the
// record again rather than fail the jobs, which would send the events a second time.
const RECORD_RETRY_DELAYS_MS = [250, 1000, 4000];

async function afterRetries(recordOnce: () => Promise<void>): Promise<void> {
  for (const delay of RECORD_RETRY_DELAYS_MS) {
    try {
      return await recordOnce();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  await recordOnce();
}
