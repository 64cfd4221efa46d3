// After an attempt: its DeliveryAttempt row (written by reserveAttempt) completed, then the delivery's next state and the
// subscription's health, in one transaction (DESIGN.md §3 retries):
//   2xx → succeeded; a failing subscription is healthy again (app:health_cleared)
//   410 → failed at once, the subscription is disabled
//   else → retried on HOOKYARD_RETRY_SCHEDULE; after the last attempt failed (kept,
//          retryable by hand) and the subscription is failing (app:health_warning)
// Health events go to the user's other subscriptions.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { emitOutboundEvent } from "./emit";
import { publishLive } from "../live/bus";
import { deliveryMessage } from "../live/messages";
import type { HttpOutcome } from "./http";

type DeliveryState = { id: string; attempts: number; outboundEventId: string };
type WebhookState = { id: string; userId: string; name: string; url: string; health: string; consecutiveFailures: number };

/** A success changes nothing on a subscription that has no failures to clear. */
export function successLeavesHealthAlone(webhook: Pick<WebhookState, "health" | "consecutiveFailures">): boolean {
  return webhook.consecutiveFailures === 0 && webhook.health !== "failing";
}

export async function recordOutcome(delivery: DeliveryState, webhook: WebhookState, outcome: HttpOutcome, attemptId: string, manual: boolean): Promise<void> {
  const attempts = delivery.attempts + 1;
  const schedule = env().HOOKYARD_RETRY_SCHEDULE;
  const retryIn = !outcome.ok && outcome.statusCode !== 410 && !manual && attempts < schedule.length ? schedule[attempts] : null;
  const last = { lastStatusCode: outcome.statusCode, lastError: outcome.ok ? null : outcome.error.slice(0, 1000), lastResponse: outcome.responseExcerpt };

  await db().$transaction(async (tx) => {
    await tx.deliveryAttempt.update({
      where: { id: attemptId },
      data: { durationMs: outcome.durationMs, statusCode: outcome.statusCode, error: outcome.ok ? null : outcome.error.slice(0, 1000), responseExcerpt: outcome.responseExcerpt },
    });
    if (retryIn !== null) {
      const runAt = new Date(Date.now() + retryIn);
      await tx.delivery.update({ where: { id: delivery.id }, data: { attempts, nextAttemptAt: runAt, ...last } });
      await tx.job.create({ data: { kind: "deliver", payload: { deliveryId: delivery.id }, runAt } });
      return;
    }
    await tx.delivery.update({ where: { id: delivery.id }, data: { attempts, status: outcome.ok ? "succeeded" : "failed", nextAttemptAt: null, ...last } });
    const about = { webhookId: webhook.id, name: webhook.name, url: webhook.url };
    if (outcome.ok) {
      // Every delivery of a subscription would otherwise write its one row, and on
      // PostgreSQL wait for the lock that reservations of that subscription take.
      if (!successLeavesHealthAlone(webhook)) {
        await tx.outboundWebhook.update({ where: { id: webhook.id }, data: { consecutiveFailures: 0, ...(webhook.health === "failing" ? { health: "healthy" } : {}) } });
      }
      if (webhook.health === "failing") await emitOutboundEvent(tx, { userId: webhook.userId, type: "app:health_cleared", source: "hookyard", payload: about }, { exceptWebhookId: webhook.id });
    } else if (outcome.statusCode === 410) {
      await tx.outboundWebhook.update({ where: { id: webhook.id }, data: { enabled: false, health: "disabled" } });
      await emitOutboundEvent(
        tx,
        { userId: webhook.userId, type: "app:health_warning", source: "hookyard", payload: { ...about, reason: "the target answered 410 Gone; the subscription was disabled" } },
        { exceptWebhookId: webhook.id },
      );
    } else {
      await tx.outboundWebhook.update({ where: { id: webhook.id }, data: { consecutiveFailures: { increment: 1 }, health: "failing" } });
      if (webhook.health !== "failing") {
        await emitOutboundEvent(
          tx,
          { userId: webhook.userId, type: "app:health_warning", source: "hookyard", payload: { ...about, reason: `a delivery failed after ${attempts} attempts: ${last.lastError}` } },
          { exceptWebhookId: webhook.id },
        );
      }
    }
  });
  const status = retryIn !== null ? "pending" : outcome.ok ? "succeeded" : "failed";
  publishLive(deliveryMessage(webhook.userId, { id: delivery.id, webhookId: webhook.id, status, attempts, lastStatusCode: outcome.statusCode }));
}
