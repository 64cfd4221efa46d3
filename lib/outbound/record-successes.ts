// Records a batch of 2xx attempts at once (deliver.ts): each attempt row completed and
// each delivery succeeded, in one transaction. Only for subscriptions that are healthy
// already: a success that clears a failing subscription goes through recordOutcome.
// Safe to run twice: a delivery that is no longer pending is left as it is.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { groupBy } from "../group-by";
import { publishLive } from "../live/bus";
import { deliveryMessage } from "../live/messages";
import type { HttpOutcome } from "./http";

/** What a sent attempt must carry to be recorded (deliver.ts passes its own, richer rows). */
export type SentAttempt = {
  delivery: { id: string; webhookId: string; attempts: number; webhook: { userId: string } };
  attemptId: string;
  outcome: HttpOutcome;
};

export async function recordSuccesses(sent: SentAttempt[]): Promise<void> {
  if (sent.length === 0) return;
  // Deliveries that got the same answer are updated together (usually one group).
  const byAnswer = groupBy(sent, (s) => JSON.stringify([s.outcome.statusCode, s.outcome.responseExcerpt]));
  await db().$transaction([
    completeAttempts(sent),
    ...[...byAnswer.values()].map((group) =>
      db().delivery.updateMany({
        where: { id: { in: group.map((s) => s.delivery.id) }, status: "pending" },
        data: { status: "succeeded", attempts: { increment: 1 }, nextAttemptAt: null, lastStatusCode: group[0].outcome.statusCode, lastError: null, lastResponse: group[0].outcome.responseExcerpt },
      }),
    ),
  ]);
  for (const { delivery, outcome } of sent) {
    publishLive(deliveryMessage(delivery.webhook.userId, { id: delivery.id, webhookId: delivery.webhookId, status: "succeeded", attempts: delivery.attempts + 1, lastStatusCode: outcome.statusCode }));
  }
}

// One UPDATE … FROM (VALUES …) for the whole batch: a statement per attempt costs more
// than the request it records.
function completeAttempts(sent: SentAttempt[]) {
  const params = sent.flatMap(({ attemptId, outcome }) => [attemptId, outcome.durationMs, outcome.statusCode, outcome.responseExcerpt]);
  if (env().databaseKind === "sqlite") {
    const values = sent.map(() => "(?, ?, ?, ?)").join(", ");
    return db().$executeRawUnsafe(
      `UPDATE "DeliveryAttempt" SET "durationMs" = v.column2, "statusCode" = v.column3, "error" = NULL, "responseExcerpt" = v.column4
       FROM (VALUES ${values}) AS v WHERE "DeliveryAttempt"."id" = v.column1`,
      ...params,
    );
  }
  const values = sent.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}::int, $${i * 4 + 3}::int, $${i * 4 + 4})`).join(", ");
  return db().$executeRawUnsafe(
    `UPDATE "DeliveryAttempt" SET "durationMs" = v.duration, "statusCode" = v.status, "error" = NULL, "responseExcerpt" = v.excerpt
     FROM (VALUES ${values}) AS v(id, duration, status, excerpt) WHERE "DeliveryAttempt"."id" = v.id`,
    ...params,
  );
}
