import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { GOOGLE_CALENDAR_TRIGGERS } from "./events";
import { googleCalendarInbound as spec } from "./inbound";

/** This preset's verify is synchronous. */
const verify = (ctx: VerifyContext) => spec.verify(ctx) as Verdict;

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/google-calendar/ep_123";
const NOW = 1_715_900_000_000;

type Sample = { channelId: string; channelToken?: string; channelExpiration?: string; resourceId: string; resourceUri: string; resourceState: string; changed?: string[]; messageNumber: number };

function request(headers: Record<string, string>): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers({ "content-type": "application/json; utf-8", ...headers }), rawBody: Buffer.alloc(0) };
}

/** The headers Google sends for a notification that parse() turns into `sample`; `token: null` sends none. */
function fromSample(sample: Sample, token: string | null = sample.channelToken ?? null): InboundRequest {
  return request({
    "x-goog-channel-id": sample.channelId,
    ...(token !== null ? { "x-goog-channel-token": token } : {}),
    ...(sample.channelExpiration ? { "x-goog-channel-expiration": sample.channelExpiration } : {}),
    "x-goog-resource-id": sample.resourceId,
    "x-goog-resource-uri": sample.resourceUri,
    "x-goog-resource-state": sample.resourceState,
    ...(sample.changed ? { "x-goog-changed": sample.changed.join(",") } : {}),
    "x-goog-message-number": String(sample.messageNumber),
  });
}

function context(req: InboundRequest, secret: string | null): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: NOW };
}

const withoutToken = ({ channelToken: _token, ...rest }: Sample) => rest;

describe("Google Calendar inbound (push notification channels)", () => {
  // The example notification of Google's Calendar push guide, "Receive notifications"
  // (https://developers.google.com/workspace/calendar/api/guides/push), values copied as
  // published, including the extra spaces after some colons. Google signs nothing: the channel
  // token is the secret.
  const published = () =>
    request({
      "x-goog-channel-id": "4ba78bf0-6a47-11e2-bcfd-0800200c9a66",
      "x-goog-channel-token": "398348u3tu83ut8uu38",
      "x-goog-channel-expiration": "Tue, 19 Nov 2013 01:13:52 GMT",
      "x-goog-resource-id": "  ret08u3rv24htgh289g",
      "x-goog-resource-uri": "https://www.googleapis.com/calendar/v3/calendars/my_calendar@gmail.com/events",
      "x-goog-resource-state": "  exists",
      "x-goog-message-number": "10",
    });

  it("verifies and reads Google's published example", () => {
    const req = published();
    expect(verify(context(req, "398348u3tu83ut8uu38"))).toEqual({ ok: true });
    expect(spec.handshake!.answer(context(req, "398348u3tu83ut8uu38"))).toBeUndefined();
    const event = spec.parse(req);
    expect(event).toEqual({
      channelId: "4ba78bf0-6a47-11e2-bcfd-0800200c9a66",
      channelExpiration: "Tue, 19 Nov 2013 01:13:52 GMT",
      resourceId: "ret08u3rv24htgh289g",
      resourceUri: "https://www.googleapis.com/calendar/v3/calendars/my_calendar@gmail.com/events",
      resourceState: "exists",
      messageNumber: 10,
    });
    expect(spec.eventType(event, req)).toBe("exists");
    expect(spec.deliveryId(event, req)).toBe("4ba78bf0-6a47-11e2-bcfd-0800200c9a66:10");
    expect(spec.trigger(event, "exists")).toBe("google_calendar_trigger_event_updated");
    expect(spec.identify(event)).toBe("4ba78bf0-6a47-11e2-bcfd-0800200c9a66");
    expect(spec.process(event)).toEqual([{ text: "Events changed in Google Calendar my_calendar@gmail.com", sourceUrl: "https://calendar.google.com/calendar/r" }]);
  });

  it("answers the sync message with 200 once its channel token checks out", () => {
    const sync = request({
      "x-goog-channel-id": "4ba78bf0-6a47-11e2-bcfd-0800200c9a66",
      "x-goog-channel-token": "398348u3tu83ut8uu38",
      "x-goog-resource-id": "ret08u3rv24htgh289g",
      "x-goog-resource-uri": "https://www.googleapis.com/calendar/v3/calendars/primary/events?alt=json",
      "x-goog-resource-state": "sync",
      "x-goog-message-number": "1",
    });
    expect(spec.handshake!.signed).toBe(true);
    expect(spec.handshake!.answer(context(sync, "398348u3tu83ut8uu38"))).toEqual({ status: 200 });
    expect(verify(context(sync, "398348u3tu83ut8uu38"))).toEqual({ ok: true });
    expect(verify(context(sync, "another-token")).ok).toBe(false);
  });

  it.each(GOOGLE_CALENDAR_TRIGGERS.map((t) => [t.value, t] as const))("%s: the fixture's headers verify and parse back to it", (_value, def) => {
    const sample = def.sample as Sample;
    const req = fromSample(sample);
    expect(verify(context(req, sample.channelToken!))).toEqual({ ok: true });
    const event = spec.parse(req);
    // The channel token is the secret: it stays out of the stored payload (the fixture shows it).
    expect(event).toEqual(withoutToken(sample));
    expect(def.schema.safeParse(event).success).toBe(true);
    expect(spec.eventType(event, req)).toBe("exists");
    expect(spec.deliveryId(event, req)).toBe(`4ba78bf0-6a47-11e2-bcfd-0800200c9a66:${sample.messageNumber}`);
    // "exists" never says which kind of change happened: all three fixtures are one trigger.
    expect(spec.trigger(event, "exists")).toBe("google_calendar_trigger_event_updated");
    expect(spec.identify(event)).toBe("4ba78bf0-6a47-11e2-bcfd-0800200c9a66");
    expect(spec.process(event)).toEqual([{ text: "Events changed in Google Calendar primary", sourceUrl: "https://calendar.google.com/calendar/r" }]);
  });

  it("files not_exists under event_cancelled and ignores unknown states", () => {
    const sample = GOOGLE_CALENDAR_TRIGGERS[0].sample as Sample;
    expect(spec.trigger(spec.parse(fromSample({ ...sample, resourceState: "not_exists" })), "not_exists")).toBe("google_calendar_trigger_event_cancelled");
    expect(spec.trigger(spec.parse(fromSample({ ...sample, resourceState: "brand_new" })), "brand_new")).toBeUndefined();
  });

  it("rejects a tampered token, a wrong secret, a missing token and a missing secret", () => {
    const sample = GOOGLE_CALENDAR_TRIGGERS[0].sample as Sample;
    const token = sample.channelToken!;
    // The body is empty: the token is what a forger would have to get right.
    const flipped = token.slice(0, -1) + String.fromCharCode(token.charCodeAt(token.length - 1) ^ 0x01);
    expect(verify(context(fromSample(sample, flipped), token)).ok).toBe(false);
    expect(verify(context(fromSample(sample), "not-the-channel-token")).ok).toBe(false);
    expect(verify(context(fromSample(sample, null), token)).ok).toBe(false);
    expect(verify(context(fromSample(sample), null))).toEqual({ ok: false, reason: "no signing secret is configured for this endpoint" });
  });
  // Google's channel messages carry no timestamp to check (X-Goog-Channel-Expiration is the
  // channel's end, not the message's time), so there is no staleness test.
});

