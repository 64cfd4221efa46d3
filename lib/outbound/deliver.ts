// The worker job "deliver": one signed POST of an event to one subscription.
// Deliveries are at-least-once: a worker killed after the POST but before the
// record retries it, with the same webhook-id so receivers can drop the repeat.
import { z } from "zod";
import { db } from "../db";
import { envelopeBody } from "./envelope";
import { postJson } from "./http";
import { nextAllowedAt } from "./rate-limit";
import { recordOutcome } from "./record-outcome";
import { reserveAttempt } from "./reserve-attempt";
import { signingSecrets } from "./secrets";
import { signatureHeaders } from "./sign";

export const deliverPayloadSchema = z.object({ deliveryId: z.string(), manual: z.boolean().optional() });

export async function deliver(rawPayload: unknown): Promise<void> {
  const { deliveryId, manual = false } = deliverPayloadSchema.parse(rawPayload);
  const delivery = await db().delivery.findUnique({ where: { id: deliveryId }, include: { webhook: true, outboundEvent: true } });
  if (!delivery || delivery.status !== "pending") return;
  const { webhook, outboundEvent: event } = delivery;
  if (!webhook.enabled) {
    await db().delivery.update({ where: { id: delivery.id }, data: { status: "failed", nextAttemptAt: null, lastError: "the subscription is disabled" } });
    return;
  }
  const attemptedAt = new Date();
  const attemptId = await reserveAttempt(delivery.id, webhook.id, attemptedAt);
  if (!attemptId) {
    const later = (await nextAllowedAt(webhook.id)) ?? new Date(Date.now() + 1000);
    await db().$transaction([
      db().delivery.update({ where: { id: delivery.id }, data: { nextAttemptAt: later } }),
      db().job.create({ data: { kind: "deliver", payload: { deliveryId, manual }, runAt: later } }),
    ]);
    return;
  }
  const body = envelopeBody(event, webhook);
  const headers = signatureHeaders({ messageId: event.id, timestamp: Math.floor(attemptedAt.getTime() / 1000), body, secrets: signingSecrets(webhook) });
  const outcome = await postJson(webhook.url, body, headers);
  await afterRetries(() => recordOutcome(delivery, webhook, outcome, attemptId, manual));
}

// The request has gone out: if recording its outcome fails (a busy database), try the
// record again rather than fail the job, which would send the event a second time.
const RECORD_RETRY_DELAYS_MS = [250, 1000, 4000];

async function afterRetries(record: () => Promise<void>): Promise<void> {
  for (const delay of RECORD_RETRY_DELAYS_MS) {
    try {
      return await record();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  await record();
}
