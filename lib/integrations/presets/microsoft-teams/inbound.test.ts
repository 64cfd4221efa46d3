import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { MICROSOFT_TEAMS_TRIGGERS } from "./events";
import { microsoftTeamsInbound as spec } from "./inbound";
import newMessage from "./fixtures/new-message.json";

/** This preset's verify is synchronous. */
const verify = (ctx: VerifyContext) => spec.verify(ctx) as Verdict;

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/microsoft-teams/ep_123";
// Graph signs nothing, so there is no published signature to check. "secretClientValue" is the
// clientState of the example notifications in Microsoft's docs
// (https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks), which the
// fixtures copy; the tests use it as the endpoint's secret.
const SECRET = "secretClientValue";
const NOW = 1_715_163_400_000;

function request(body: string, { method = "POST", query = "", contentType = "application/json" } = {}): InboundRequest {
  return { method, url: new URL(WEBHOOK_URL + query), headers: new Headers(contentType ? { "content-type": contentType } : {}), rawBody: Buffer.from(body) };
}

function context(req: InboundRequest, secret: string | null = SECRET): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: NOW };
}

const bodyOf = (value: unknown) => JSON.stringify(value, null, 2);

describe("Microsoft Teams inbound (Graph change notifications)", () => {
  it("answers Graph's validationToken request with the decoded token as text/plain, unsigned", () => {
    // Graph's validation request: POST {notificationUrl}?validationToken=<URL-encoded opaque text>,
    // empty body, text/plain. The token below is text like the tokens Graph sends; the body must be it, decoded.
    const token = "Validation: Testing client application reachability for subscription Request-Id: 9e1f5a0b-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
    const req = request("", { query: `?validationToken=${encodeURIComponent(token)}`, contentType: "text/plain; charset=utf-8" });
    expect(spec.handshake!.signed).toBe(false);
    expect(spec.handshake!.answer(context(req, null))).toEqual({
      status: 200,
      headers: { "content-type": "text/plain", "x-content-type-options": "nosniff" },
      body: token,
    });
  });

  it("does not treat notifications or other methods as the handshake", () => {
    expect(spec.handshake!.answer(context(request(bodyOf(newMessage))))).toBeUndefined();
    expect(spec.handshake!.answer(context(request("", { method: "GET", query: "?validationToken=abc" })))).toBeUndefined();
    expect(spec.handshake!.answer(context(request("", { query: "?validationToken=" })))).toBeUndefined();
  });

  it.each(MICROSOFT_TEAMS_TRIGGERS.map((t) => [t.value, t] as const))("%s: the fixture verifies, parses and maps back", (value, def) => {
    const req = request(bodyOf(def.sample));
    expect(verify(context(req))).toEqual({ ok: true });
    const [event] = spec.split!(spec.parse(req));
    expect(event).toEqual(def.sample);
    expect(def.schema.safeParse(event).success).toBe(true);
    expect(spec.eventType(event, req)).toBe("created");
    expect(spec.trigger(event, "created")).toBe(value);
    expect(spec.identify(event)).toBe((def.sample as typeof newMessage).value[0].subscriptionId);
    expect(spec.deliveryId(event, req)).toMatch(/^graph:[0-9a-f]{64}$/);
    expect(spec.deliveryId(event, req)).toBe(spec.deliveryId(spec.parse(request(bodyOf(def.sample))), req)); // a retry dedupes
  });

  it("describes each notification with a Teams deep link", () => {
    const events = MICROSOFT_TEAMS_TRIGGERS.map((t) => spec.process(t.sample));
    expect(events).toEqual([
      [
        {
          text: "New message in Teams channel 19:8da7bc05bc4e4e5c9b75b2cfe65124dc@thread.tacv2 (team 7434c182-5c07-418a-8116-5945d043b179)",
          sourceUrl:
            "https://teams.microsoft.com/l/message/19%3A8da7bc05bc4e4e5c9b75b2cfe65124dc%40thread.tacv2/1715163342200?tenantId=84bd8158-6d4d-4958-8b9f-9d6445542f95&groupId=7434c182-5c07-418a-8116-5945d043b179&parentMessageId=1715163342200&createdTime=1715163342200",
        },
      ],
      [
        {
          text: "New message in Teams chat 19:8ea0e38b-efb3-4757-924a-5f94061cf8c2_97f62344-57dc-409c-88ad-c4af14158ff5@unq.gbl.spaces",
          sourceUrl:
            "https://teams.microsoft.com/l/message/19%3A8ea0e38b-efb3-4757-924a-5f94061cf8c2_97f62344-57dc-409c-88ad-c4af14158ff5%40unq.gbl.spaces/1715163520949?tenantId=84bd8158-6d4d-4958-8b9f-9d6445542f95&context=%7B%22contextType%22%3A%22chat%22%7D",
        },
      ],
      [
        {
          text: "Channel 19:3c4a7e1f0b2d4c8e9a6b5d7f1e2c3a4b@thread.tacv2 was created in team 7434c182-5c07-418a-8116-5945d043b179",
          sourceUrl:
            "https://teams.microsoft.com/l/channel/19%3A3c4a7e1f0b2d4c8e9a6b5d7f1e2c3a4b%40thread.tacv2/channel?groupId=7434c182-5c07-418a-8116-5945d043b179&tenantId=84bd8158-6d4d-4958-8b9f-9d6445542f95",
        },
      ],
      [{ text: "A member was added to team 7434c182-5c07-418a-8116-5945d043b179", sourceUrl: "https://teams.microsoft.com/?tenantId=84bd8158-6d4d-4958-8b9f-9d6445542f95" }],
    ]);
  });

  it("rejects a tampered clientState, a wrong secret and a missing secret", () => {
    const body = bodyOf(newMessage);
    const at = body.indexOf("secretClientValue");
    const tampered = Buffer.from(body);
    tampered[at] ^= 0x01;
    expect(verify(context({ ...request(body), rawBody: tampered })).ok).toBe(false);
    expect(verify(context(request(body), "anotherClientState")).ok).toBe(false);
    expect(verify(context(request(body), null))).toEqual({ ok: false, reason: "no signing secret is configured for this endpoint" });
  });

  it("rejects a body that a flipped byte makes unreadable, and an empty batch", () => {
    const tampered = Buffer.from(bodyOf(newMessage));
    tampered[0] ^= 0x01; // "{" becomes "z"
    expect(verify(context({ ...request(""), rawBody: tampered })).ok).toBe(false);
    expect(verify(context(request('{"value":[]}'))).ok).toBe(false);
  });

  // Graph has no body signature and no timestamp: the clientState is the whole proof, so a
  // change elsewhere in the body cannot be detected and there is no staleness window to test.
  it("checks only clientState, as Graph documents", () => {
    const edited = bodyOf({ value: [{ ...newMessage.value[0], tenantId: "00000000-0000-0000-0000-000000000000" }] });
    expect(verify(context(request(edited)))).toEqual({ ok: true });
  });

  it("accepts a batch only when every item carries the clientState, and splits it per notification", () => {
    const second = {
      ...newMessage.value[0],
      resource: newMessage.value[0].resource.replace("1715163342200", "1715163342999"),
      resourceData: { ...newMessage.value[0].resourceData, id: "1715163342999" },
    };
    const batch = bodyOf({ value: [newMessage.value[0], second] });
    expect(verify(context(request(batch)))).toEqual({ ok: true });
    const events = spec.split!(spec.parse(request(batch)));
    expect(events).toHaveLength(2);
    expect(events.every((e) => MICROSOFT_TEAMS_TRIGGERS[0].schema.safeParse(e).success)).toBe(true);
    expect(spec.deliveryId(events[0], request(batch))).not.toBe(spec.deliveryId(events[1], request(batch)));

    const foreign = bodyOf({ value: [newMessage.value[0], { ...second, clientState: "somebodyElse" }] });
    expect(verify(context(request(foreign))).ok).toBe(false);
    const missing = bodyOf({ value: [newMessage.value[0], { ...second, clientState: undefined }] });
    expect(verify(context(request(missing))).ok).toBe(false);
  });

  it("uses Graph's notification id when it sends one", () => {
    const event = { value: [{ ...newMessage.value[0], id: "lsgTZMr9KwAAA" }] };
    expect(spec.deliveryId(event, request(bodyOf(event)))).toBe("lsgTZMr9KwAAA");
  });

  it("stores lifecycle notifications without a trigger", () => {
    const lifecycle = {
      value: [
        {
          subscriptionId: newMessage.value[0].subscriptionId,
          subscriptionExpirationDateTime: "2024-05-10T18:23:45.9356913+00:00",
          tenantId: newMessage.value[0].tenantId,
          clientState: SECRET,
          lifecycleEvent: "reauthorizationRequired",
        },
      ],
    };
    const req = request(bodyOf(lifecycle));
    expect(verify(context(req))).toEqual({ ok: true });
    const event = spec.parse(req);
    expect(spec.eventType(event, req)).toBe("reauthorizationRequired");
    expect(spec.trigger(event, "reauthorizationRequired")).toBeUndefined();
    expect(spec.deliveryId(event, req)).not.toBe(spec.deliveryId(event, req)); // nothing in it tells repeats apart
  });
});

