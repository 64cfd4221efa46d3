import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { SLACK_TRIGGERS } from "./events";
import { slackInbound } from "./inbound";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/slack/ep_123";
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const NOW = 1_715_163_400_000;

function request(body: string, headers: Record<string, string>): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.from(body) };
}

/** `secret: null` builds an endpoint with no signing secret configured. */
function context(req: InboundRequest, secret: string | null = SECRET, now = NOW): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now };
}

/** This scheme needs no fetch, so its verify() answers synchronously. */
function verify(ctx: VerifyContext): Verdict {
  const verdict = slackInbound.verify(ctx);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

/** Signs like Slack does (self-signed: these bodies are our fixtures, not a published example). */
function signed(body: string, contentType = "application/json", timestamp = Math.floor(NOW / 1000), secret = SECRET): InboundRequest {
  const signature = "v0=" + createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
  return request(body, { "content-type": contentType, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature });
}

describe("Slack inbound", () => {
  // Slack's own example from "Verifying requests from Slack" (a slash command, form-encoded):
  // https://docs.slack.dev/authentication/verifying-requests-from-slack (formerly
  // https://api.slack.com/authentication/verifying-requests-from-slack), section "Validating a request".
  const docsBody =
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  const docsRequest = () =>
    request(docsBody, {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": "1531420618",
      "x-slack-signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    });

  it("verifies Slack's published example and reads it as a slash command", () => {
    const req = docsRequest();
    expect(verify(context(req, SECRET, 1531420618_000 + 30_000))).toEqual({ ok: true });
    const event = slackInbound.parse(req);
    expect(slackInbound.eventType(event, req)).toBe("slash_command");
    expect(slackInbound.deliveryId(event, req)).toBe("398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    expect(slackInbound.trigger(event, "slash_command")).toBeUndefined();
    expect(slackInbound.identify(event)).toBe("T1DC2JH3J");
    expect(slackInbound.process(event)).toEqual([{ text: "roadrunner ran /webhook-collect in #foobar", sourceUrl: "https://slack.com/archives/G8PSS9T3V" }]);
  });

  it("rejects the published example once it is older than five minutes", () => {
    expect(verify(context(docsRequest(), SECRET, 1531420618_000 + 301_000)).ok).toBe(false);
  });

  it.each(SLACK_TRIGGERS.map((t) => [t.value, t] as const))("%s: a signed fixture verifies, parses and maps back", (_value, def) => {
    const body = JSON.stringify(def.sample);
    const req = signed(body);
    expect(verify(context(req))).toEqual({ ok: true });
    expect(slackInbound.handshake!.answer(context(req))).toBeUndefined();
    const event = slackInbound.parse(req);
    expect(def.schema.safeParse(event).success).toBe(true);
    const type = slackInbound.eventType(event, req);
    expect(slackInbound.trigger(event, type)).toBe(def.value);
    expect(slackInbound.deliveryId(event, req)).toBe((def.sample as { event_id: string }).event_id);
    expect(slackInbound.identify(event)).toBe("T123ABC456");

    const tampered = Buffer.from(body);
    tampered[tampered.length - 2] ^= 1;
    expect(verify(context({ ...req, rawBody: tampered })).ok).toBe(false);
    expect(verify(context(req, "another-signing-secret")).ok).toBe(false);
    expect(verify(context(req, null)).ok).toBe(false);
    expect(verify(context(req, SECRET, NOW + 6 * 60_000)).ok).toBe(false);
  });

  it("rejects a request without the v0 prefix or timestamp", () => {
    const req = signed("{}");
    req.headers.set("x-slack-signature", req.headers.get("x-slack-signature")!.slice(3));
    expect(verify(context(req)).ok).toBe(false);
    const noTimestamp = signed("{}");
    noTimestamp.headers.delete("x-slack-request-timestamp");
    expect(verify(context(noTimestamp)).ok).toBe(false);
  });

  it("answers url_verification with the challenge as plain text, after verifying it", () => {
    const body = JSON.stringify({ token: "Jhj5dZrVaK7ZwHHjRyZWjbDl", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    const req = signed(body);
    expect(slackInbound.handshake!.signed).toBe(true);
    expect(verify(context(req))).toEqual({ ok: true });
    expect(slackInbound.handshake!.answer(context(req))).toEqual({
      status: 200,
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
    expect(slackInbound.handshake!.answer(context(signed("ssl_check=1&token=x", "application/x-www-form-urlencoded")))).toEqual({ status: 200 });
  });

  it("reads interactivity payloads from the form's payload field", () => {
    const payload = { type: "block_actions", team: { id: "T123ABC456" }, user: { id: "U1", username: "sam" }, trigger_id: "13345224609.738474920.8088930838d88f008e0" };
    const req = signed(`payload=${encodeURIComponent(JSON.stringify(payload))}`, "application/x-www-form-urlencoded");
    expect(verify(context(req))).toEqual({ ok: true });
    const event = slackInbound.parse(req);
    expect(event).toEqual(payload);
    expect(slackInbound.eventType(event, req)).toBe("block_actions");
    expect(slackInbound.deliveryId(event, req)).toBe(payload.trigger_id);
    expect(slackInbound.identify(event)).toBe("T123ABC456");
    expect(slackInbound.trigger(event, "block_actions")).toBeUndefined();
  });

  it("turns each fixture into a readable activity with a Slack link", () => {
    const activities = Object.fromEntries(SLACK_TRIGGERS.map((t) => [t.value, slackInbound.process(t.sample)]));
    expect(activities.slack_trigger_message).toEqual([
      { text: "U123ABC456 posted in C123ABC456: Deploy finished, the staging link is in the thread.", sourceUrl: "https://slack.com/archives/C123ABC456/p1715163342000200" },
    ]);
    expect(activities.slack_trigger_app_mention).toEqual([
      {
        text: "U061F7AUR mentioned the app in C123ABC456: <@U0LAN0Z89> can you open an incident for the failing checkout job?",
        sourceUrl: "https://slack.com/archives/C123ABC456/p1715163520000016",
      },
    ]);
    expect(activities.slack_trigger_reaction_added).toEqual([
      { text: "U123ABC456 reacted :thumbsup: to a message in C123ABC456", sourceUrl: "https://slack.com/archives/C123ABC456/p1715163342000200" },
    ]);
    expect(activities.slack_trigger_channel_created).toEqual([{ text: "U024BE7LH created channel #release-planning", sourceUrl: "https://slack.com/archives/C024BE91L" }]);
    expect(activities.slack_trigger_member_joined_channel).toEqual([{ text: "W123ABC456 joined C123ABC456 (added by U123ABC456)", sourceUrl: "https://slack.com/archives/C123ABC456" }]);
    expect(activities.slack_trigger_team_join).toEqual([{ text: "Sam Example (sam.example) joined the workspace", sourceUrl: "https://app.slack.com/client/T123ABC456" }]);
  });
});

describe("Slack testRequest", () => {
  // For every trigger: the request Hookyard's test button sends verifies with the endpoint's secret,
  // parses back to the trigger and its schema. The dedupe id (event_id) is in the body; testRequest gives each call a fresh one.
  const build = (def: TriggerDefinition) => slackInbound.testRequest!({ sample: def.sample, trigger: def.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW });
  const toRequest = (t: TestRequest): InboundRequest => ({
    method: t.method,
    url: new URL(WEBHOOK_URL + (t.query ?? "")),
    headers: new Headers(t.headers),
    rawBody: Buffer.from(t.body),
  });
  const events = (req: InboundRequest) => {
    const payload = slackInbound.parse(req);
    return slackInbound.split ? slackInbound.split(payload) : [payload];
  };

  it.each(SLACK_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies, parses back to the trigger, fresh delivery id", async (_value, def) => {
    const first = build(def);
    const req = toRequest(first);
    const ctx: VerifyContext = { request: req, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW };
    expect(await slackInbound.verify(ctx)).toEqual({ ok: true });
    const parsed = events(req);
    expect(parsed.length).toBeGreaterThan(0);
    for (const event of parsed) {
      expect(slackInbound.trigger(event, slackInbound.eventType(event, req))).toBe(def.value);
      expect(def.schema.safeParse(event).success).toBe(true);
    }
    expect(first.headers["x-slack-request-timestamp"]).toBe(String(Math.floor(NOW / 1000)));
    expect(slackInbound.handshake!.answer(context(req))).toBeUndefined();
    const again = toRequest(build(def));
    const ids = [req, again].map((r) => slackInbound.deliveryId(events(r)[0], r));
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBeTruthy();
    expect(ids[1]).not.toBe(ids[0]);
  });
});
