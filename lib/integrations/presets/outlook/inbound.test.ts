import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { OUTLOOK_TRIGGERS } from "./events";
import { outlookInbound as spec } from "./inbound";
import eventUpdated from "./fixtures/event-updated.json";
import newEmail from "./fixtures/new-email.json";

/** This preset's verify is synchronous. */
const verify = (ctx: VerifyContext) => spec.verify(ctx) as Verdict;

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/outlook/ep_123";
// Graph signs nothing, so there is no published signature. "secretClientValue" is the clientState
// of the example notifications in https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks,
// which the fixtures copy; the tests use it as the endpoint's secret.
const SECRET = "secretClientValue";
const USER = "8b081ef6-4792-4def-b2c9-c363a1bf41d5";

function request(body: string, { method = "POST", query = "" } = {}): InboundRequest {
  return { method, url: new URL(WEBHOOK_URL + query), headers: new Headers({ "content-type": "application/json" }), rawBody: Buffer.from(body) };
}

function context(req: InboundRequest, secret: string | null = SECRET): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: 1_715_400_000_000 };
}

const bodyOf = (value: unknown) => JSON.stringify(value, null, 2);

describe("Outlook inbound (Graph change notifications)", () => {
  it("echoes Graph's validationToken as text/plain without checking a secret", () => {
    const req = request("", { query: "?validationToken=Validation%3A%20Testing%20client%20application%20reachability" });
    expect(spec.handshake!.signed).toBe(false);
    expect(spec.handshake!.answer(context(req, null))).toEqual({
      status: 200,
      headers: { "content-type": "text/plain", "x-content-type-options": "nosniff" },
      body: "Validation: Testing client application reachability",
    });
    expect(spec.handshake!.answer(context(request(bodyOf(newEmail))))).toBeUndefined();
  });

  const expected: Record<string, { eventType: string; text: string; link: string }> = {
    outlook_trigger_new_email: {
      eventType: "created",
      text: `New email in the Outlook Inbox of user ${USER}`,
      link: "https://outlook.office365.com/owa/?ItemID=AAMkAGUwNjQ4ZjIxLTQ3Y2YtNDViMi1iZjc4LTMA0ZjU4NGY2YjUyMQBGAAAAAADUuTJK1K9aTpCdqXop_4NaBwCd9nJ-tVysQos2hTfspaWRAAAAAAEMAACd9nJ-tVysQos2hTfspaWRAAAIjzNaAAA%3D&exvsurl=1&viewmodel=ReadMessageItem",
    },
    outlook_trigger_event_created: {
      eventType: "created",
      text: `An event was added to the Outlook calendar of user ${USER}`,
      link: "https://outlook.office365.com/owa/?ItemID=AAMkAGUwNjQ4ZjIxLTQ3Y2YtNDViMi1iZjc4LTMA0ZjU4NGY2YjUyMQBGAAAAAADUuTJK1K9aTpCdqXop_4NaBwCd9nJ-tVysQos2hTfspaWRAAAAAAENAACd9nJ-tVysQos2hTfspaWRAAAHb1nFAAA%3D&exvsurl=1&path=%2Fcalendar%2Fitem",
    },
    outlook_trigger_event_updated: {
      eventType: "updated",
      text: `An event was updated in the Outlook calendar of user ${USER}`,
      link: "https://outlook.office365.com/owa/?ItemID=AAMkAGUwNjQ4ZjIxLTQ3Y2YtNDViMi1iZjc4LTMA0ZjU4NGY2YjUyMQBGAAAAAADUuTJK1K9aTpCdqXop_4NaBwCd9nJ-tVysQos2hTfspaWRAAAAAAENAACd9nJ-tVysQos2hTfspaWRAAAHb1nFAAA%3D&exvsurl=1&path=%2Fcalendar%2Fitem",
    },
  };

  it.each(OUTLOOK_TRIGGERS.map((t) => [t.value, t] as const))("%s: the fixture verifies, parses and maps back", (value, def) => {
    const req = request(bodyOf(def.sample));
    expect(verify(context(req))).toEqual({ ok: true });
    const [event] = spec.split!(spec.parse(req));
    expect(event).toEqual(def.sample);
    expect(def.schema.safeParse(event).success).toBe(true);
    expect(spec.eventType(event, req)).toBe(expected[value].eventType);
    expect(spec.trigger(event, expected[value].eventType)).toBe(value);
    expect(spec.identify(event)).toBe(USER);
    expect(spec.deliveryId(event, req)).toMatch(/^graph:[0-9a-f]{64}$/);
    expect(spec.process(event)).toEqual([{ text: expected[value].text, sourceUrl: expected[value].link }]);
  });

  it("gives each version of an updated event its own delivery id (the etag changes), and a retry the same", () => {
    const next = { value: [{ ...eventUpdated.value[0], resourceData: { ...eventUpdated.value[0].resourceData, "@odata.etag": 'W/"DwAAABYAAACd9nJ+tVysQos2hTfspaWRAAAJ5pS9"' } }] };
    const req = request(bodyOf(eventUpdated));
    expect(spec.deliveryId(eventUpdated, req)).toBe(spec.deliveryId(JSON.parse(bodyOf(eventUpdated)), req));
    expect(spec.deliveryId(next, req)).not.toBe(spec.deliveryId(eventUpdated, req));
  });

  it("links personal (Outlook.com) mailboxes to outlook.live.com", () => {
    const personal = { value: [{ ...newEmail.value[0], tenantId: "9188040d-6c67-4c5b-b112-36a304b66dad" }] };
    expect(spec.process(personal)[0].sourceUrl).toMatch(/^https:\/\/outlook\.live\.com\/owa\/\?ItemID=/);
  });

  it("rejects a tampered clientState, a wrong secret, a missing secret and a foreign item in a batch", () => {
    const body = bodyOf(newEmail);
    const tampered = Buffer.from(body);
    tampered[body.indexOf("secretClientValue") + 5] ^= 0x20;
    expect(verify(context({ ...request(body), rawBody: tampered })).ok).toBe(false);
    expect(verify(context(request(body), "not-the-client-state")).ok).toBe(false);
    expect(verify(context(request(body), null)).ok).toBe(false);
    const mixed = bodyOf({ value: [newEmail.value[0], { ...eventUpdated.value[0], clientState: "secretClientValuE" }] });
    expect(verify(context(request(mixed))).ok).toBe(false);
  });

  // No timestamp in the scheme (Graph sends none), so there is no staleness check to test.
  it("ignores Outlook changes Hookyard has no trigger for", () => {
    const deleted = { value: [{ ...newEmail.value[0], changeType: "deleted" }] };
    expect(spec.trigger(deleted, "deleted")).toBeUndefined();
  });
});

// testRequest (POST /api/integration-webhooks/{id}/test): the notification Graph would POST for
// each trigger's sample, carrying the endpoint's secret as clientState.
describe("Outlook testRequest", () => {
  // Not the fixture's clientState: the test request must carry the endpoint's secret, not the sample's.
  const ENDPOINT_SECRET = "Hookyard-endpoint-client-state-7Qm2";
  const build = (def: TriggerDefinition) => spec.testRequest!({ sample: def.sample, trigger: def.value, secret: ENDPOINT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: 1_715_400_000_000 });
  const toRequest = (t: TestRequest): InboundRequest => ({ method: t.method, url: new URL(WEBHOOK_URL + (t.query ?? "")), headers: new Headers(t.headers), rawBody: Buffer.from(t.body) });

  it.each(OUTLOOK_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies with the endpoint's secret, parses and maps back to the trigger", (value, def) => {
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
});
