import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_SECRETS } from "@/tests/support/test-db";
import { recordingApi } from "@/tests/support/recording-api";
import { resetEnvCache } from "../../../env";
import { DEFAULT_LEASE_SECONDS, youtubeRemote } from "./remote";

const saved = { ...process.env };
beforeEach(() => {
  Object.assign(process.env, TEST_SECRETS);
  delete process.env.HOOKYARD_PROVIDER_YOUTUBE_HUB_URL;
  resetEnvCache();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const CHANNEL = "UC_x5XG1OV2P6uZZ5FSM9Ttw";
const TOPIC = `https://www.youtube.com/xml/feeds/videos.xml?channel_id=${CHANNEL}`;
const args = (config: Record<string, unknown> = {}) => ({
  resource: { id: CHANNEL, name: "Google for Developers", kind: "channel" },
  url: "https://hooks.test/api/webhooks/youtube/e1",
  secret: "hub-secret-0123456789abcdef0123456789",
  triggerTypes: [],
  config,
});

describe("youtubeRemote", () => {
  it("subscribes at Google's hub, without a token, with hub.secret and a lease", async () => {
    const { api, calls } = recordingApi();
    const before = Date.now();
    const created = await youtubeRemote.create(api, args());
    expect(calls).toEqual([
      {
        method: "POST",
        path: "https://pubsubhubbub.appspot.com/subscribe",
        options: {
          anonymous: true,
          form: {
            "hub.verify": "async",
            "hub.mode": "subscribe",
            "hub.callback": "https://hooks.test/api/webhooks/youtube/e1",
            "hub.topic": TOPIC,
            "hub.secret": "hub-secret-0123456789abcdef0123456789",
            "hub.lease_seconds": String(DEFAULT_LEASE_SECONDS),
          },
        },
      },
    ]);
    expect(created.remoteId).toBe(TOPIC);
    expect(created.expiresAt!.getTime()).toBeGreaterThanOrEqual(before + DEFAULT_LEASE_SECONDS * 1000);
  });

  it("uses HOOKYARD_PROVIDER_YOUTUBE_HUB_URL and the lease of the settings", async () => {
    process.env.HOOKYARD_PROVIDER_YOUTUBE_HUB_URL = "http://127.0.0.1:9/hub";
    resetEnvCache();
    const { api, calls } = recordingApi();
    await youtubeRemote.renew!(api, { resource: CHANNEL, remoteId: TOPIC, url: "https://hooks.test/x", createdAt: "" }, args({ leaseSeconds: 60 }));
    expect(calls[0].path).toBe("http://127.0.0.1:9/hub");
    expect(calls[0].options.form).toMatchObject({ "hub.mode": "subscribe", "hub.lease_seconds": "60" });
  });

  it("unsubscribes the callback from the topic, sending no secret", async () => {
    const { api, calls } = recordingApi();
    await youtubeRemote.delete(api, { resource: CHANNEL, remoteId: TOPIC, url: "https://hooks.test/x", createdAt: "" });
    expect(calls[0].options).toEqual({ anonymous: true, form: { "hub.verify": "async", "hub.mode": "unsubscribe", "hub.callback": "https://hooks.test/x", "hub.topic": TOPIC } });
  });

  it("follows the configured channel, else the account's own", async () => {
    const { api, calls } = recordingApi({ "GET /youtube/v3/channels": { items: [{ id: "UCmine", snippet: { title: "Mine" } }] } });
    expect(await youtubeRemote.listResources(api, { channelId: CHANNEL })).toEqual([{ id: CHANNEL, name: CHANNEL, kind: "channel" }]);
    expect(calls).toEqual([]);
    expect(await youtubeRemote.listResources(api, {})).toEqual([{ id: "UCmine", name: "Mine", kind: "channel" }]);
    expect(calls[0].options.query).toMatchObject({ mine: "true" });
  });
});
