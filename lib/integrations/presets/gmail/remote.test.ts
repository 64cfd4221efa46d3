import { describe, expect, it } from "vitest";
import { recordingApi } from "@/tests/support/recording-api";
import { gmailRemote } from "./remote";

const resource = { id: "me", name: "ada@gmail.com", kind: "mailbox" };
const args = (config: Record<string, unknown>) => ({ resource, url: "https://hooks.test/api/webhooks/gmail/e1", secret: "s".repeat(32), triggerTypes: [], config });

describe("gmailRemote", () => {
  it("refuses to watch without a topic, before calling Gmail", async () => {
    const { api, calls } = recordingApi();
    await expect(gmailRemote.create(api, args({}))).rejects.toThrow(/topicName/);
    expect(calls).toEqual([]);
  });

  it("watches the topic, filtering on the chosen labels, and keeps Gmail's expiration", async () => {
    const expiration = String(Date.now() + 7 * 24 * 3600_000);
    const { api, calls } = recordingApi({ "POST /gmail/v1/users/me/watch": { historyId: "1234", expiration } });
    const created = await gmailRemote.create(api, args({ topicName: "projects/p/topics/t", labelIds: ["INBOX"] }));
    expect(calls).toEqual([{ method: "POST", path: "/gmail/v1/users/me/watch", options: { json: { topicName: "projects/p/topics/t", labelIds: ["INBOX"], labelFilterBehavior: "include" } } }]);
    expect(created).toEqual({ remoteId: "projects/p/topics/t", expiresAt: new Date(Number(expiration)), extra: { historyId: "1234" } });
  });

  it("renews by watching again and stops with users.stop", async () => {
    const { api, calls } = recordingApi({ "POST /gmail/v1/users/me/watch": { historyId: "1", expiration: "1900000000000" } });
    const webhook = { resource: "me", remoteId: "projects/p/topics/t", url: "https://hooks.test/x", createdAt: "" };
    await gmailRemote.renew!(api, webhook, args({ topicName: "projects/p/topics/t" }));
    await gmailRemote.delete(api, webhook);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /gmail/v1/users/me/watch", "POST /gmail/v1/users/me/stop"]);
    expect(calls[0].options.json).toEqual({ topicName: "projects/p/topics/t" });
  });
});
