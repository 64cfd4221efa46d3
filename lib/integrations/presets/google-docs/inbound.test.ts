import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { GOOGLE_DOCS_TRIGGERS } from "./events";
import { googleDocsInbound as spec } from "./inbound";

/** This preset's verify is synchronous. */
const verify = (ctx: VerifyContext) => spec.verify(ctx) as Verdict;

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/google-docs/ep_123";
const DOC_ID = "1qXz7bT3kPmN9vRwY2aLcD5eF8gHjK0oU4sVxZ6iQwE";
const DOC_URL = `https://docs.google.com/document/d/${DOC_ID}/edit`;
const CHANNEL = "4ba78bf0-6a47-11e2-bcfd-0800200c9a66";

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
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: 1_744_000_000_000 };
}

const withoutToken = ({ channelToken: _token, ...rest }: Sample) => rest;

describe("Google Docs inbound (Drive files.watch channel)", () => {
  // A document is watched as a Drive file, so Google's published example is the "files resource
  // updated" notification of the Drive push guide
  // (https://developers.google.com/workspace/drive/api/guides/push, "Examples").
  it("verifies and reads the Drive guide's published update example as a document edit", () => {
    const req = request({
      "x-goog-channel-id": CHANNEL,
      "x-goog-channel-token": "3a98f1a2b3c4d5e6f7",
      "x-goog-channel-expiration": "Tue, 19 Nov 2013 01:13:52 GMT",
      "x-goog-resource-id": "ret08u3rv24htgh289g",
      "x-goog-resource-uri": "https://www.googleapis.com/drive/v3/files/ret08u3rv24htgh289g",
      "x-goog-resource-state": "update",
      "x-goog-changed": "content,properties",
      "x-goog-message-number": "11",
    });
    expect(verify(context(req, "3a98f1a2b3c4d5e6f7"))).toEqual({ ok: true });
    const event = spec.parse(req);
    expect(GOOGLE_DOCS_TRIGGERS[0].schema.safeParse(event).success).toBe(true);
    expect(spec.trigger(event, "update")).toBe("google_docs_trigger_document_updated");
    expect(spec.deliveryId(event, req)).toBe(`${CHANNEL}:11`);
    expect(spec.process(event)).toEqual([{ text: "Google Doc ret08u3rv24htgh289g was edited", sourceUrl: "https://docs.google.com/document/d/ret08u3rv24htgh289g/edit" }]);
  });

  it("answers the sync message with 200 once its channel token checks out", () => {
    const sample = GOOGLE_DOCS_TRIGGERS[0].sample as Sample;
    const sync = fromSample({ ...sample, resourceState: "sync", changed: undefined, messageNumber: 1 });
    expect(spec.handshake!.signed).toBe(true);
    expect(spec.handshake!.answer(context(sync, sample.channelToken!))).toEqual({ status: 200 });
    expect(verify(context(sync, "not-it")).ok).toBe(false);
  });

  const expected: Record<string, { state: string; text: string }> = {
    google_docs_trigger_document_updated: { state: "update", text: `Google Doc ${DOC_ID} was edited` },
    google_docs_trigger_document_permissions_changed: { state: "update", text: `Google Doc ${DOC_ID}: sharing settings changed` },
    google_docs_trigger_document_trashed: { state: "trash", text: `Google Doc ${DOC_ID} was moved to the trash` },
  };

  it.each(GOOGLE_DOCS_TRIGGERS.map((t) => [t.value, t] as const))("%s: the fixture's headers verify and parse back to it", (value, def) => {
    const sample = def.sample as Sample;
    const req = fromSample(sample);
    expect(verify(context(req, sample.channelToken!))).toEqual({ ok: true });
    const event = spec.parse(req);
    expect(event).toEqual(withoutToken(sample)); // the token is the secret and stays out of the payload
    expect(def.schema.safeParse(event).success).toBe(true);
    expect(spec.eventType(event, req)).toBe(expected[value].state);
    expect(spec.deliveryId(event, req)).toBe(`${CHANNEL}:${sample.messageNumber}`);
    expect(spec.trigger(event, expected[value].state)).toBe(value);
    expect(spec.identify(event)).toBe(CHANNEL);
    expect(spec.process(event)).toEqual([{ text: expected[value].text, sourceUrl: DOC_URL }]);
  });

  it("files a rename (properties) as an update and ignores moves", () => {
    const sample = GOOGLE_DOCS_TRIGGERS[0].sample as Sample;
    const renamed = spec.parse(fromSample({ ...sample, changed: ["properties"] }));
    expect(spec.trigger(renamed, "update")).toBe("google_docs_trigger_document_updated");
    expect(spec.process(renamed)).toEqual([{ text: `Google Doc ${DOC_ID} was updated (properties)`, sourceUrl: DOC_URL }]);
    expect(spec.trigger(spec.parse(fromSample({ ...sample, changed: ["parents"] })), "update")).toBeUndefined();
  });

  it("rejects a tampered token, a wrong secret, a missing token and a missing secret", () => {
    const sample = GOOGLE_DOCS_TRIGGERS[0].sample as Sample;
    const token = sample.channelToken!;
    const flipped = token.slice(0, -1) + String.fromCharCode(token.charCodeAt(token.length - 1) ^ 0x01);
    expect(verify(context(fromSample(sample, flipped), token)).ok).toBe(false);
    expect(verify(context(fromSample(sample), "7f3k29xq81mzt4ue6w0p")).ok).toBe(false);
    expect(verify(context(fromSample(sample, null), token)).ok).toBe(false);
    expect(verify(context(fromSample(sample), null)).ok).toBe(false);
  });
  // The scheme has no timestamp (X-Goog-Channel-Expiration is the channel's end), so no staleness test.
});

// testRequest (POST /api/integration-webhooks/{id}/test): the empty-bodied message Google would
// send for each trigger's sample, with the endpoint's secret as the channel token.
describe("Google Docs testRequest", () => {
  const ENDPOINT_SECRET = "hookyard-channel-token-3Fz9Qw"; // not any fixture's channelToken
  const build = (def: TriggerDefinition) => spec.testRequest!({ sample: def.sample, trigger: def.value, secret: ENDPOINT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: 1_715_900_000_000 });
  const toRequest = (t: TestRequest): InboundRequest => ({ method: t.method, url: new URL(WEBHOOK_URL + (t.query ?? "")), headers: new Headers(t.headers), rawBody: Buffer.from(t.body) });
  // Every sample's own resource state and X-Goog-Changed already file under its trigger.
  const expectedState = (value: string) => (GOOGLE_DOCS_TRIGGERS.find((t) => t.value === value)!.sample as Sample).resourceState;
  const expectedTrigger = (value: string) => value;

  it.each(GOOGLE_DOCS_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies with the endpoint's token, parses back to the sample and maps", (value, def) => {
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
