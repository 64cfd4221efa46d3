import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { GITLAB_TRIGGERS } from "./events";
import { gitlabInbound } from "./inbound";

// GitLab's scheme has no signature to reproduce: the secret token comes back verbatim in
// X-Gitlab-Token, so there is no published vector; the token below is made up for these tests.
const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/gitlab/ep_123";
const NOW = 1_741_700_000_000;
const TOKEN = "Rk2pT4tWq9Lz7sVx3bN8cJ5mH1gD6fA0yU_eXoQiKlE";
const EVENT_UUID = "13792a34-cac6-4fda-95a8-c58e00a3954e";
const HEADERS: Record<string, string> = {
  gitlab_trigger_push: "Push Hook",
  gitlab_trigger_merge_request: "Merge Request Hook",
  gitlab_trigger_issue: "Issue Hook",
  gitlab_trigger_pipeline: "Pipeline Hook",
};

function request(body: string, headers: Record<string, string>): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.from(body) };
}

/** `secret: null` builds an endpoint with no token configured. */
function context(req: InboundRequest, secret: string | null = TOKEN): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: Date.now() };
}

/** This scheme needs no fetch, so its verify() answers synchronously. */
function verify(ctx: VerifyContext): Verdict {
  const verdict = gitlabInbound.verify(ctx);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

function delivery(body: string, event: string, token = TOKEN): InboundRequest {
  return request(body, { "content-type": "application/json", "x-gitlab-event": event, "x-gitlab-event-uuid": EVENT_UUID, "x-gitlab-token": token });
}

describe("GitLab inbound", () => {
  it.each(GITLAB_TRIGGERS.map((t) => [t.value, t] as const))("%s: a fixture with the right token verifies, parses and maps back", (_value, def) => {
    const req = delivery(JSON.stringify(def.sample), HEADERS[def.value]);
    expect(verify(context(req))).toEqual({ ok: true });
    const event = gitlabInbound.parse(req);
    expect(def.schema.safeParse(event).success).toBe(true);
    const type = gitlabInbound.eventType(event, req);
    expect(type).toBe(HEADERS[def.value]);
    expect(gitlabInbound.trigger(event, type)).toBe(def.value);
    expect(gitlabInbound.deliveryId(event, req)).toBe(EVENT_UUID);

    expect(verify(context(req, "a-different-token")).ok).toBe(false);
    expect(verify(context(req, null)).ok).toBe(false);
  });

  // The token does not cover the body (GitLab signs nothing), so a changed body cannot be told
  // apart; what can be tampered with is the token itself.
  it("rejects a token that differs in one byte, a truncated token and a missing one", () => {
    const body = JSON.stringify(GITLAB_TRIGGERS[0].sample);
    const flipped = Buffer.from(TOKEN);
    flipped[5] ^= 1;
    expect(verify(context(delivery(body, "Push Hook", flipped.toString())))).toMatchObject({ ok: false });
    expect(verify(context(delivery(body, "Push Hook", TOKEN.slice(0, -1)))).ok).toBe(false);
    expect(verify(context(request(body, { "x-gitlab-event": "Push Hook" }))).ok).toBe(false);
  });

  it("prefers Idempotency-Key, which GitLab keeps across retries, for dedupe", () => {
    const req = delivery("{}", "Push Hook");
    req.headers.set("idempotency-key", "f6a8a2c4-1b2e-4d0a-9c1e-2f3b4a5c6d7e");
    expect(gitlabInbound.deliveryId({}, req)).toBe("f6a8a2c4-1b2e-4d0a-9c1e-2f3b4a5c6d7e");
  });

  it("identifies the acting GitLab user", () => {
    const [push, mergeRequest] = GITLAB_TRIGGERS.map((t) => gitlabInbound.identify(t.sample));
    expect(push).toBe("4");
    expect(mergeRequest).toBe("1");
  });

  it("turns each fixture into a readable activity with a deep link", () => {
    const activities = Object.fromEntries(GITLAB_TRIGGERS.map((t) => [t.value, gitlabInbound.process(t.sample)]));
    expect(activities.gitlab_trigger_push).toEqual([
      {
        text: "John Smith pushed 2 commits to mike/diaspora (master)",
        sourceUrl: "http://example.com/mike/diaspora/-/compare/95790bf891e76fee5e1747ab589903a6a1f80f22...da1560886d4f094c3e6c9ef40349f7d38b5d27d7",
      },
    ]);
    expect(activities.gitlab_trigger_merge_request).toEqual([
      { text: "Administrator opened merge request !1 in gitlabhq/gitlab-test: MS-Viewport", sourceUrl: "http://example.com/diaspora/merge_requests/1" },
    ]);
    expect(activities.gitlab_trigger_issue).toEqual([
      { text: "Administrator opened issue #23 in gitlabhq/gitlab-test: New API: create/update/delete file", sourceUrl: "http://example.com/diaspora/issues/23" },
    ]);
    expect(activities.gitlab_trigger_pipeline).toEqual([{ text: "Pipeline #31 for master in gitlab-org/gitlab-test: success", sourceUrl: "http://example.com/gitlab-org/gitlab-test/-/pipelines/31" }]);
  });
});

describe("GitLab testRequest", () => {
  // For every trigger: the request Hookyard's test button sends verifies with the endpoint's secret,
  // parses back to the trigger and its schema. Idempotency-Key and X-Gitlab-Event-UUID are fresh per call.
  const build = (def: TriggerDefinition) => gitlabInbound.testRequest!({ sample: def.sample, trigger: def.value, secret: TOKEN, config: {}, webhookUrl: WEBHOOK_URL, now: NOW });
  const toRequest = (t: TestRequest): InboundRequest => ({
    method: t.method,
    url: new URL(WEBHOOK_URL + (t.query ?? "")),
    headers: new Headers(t.headers),
    rawBody: Buffer.from(t.body),
  });
  const events = (req: InboundRequest) => {
    const payload = gitlabInbound.parse(req);
    return gitlabInbound.split ? gitlabInbound.split(payload) : [payload];
  };

  it.each(GITLAB_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies, parses back to the trigger, fresh delivery id", async (_value, def) => {
    const first = build(def);
    const req = toRequest(first);
    const ctx: VerifyContext = { request: req, secret: TOKEN, config: {}, webhookUrl: WEBHOOK_URL, now: NOW };
    expect(await gitlabInbound.verify(ctx)).toEqual({ ok: true });
    const parsed = events(req);
    expect(parsed.length).toBeGreaterThan(0);
    for (const event of parsed) {
      expect(gitlabInbound.trigger(event, gitlabInbound.eventType(event, req))).toBe(def.value);
      expect(def.schema.safeParse(event).success).toBe(true);
    }
    expect(first.headers["x-gitlab-token"]).toBe(TOKEN);
    const again = toRequest(build(def));
    const ids = [req, again].map((r) => gitlabInbound.deliveryId(events(r)[0], r));
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBeTruthy();
    expect(ids[1]).not.toBe(ids[0]);
  });
});
