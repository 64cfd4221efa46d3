import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { GOOGLE_DRIVE_TRIGGERS } from "./events";
import { googleDriveInbound as spec } from "./inbound";

/** This preset's verify is synchronous. */
const verify = (ctx: VerifyContext) => spec.verify(ctx) as Verdict;

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/google-drive/ep_123";
const FILE_ID = "1aXb9kTq3ZcVf2LmNpRs7UwYz0DeFgHiJ";

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
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: 1_715_900_000_000 };
}

const withoutToken = ({ channelToken: _token, ...rest }: Sample) => rest;

describe("Google Drive inbound (push notification channels)", () => {
  // The examples of Google's Drive push guide, "Receive notifications" → "Examples"
  // (https://developers.google.com/workspace/drive/api/guides/push): a files resource added and
  // updated. Google signs nothing; the channel token is the secret.
  const published = (state: "add" | "update", number: string, changed?: string) =>
    request({
      "x-goog-channel-id": "4ba78bf0-6a47-11e2-bcfd-0800200c9a66",
      "x-goog-channel-token": "3a98f1a2b3c4d5e6f7",
      "x-goog-channel-expiration": "Tue, 19 Nov 2013 01:13:52 GMT",
      "x-goog-resource-id": "ret08u3rv24htgh289g",
      "x-goog-resource-uri": "https://www.googleapis.com/drive/v3/files/ret08u3rv24htgh289g",
      "x-goog-resource-state": state,
      ...(changed ? { "x-goog-changed": changed } : {}),
      "x-goog-message-number": number,
    });

  it("verifies and reads Google's published files examples", () => {
    const updated = published("update", "11", "content,properties");
    expect(verify(context(updated, "3a98f1a2b3c4d5e6f7"))).toEqual({ ok: true });
    const event = spec.parse(updated);
    expect(event).toEqual({
      channelId: "4ba78bf0-6a47-11e2-bcfd-0800200c9a66",
      channelExpiration: "Tue, 19 Nov 2013 01:13:52 GMT",
      resourceId: "ret08u3rv24htgh289g",
      resourceUri: "https://www.googleapis.com/drive/v3/files/ret08u3rv24htgh289g",
      resourceState: "update",
      changed: ["content", "properties"],
      messageNumber: 11,
    });
    expect(spec.eventType(event, updated)).toBe("update");
    expect(spec.deliveryId(event, updated)).toBe("4ba78bf0-6a47-11e2-bcfd-0800200c9a66:11");
    expect(spec.trigger(event, "update")).toBe("google_drive_trigger_file_updated");
    expect(spec.process(event)).toEqual([{ text: "Drive file ret08u3rv24htgh289g was edited", sourceUrl: "https://drive.google.com/open?id=ret08u3rv24htgh289g" }]);

    const added = published("add", "10");
    expect(verify(context(added, "3a98f1a2b3c4d5e6f7"))).toEqual({ ok: true });
    expect(spec.trigger(spec.parse(added), "add")).toBe("google_drive_trigger_file_created");
    expect(spec.deliveryId(spec.parse(added), added)).toBe("4ba78bf0-6a47-11e2-bcfd-0800200c9a66:10");
  });

  it("splits the guide's spaced X-Goog-Changed list", () => {
    const req = published("update", "12", "content, permissions");
    expect(spec.parse(req)).toMatchObject({ changed: ["content", "permissions"] });
  });

  it("answers the sync message with 200 once its channel token checks out", () => {
    const sample = GOOGLE_DRIVE_TRIGGERS[0].sample as Sample;
    const sync = fromSample({ ...sample, resourceState: "sync", messageNumber: 1 });
    expect(spec.handshake!.signed).toBe(true);
    expect(spec.handshake!.answer(context(sync, sample.channelToken!))).toEqual({ status: 200 });
    expect(verify(context(sync, "wrong")).ok).toBe(false);
    expect(spec.handshake!.answer(context(fromSample(sample), sample.channelToken!))).toBeUndefined();
  });

  const expected: Record<string, { state: string; text: string; sourceUrl: string }> = {
    google_drive_trigger_file_created: { state: "change", text: "Files changed in Google Drive", sourceUrl: "https://drive.google.com/drive/recent" },
    google_drive_trigger_file_updated: { state: "update", text: `Drive file ${FILE_ID} was edited`, sourceUrl: `https://drive.google.com/open?id=${FILE_ID}` },
    google_drive_trigger_file_trashed: { state: "trash", text: `Drive file ${FILE_ID} was moved to the trash`, sourceUrl: `https://drive.google.com/open?id=${FILE_ID}` },
  };

  it.each(GOOGLE_DRIVE_TRIGGERS.map((t) => [t.value, t] as const))("%s: the fixture's headers verify and parse back to it", (value, def) => {
    const sample = def.sample as Sample;
    const req = fromSample(sample);
    expect(verify(context(req, sample.channelToken!))).toEqual({ ok: true });
    const event = spec.parse(req);
    expect(event).toEqual(withoutToken(sample)); // the token is the secret and stays out of the payload
    expect(def.schema.safeParse(event).success).toBe(true);
    expect(spec.eventType(event, req)).toBe(expected[value].state);
    expect(spec.deliveryId(event, req)).toBe(`8bd90be9-3a58-3122-ab43-9823188a5b43:${sample.messageNumber}`);
    expect(spec.trigger(event, expected[value].state)).toBe(value);
    expect(spec.identify(event)).toBe("8bd90be9-3a58-3122-ab43-9823188a5b43");
    expect(spec.process(event)).toEqual([{ text: expected[value].text, sourceUrl: expected[value].sourceUrl }]);
  });

  it("has no trigger for untrash, remove or states Google adds later", () => {
    const sample = GOOGLE_DRIVE_TRIGGERS[1].sample as Sample;
    for (const state of ["untrash", "remove", "something_new"]) {
      expect(spec.trigger(spec.parse(fromSample({ ...sample, resourceState: state, changed: undefined })), state)).toBeUndefined();
    }
  });

  it("rejects a tampered token, a wrong secret, a missing token and a missing secret", () => {
    const sample = GOOGLE_DRIVE_TRIGGERS[1].sample as Sample;
    const token = sample.channelToken!;
    const flipped = String.fromCharCode(token.charCodeAt(0) ^ 0x01) + token.slice(1);
    expect(verify(context(fromSample(sample, flipped), token)).ok).toBe(false);
    expect(verify(context(fromSample(sample), "3a98f1a2b3c4d5e6f7")).ok).toBe(false);
    expect(verify(context(fromSample(sample, null), token)).ok).toBe(false);
    expect(verify(context(fromSample(sample), null)).ok).toBe(false);
  });
  // The scheme has no timestamp (X-Goog-Channel-Expiration is the channel's end), so no staleness test.
});

// testRequest (POST /api/integration-webhooks/{id}/test): the empty-bodied message Google would
// send for each trigger's sample, with the endpoint's secret as the channel token.
describe("Google Drive testRequest", () => {
  const ENDPOINT_SECRET = "hookyard-channel-token-3Fz9Qw"; // not any fixture's channelToken
  const build = (def: TriggerDefinition) => spec.testRequest!({ sample: def.sample, trigger: def.value, secret: ENDPOINT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: 1_715_900_000_000 });
  const toRequest = (t: TestRequest): InboundRequest => ({ method: t.method, url: new URL(WEBHOOK_URL + (t.query ?? "")), headers: new Headers(t.headers), rawBody: Buffer.from(t.body) });
  // Every sample's own resource state and X-Goog-Changed already file under its trigger.
  const expectedState = (value: string) => (GOOGLE_DRIVE_TRIGGERS.find((t) => t.value === value)!.sample as Sample).resourceState;
  const expectedTrigger = (value: string) => value;

  it.each(GOOGLE_DRIVE_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies with the endpoint's token, parses back to the sample and maps", (value, def) => {
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
