// Which X credential each call of twitterRemote carries: the app bearer token for the v2
// Webhooks API and for unsubscribing, the connection's user token for subscribing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_SECRETS } from "@/tests/support/test-db";
import { recordingApi } from "@/tests/support/recording-api";
import type { ProviderApi } from "../../connect-types";
import { resetEnvCache } from "../../../env";
import { secretPolicy, secretRefusal } from "../../../connections/remote/signing-secret";
import { twitter } from "./preset";
import { twitterRemote } from "./remote";

const saved = { ...process.env };
beforeEach(() => {
  Object.assign(process.env, TEST_SECRETS, { TWITTER_BEARER_TOKEN: "app-bearer", TWITTER_CONSUMER_SECRET: "consumer-secret" });
  resetEnvCache();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const URL_ = "https://hooks.test/api/webhooks/twitter/e1";
const APP = { anonymous: true, headers: { authorization: "Bearer app-bearer" } };
const args = { resource: { id: "2244994945", name: "@ada", kind: "account" }, url: URL_, secret: "consumer-secret", triggerTypes: [], config: {} };
const stored = { resource: "2244994945", remoteId: "77", url: URL_, createdAt: "", extra: { userId: "2244994945" } };

describe("twitterRemote.create", () => {
  it("creates the webhook as the app, then subscribes the account with its own token", async () => {
    const { api, calls } = recordingApi({ "GET /2/webhooks": { meta: { result_count: 0 } }, "POST /2/webhooks": { data: { id: "77", url: URL_, valid: true } } });
    expect(await twitterRemote.create(api, args)).toEqual({ remoteId: "77", extra: { userId: "2244994945" } });
    expect(calls).toEqual([
      { method: "GET", path: "/2/webhooks", options: APP },
      { method: "POST", path: "/2/webhooks", options: { ...APP, json: { url: URL_ } } },
      { method: "POST", path: "/2/account_activity/webhooks/77/subscriptions/all", options: { json: {} } },
    ]);
  });

  it("reuses the webhook X already has for this URL (another account of the same user)", async () => {
    const { api, calls } = recordingApi({
      "GET /2/webhooks": {
        data: [
          { id: "55", url: "https://elsewhere.test/x" },
          { id: "77", url: URL_, valid: true },
        ],
      },
    });
    expect((await twitterRemote.create(api, args)).remoteId).toBe("77");
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["GET /2/webhooks", "POST /2/account_activity/webhooks/77/subscriptions/all"]);
  });

  it("deletes the webhook it created when the subscription is refused", async () => {
    const { api, calls } = recordingApi({ "GET /2/webhooks": {}, "POST /2/webhooks": { data: { id: "78", url: URL_ } } });
    const refusing: ProviderApi = {
      ...api,
      request: async (method, path, options) => {
        const answer = await api.request(method, path, options);
        if (path.endsWith("/subscriptions/all")) throw Object.assign(new Error("X (Twitter) POST …: HTTP 403: client-not-enrolled"), { status: 403 });
        return answer;
      },
    };
    await expect(twitterRemote.create(refusing, args)).rejects.toThrow("client-not-enrolled");
    expect(calls.at(-1)).toEqual({ method: "DELETE", path: "/2/webhooks/78", options: APP });
  });

  it("names TWITTER_BEARER_TOKEN when the server has none, before calling X", async () => {
    delete process.env.TWITTER_BEARER_TOKEN;
    resetEnvCache();
    const { api, calls } = recordingApi();
    await expect(twitterRemote.create(api, args)).rejects.toThrow("TWITTER_BEARER_TOKEN");
    expect(calls).toEqual([]);
  });
});

describe("twitterRemote.delete", () => {
  it("unsubscribes the account as the app and deletes the webhook once no account is left on it", async () => {
    const { api, calls } = recordingApi({ "GET /2/account_activity/webhooks/77/subscriptions/all/list": { data: { webhook_id: "77", subscriptions: [] } } });
    await twitterRemote.delete(api, stored);
    expect(calls).toEqual([
      { method: "DELETE", path: "/2/account_activity/webhooks/77/subscriptions/2244994945/all", options: APP },
      { method: "GET", path: "/2/account_activity/webhooks/77/subscriptions/all/list", options: APP },
      { method: "DELETE", path: "/2/webhooks/77", options: APP },
    ]);
  });

  it("keeps the webhook while another account is still subscribed to it", async () => {
    const { api, calls } = recordingApi({ "GET /2/account_activity/webhooks/77/subscriptions/all/list": { data: { subscriptions: [{ user_id: "999" }] } } });
    await twitterRemote.delete(api, stored);
    expect(calls.map((c) => c.method)).toEqual(["DELETE", "GET"]);
  });
});

describe("twitterRemote.list and listResources", () => {
  it("reports X's invalid (failed CRC) webhooks as inactive, and the connected account as the one resource", async () => {
    const { api } = recordingApi({ "GET /2/webhooks": { data: [{ id: "77", url: URL_, valid: false }] } }, { username: "ada" });
    expect(await twitterRemote.list!(api, "2244994945")).toEqual([{ remoteId: "77", url: URL_, active: false }]);
    expect(await twitterRemote.listResources(api, {})).toEqual([{ id: "account-1", name: "@ada", kind: "account" }]);
  });
});

describe("the consumer secret", () => {
  it("is the server's TWITTER_CONSUMER_SECRET, never a generated one, and registration waits for it", () => {
    expect(secretPolicy(twitter, twitterRemote)).toEqual({ use: "consumer-secret", generate: false });
    expect(secretRefusal(twitter, twitterRemote, "consumer-secret", 1)).toBeUndefined();
    delete process.env.TWITTER_CONSUMER_SECRET;
    resetEnvCache();
    expect(secretPolicy(twitter, twitterRemote)).toEqual({ use: undefined, generate: false });
    expect(secretRefusal(twitter, twitterRemote, "a-secret-a-user-pasted", 0)).toContain("TWITTER_CONSUMER_SECRET");
  });
});
