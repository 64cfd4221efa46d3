// process-inbound runs at least once: a job whose worker died after the batch committed
// but before the job was deleted runs again when its lease lapses. Running it again must
// write nothing twice (activities, the outbound message:received and its delivery).
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { encryptSecret } from "../crypto";
import { db } from "../db";
import { processInboundBatch } from "./process-inbound";

useTestDatabase();

async function acceptedPush(deliveryId: string) {
  const user = await db().user.create({ data: { email: `process-${deliveryId}@hookyard.test` } });
  await db().outboundWebhook.create({ data: { userId: user.id, name: "all", url: "https://example.test/hook", eventTypes: ["*"], secret: encryptSecret("s") } });
  const endpoint = await db().integrationWebhook.create({
    data: { userId: user.id, providerId: "github", triggerTypes: ["github_trigger_push"], integrationConfig: { signing_secret: encryptSecret("secret") } },
  });
  const body = JSON.stringify(pushSample);
  const event = await db().inboundEvent.create({
    data: { endpointId: endpoint.id, providerId: "github", eventType: "push", deliveryId, headers: {}, body: new Uint8Array(Buffer.from(body)), payload: pushSample, status: "accepted" },
  });
  return { user, endpoint, event };
}

async function written(userId: string, eventId: string, endpointId: string) {
  const endpoint = await db().integrationWebhook.findUniqueOrThrow({ where: { id: endpointId } });
  return {
    activities: await db().activity.count({ where: { inboundEventId: eventId } }),
    outboundEvents: await db().outboundEvent.count({ where: { userId, type: "message:received" } }),
    deliveries: await db().delivery.count({ where: { outboundEvent: { userId } } }),
    deliverJobs: await db().job.count({ where: { kind: "deliver" } }),
    triggerCount: endpoint.triggerCount,
  };
}

describe("processInboundBatch run again for the same event", () => {
  it("writes activities and message:received once, however often the job runs", async () => {
    const { user, endpoint, event } = await acceptedPush("again-1");
    await processInboundBatch([{ eventId: event.id }]);
    const first = await written(user.id, event.id, endpoint.id);
    expect(first.activities).toBeGreaterThan(0);
    expect(first.outboundEvents).toBe(1);
    expect(first.deliveries).toBe(1);
    expect(first.triggerCount).toBe(1);

    await processInboundBatch([{ eventId: event.id }]); // the lapsed lease's second run
    await processInboundBatch([{ eventId: event.id }, { eventId: event.id }]);
    expect(await written(user.id, event.id, endpoint.id)).toEqual(first);
    const row = await db().inboundEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.status).toBe("processed");
  });
});