// testRequest (POST /api/integration-webhooks/{id}/test): the notification Graph would POST for
// each trigger's sample, carrying the endpoint's secret as clientState.
describe("Microsoft Teams testRequest", () => {
  // Not the fixture's clientState: the test request must carry the endpoint's secret, not the sample's.
  const ENDPOINT_SECRET = "Hookyard-endpoint-client-state-7Qm2";
  const build = (def: TriggerDefinition) => spec.testRequest!({ sample: def.sample, trigger: def.value, secret: ENDPOINT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW });
  const toRequest = (t: TestRequest): InboundRequest => ({ method: t.method, url: new URL(WEBHOOK_URL + (t.query ?? "")), headers: new Headers(t.headers), rawBody: Buffer.from(t.body) });

  it.each(MICROSOFT_TEAMS_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies with the endpoint's secret, parses and maps back to the trigger", (value, def) => {
    const test = build(def);
    const req = toRequest(test);
    expect(test.query).toBeUndefined();
    expect(spec.contentTypes).toContain(test.headers["content-type"].split(";")[0]);
    expect(verify(context(req, ENDPOINT_SECRET))).toEqual({ ok: true });
    expect(verify(context(req, SECRET)).ok).toBe(false);
    const events = spec.split!(spec.parse(req));
    expect(events).toHaveLength(1);
    for (const event of events) {
      expect(spec.trigger(event, spec.eventType(event, req))).toBe(value);
      expect(def.schema.safeParse(event).success).toBe(true);
      expect(JSON.stringify(spec.redact!(event))).not.toContain(ENDPOINT_SECRET); // what is stored and relayed
    }
    // Graph sends no delivery header: each test gets a fresh changeNotification.id, so a second test is not a retry.
    const again = toRequest(build(def));
    expect(spec.deliveryId(spec.parse(again), again)).not.toBe(spec.deliveryId(events[0], req));
  });

  it("accepts a stored (redacted) sample or a bare notification and still signs with the endpoint's secret", () => {
    const item = { ...newMessage.value[0], clientState: "[redacted]" };
    for (const sample of [{ value: [item] }, item]) {
      const test = spec.testRequest!({ sample, trigger: "microsoft_teams_trigger_new_message", secret: ENDPOINT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW });
      const req = toRequest(test);
      expect(verify(context(req, ENDPOINT_SECRET))).toEqual({ ok: true });
      expect(spec.trigger(spec.parse(req), "created")).toBe("microsoft_teams_trigger_new_message");
    }
  });
});