// testRequest (POST /api/integration-webhooks/{id}/test): the empty-bodied message Google would
// send for each trigger's sample, with the endpoint's secret as the channel token.
describe("Google Calendar testRequest", () => {
  const ENDPOINT_SECRET = "hookyard-channel-token-3Fz9Qw"; // not any fixture's channelToken
  const build = (def: TriggerDefinition) => spec.testRequest!({ sample: def.sample, trigger: def.value, secret: ENDPOINT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: 1_715_900_000_000 });
  const toRequest = (t: TestRequest): InboundRequest => ({ method: t.method, url: new URL(WEBHOOK_URL + (t.query ?? "")), headers: new Headers(t.headers), rawBody: Buffer.from(t.body) });
  // Calendar says only "exists" / "not_exists": a test of event_cancelled sends "not_exists" (the
  // state filed under it); event_created cannot be told apart from an update on the wire, so its
  // test, like every real "exists", is filed under event_updated.
  const sent: Record<string, { state: string; trigger: string }> = {
    google_calendar_trigger_event_created: { state: "exists", trigger: "google_calendar_trigger_event_updated" },
    google_calendar_trigger_event_updated: { state: "exists", trigger: "google_calendar_trigger_event_updated" },
    google_calendar_trigger_event_cancelled: { state: "not_exists", trigger: "google_calendar_trigger_event_cancelled" },
  };
  const expectedState = (value: string) => sent[value].state;
  const expectedTrigger = (value: string) => sent[value].trigger;

  it.each(GOOGLE_CALENDAR_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies with the endpoint's token, parses back to the sample and maps", (value, def) => {
    const sample = def.sample as Sample;
    const test = build(def);
    const req = toRequest(test);
    expect(test.body).toBe("");
    expect(test.query).toBeUndefined();
    expect(spec.contentTypes).toContain(test.headers["content-type"].split(";")[0]);
    expect(test.headers["x-goog-channel-token"]).toBe(ENDPOINT_SECRET);
    expect(verify(context(req, ENDPOINT_SECRET))).toEqual({ ok: true });
    expect(verify(context(req, sample.channelToken!)).ok).toBe(false);
    expect(spec.handshake!.answer(context(req, ENDPOINT_SECRET))).toBeUndefined(); // not a sync message
    const events = spec.split ? spec.split(spec.parse(req)) : [spec.parse(req)];
    expect(events).toHaveLength(1);
    for (const event of events) {
      const { channelToken: _token, messageNumber: _number, ...rest } = sample;
      expect(event).toMatchObject({ ...rest, resourceState: expectedState(value) });
      expect(spec.trigger(event, spec.eventType(event, req))).toBe(expectedTrigger(value));
      expect(def.schema.safeParse(event).success).toBe(true);
    }
    // The delivery id is channel:X-Goog-Message-Number; each test draws a new message number.
    const again = toRequest(build(def));
    expect(spec.deliveryId(spec.parse(again), again)).not.toBe(spec.deliveryId(events[0], req));
  });
});
