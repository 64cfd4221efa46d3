// The App Router route (used under `next dev`) answers exactly like the node:http
// fast path of `npm start`: both call receiveWebhook().
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { POST } from "@/app/api/webhooks/[provider]/[endpointId]/route";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { db } from "../db";
import { encryptSecret } from "../crypto";

useTestDatabase();

function signed(body: string, secret: string) {
  return "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
}

describe("POST /api/webhooks/{provider}/{endpointId} (route handler)", () => {
  it("stores a signed delivery with its job in one go, and rejects a bad signature", async () => {
    const user = await db().user.create({ data: { email: "route@hookyard.test" } });
    const endpoint = await db().integrationWebhook.create({
      data: { userId: user.id, providerId: "github", triggerTypes: ["github_trigger_push"], integrationConfig: { signing_secret: encryptSecret("route-secret") } },
    });
    const body = JSON.stringify(pushSample);
    const call = (signature: string) =>
      POST(
        new Request(`http://internal/api/webhooks/github/${endpoint.id}`, {
          method: "POST",
          body,
          headers: { "content-type": "application/json", "x-github-event": "push", "x-github-delivery": "d-1", "x-hub-signature-256": signature },
        }),
        { params: Promise.resolve({ provider: "github", endpointId: endpoint.id }) },
      );

    const accepted = await call(signed(body, "route-secret"));
    expect(accepted.status).toBe(202);
    const { id } = (await accepted.json()) as { id: string };
    const row = await db().inboundEvent.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "accepted", eventType: "push", deliveryId: "d-1" });
    expect(Buffer.from(row.body!).toString()).toBe(body);
    expect(await db().job.count({ where: { kind: "process-inbound" } })).toBe(1);

    const rejected = await call(signed(body, "other-secret"));
    expect(rejected.status).toBe(401);
    expect(await db().inboundEvent.count({ where: { status: "rejected" } })).toBe(1);
    expect(await db().job.count()).toBe(1);
  });
});
