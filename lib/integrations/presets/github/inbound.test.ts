import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { GITHUB_TRIGGERS } from "./events";
import { githubInbound } from "./inbound";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/github/ep_123";
const NOW = 1_741_700_000_000;
const SECRET = "It's a Secret to Everybody";
const DELIVERY = "72d3162e-cc78-11e3-81ab-4c9367dc0958";
const EVENTS: Record<string, string> = {
  github_trigger_push: "push",
  github_trigger_pull_request: "pull_request",
  github_trigger_issues: "issues",
  github_trigger_release: "release",
  github_trigger_workflow_run: "workflow_run",
};

function request(body: string | Buffer, headers: Record<string, string>): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.from(body) };
}

/** `secret: null` builds an endpoint with no webhook secret configured. */
function context(req: InboundRequest, secret: string | null = SECRET): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: Date.now() };
}

/** This scheme needs no fetch, so its verify() answers synchronously. */
function verify(ctx: VerifyContext): Verdict {
  const verdict = githubInbound.verify(ctx);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

/** Signs like GitHub does (self-signed: the fixtures are not a published signed example). */
function signed(body: string, event: string, contentType = "application/json"): InboundRequest {
  const signature = "sha256=" + createHmac("sha256", SECRET).update(body).digest("hex");
  return request(body, { "content-type": contentType, "x-github-event": event, "x-github-delivery": DELIVERY, "x-hub-signature-256": signature });
}

describe("GitHub inbound", () => {
  // GitHub's own test values, "Validating webhook deliveries" → "Testing the webhook payload validation":
  // https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
  it("verifies GitHub's published example (secret, payload and X-Hub-Signature-256)", () => {
    const req = request("Hello, World!", { "x-hub-signature-256": "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17" });
    expect(verify(context(req))).toEqual({ ok: true });
    expect(verify(context({ ...req, rawBody: Buffer.from("Hello, World?") })).ok).toBe(false);
    expect(verify(context(req, "It's a secret to everybody")).ok).toBe(false);
    expect(verify(context(req, null)).ok).toBe(false);
  });

  it.each(GITHUB_TRIGGERS.map((t) => [t.value, t] as const))("%s: a signed fixture verifies, parses and maps back", (_value, def) => {
    const body = JSON.stringify(def.sample);
    const req = signed(body, EVENTS[def.value]);
    expect(verify(context(req))).toEqual({ ok: true });
    const event = githubInbound.parse(req);
    expect(def.schema.safeParse(event).success).toBe(true);
    const type = githubInbound.eventType(event, req);
    expect(type).toBe(EVENTS[def.value]);
    expect(githubInbound.trigger(event, type)).toBe(def.value);
    expect(githubInbound.deliveryId(event, req)).toBe(DELIVERY);
    expect(githubInbound.identify(event)).toBe(String((def.sample as { sender: { id: number } }).sender.id));

    const tampered = Buffer.from(body);
    tampered[tampered.length - 3] ^= 1;
    expect(verify(context({ ...req, rawBody: tampered })).ok).toBe(false);
    expect(verify(context(req, "a-different-secret")).ok).toBe(false);
    expect(verify(context(req, null)).ok).toBe(false);
  });

  it("refuses a missing signature and the legacy SHA-1 header alone", () => {
    const body = JSON.stringify({ zen: "Design for failure." });
    const sha1 = "sha1=" + createHmac("sha1", SECRET).update(body).digest("hex");
    expect(verify(context(request(body, { "x-hub-signature": sha1 }))).ok).toBe(false);
    const bare = createHmac("sha256", SECRET).update(body).digest("hex");
    expect(verify(context(request(body, { "x-hub-signature-256": bare }))).ok).toBe(false);
  });

  it("reads form-encoded deliveries from their payload field, verified on the form bytes", () => {
    const sample = GITHUB_TRIGGERS[0].sample;
    const req = signed(`payload=${encodeURIComponent(JSON.stringify(sample))}`, "push", "application/x-www-form-urlencoded");
    expect(verify(context(req))).toEqual({ ok: true });
    expect(githubInbound.parse(req)).toEqual(sample);
  });

  it("stores the ping as a verified event without a trigger (GitHub has no handshake to answer)", () => {
    const ping = {
      zen: "Keep it logically awesome.",
      hook_id: 109948940,
      hook: { type: "Repository", id: 109948940, events: ["push"] },
      repository: { full_name: "Codertocat/Hello-World", html_url: "https://github.com/Codertocat/Hello-World" },
      sender: { login: "Codertocat", id: 21031067 },
    };
    const req = signed(JSON.stringify(ping), "ping");
    expect(githubInbound.handshake).toBeUndefined();
    expect(verify(context(req))).toEqual({ ok: true });
    const event = githubInbound.parse(req);
    expect(githubInbound.eventType(event, req)).toBe("ping");
    expect(githubInbound.trigger(event, "ping")).toBeUndefined();
    expect(githubInbound.process(event)).toEqual([{ text: "GitHub webhook 109948940 is set up for Codertocat/Hello-World", sourceUrl: "https://github.com/Codertocat/Hello-World" }]);
  });

  it("turns each fixture into a readable activity with a deep link", () => {
    const activities = Object.fromEntries(GITHUB_TRIGGERS.map((t) => [t.value, githubInbound.process(t.sample)]));
    expect(activities.github_trigger_push).toEqual([
      { text: "Codertocat pushed 1 commit to Codertocat/Hello-World (main)", sourceUrl: "https://github.com/Codertocat/Hello-World/compare/6113728f27ae...000000000000" },
    ]);
    expect(activities.github_trigger_pull_request).toEqual([
      { text: "Codertocat opened pull request #2 in Codertocat/Hello-World: Update the README with new information.", sourceUrl: "https://github.com/Codertocat/Hello-World/pull/2" },
    ]);
    expect(activities.github_trigger_issues).toEqual([
      { text: "Codertocat opened issue #1 in Codertocat/Hello-World: Spelling error in the README file", sourceUrl: "https://github.com/Codertocat/Hello-World/issues/1" },
    ]);
    expect(activities.github_trigger_release).toEqual([
      { text: "Codertocat published release v0.0.1 in Codertocat/Hello-World", sourceUrl: "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1" },
    ]);
    expect(activities.github_trigger_workflow_run).toEqual([
      { text: "Workflow Build on main finished: failure in octo-org/octo-repo", sourceUrl: "https://github.com/octo-org/octo-repo/actions/runs/30433642" },
    ]);
    const merged = { ...(GITHUB_TRIGGERS[1].sample as object), action: "closed", pull_request: { title: "Fix", html_url: "https://github.com/o/r/pull/9", merged: true } };
    expect(githubInbound.process(merged)[0].text).toBe("Codertocat merged pull request #2 in Codertocat/Hello-World: Fix");
    expect(githubInbound.process({ action: "created", issue: { number: 1 }, comment: { id: 1 } })).toEqual([]);
  });
});

describe("GitHub testRequest", () => {
  // For every trigger: the request Hookyard's test button sends verifies with the endpoint's secret,
  // parses back to the trigger and its schema. X-GitHub-Delivery is a fresh GUID per call.
  const build = (def: TriggerDefinition) => githubInbound.testRequest!({ sample: def.sample, trigger: def.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW });
  const toRequest = (t: TestRequest): InboundRequest => ({
    method: t.method,
    url: new URL(WEBHOOK_URL + (t.query ?? "")),
    headers: new Headers(t.headers),
    rawBody: Buffer.from(t.body),
  });
  const events = (req: InboundRequest) => {
    const payload = githubInbound.parse(req);
    return githubInbound.split ? githubInbound.split(payload) : [payload];
  };

  it.each(GITHUB_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies, parses back to the trigger, fresh delivery id", async (_value, def) => {
    const first = build(def);
    const req = toRequest(first);
    const ctx: VerifyContext = { request: req, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW };
    expect(await githubInbound.verify(ctx)).toEqual({ ok: true });
    const parsed = events(req);
    expect(parsed.length).toBeGreaterThan(0);
    for (const event of parsed) {
      expect(githubInbound.trigger(event, githubInbound.eventType(event, req))).toBe(def.value);
      expect(def.schema.safeParse(event).success).toBe(true);
    }
    expect(first.headers["x-github-event"]).toBe(EVENTS[def.value]);
    const again = toRequest(build(def));
    const ids = [req, again].map((r) => githubInbound.deliveryId(events(r)[0], r));
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBeTruthy();
    expect(ids[1]).not.toBe(ids[0]);
  });
});
