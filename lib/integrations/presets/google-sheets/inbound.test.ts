import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { GOOGLE_SHEETS_TRIGGERS } from "./events";
import { googleSheetsInbound as spec } from "./inbound";

/** This preset's verify is synchronous. */
const verify = (ctx: VerifyContext) => spec.verify(ctx) as Verdict;

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/google-sheets/ep_123";
const SHEET_ID = "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms";
const SHEET_URL = `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit`;

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

describe("Google Sheets inbound (Drive files.watch channel)", () => {
  // A spreadsheet is watched as a Drive file, so Google's published example is the "files
  // resource updated" notification of the Drive push guide
  // (https://developers.google.com/workspace/drive/api/guides/push, "Examples").
  it("verifies and reads the Drive guide's published update example as a spreadsheet edit", () => {
    const req = request({
      "x-goog-channel-id": "4ba78bf0-6a47-11e2-bcfd-0800200c9a66",
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
    expect(GOOGLE_SHEETS_TRIGGERS[0].schema.safeParse(event).success).toBe(true);
    expect(spec.trigger(event, "update")).toBe("google_sheets_trigger_spreadsheet_updated");
    expect(spec.deliveryId(event, req)).toBe("4ba78bf0-6a47-11e2-bcfd-0800200c9a66:11");
    expect(spec.process(event)).toEqual([{ text: "Spreadsheet ret08u3rv24htgh289g was edited", sourceUrl: "https://docs.google.com/spreadsheets/d/ret08u3rv24htgh289g/edit" }]);
  });

  it("answers the sync message with 200 once its channel token checks out", () => {
    const sample = GOOGLE_SHEETS_TRIGGERS[0].sample as Sample;
    const sync = fromSample({ ...sample, resourceState: "sync", changed: undefined, messageNumber: 1 });
    expect(spec.handshake!.signed).toBe(true);
    expect(spec.handshake!.answer(context(sync, sample.channelToken!))).toEqual({ status: 200 });
    expect(verify(context(sync, null)).ok).toBe(false);
  });

  const expected: Record<string, { state: string; text: string }> = {
    google_sheets_trigger_spreadsheet_updated: { state: "update", text: `Spreadsheet ${SHEET_ID} was edited` },
    google_sheets_trigger_sharing_changed: { state: "update", text: `Spreadsheet ${SHEET_ID}: sharing settings changed` },
    google_sheets_trigger_spreadsheet_trashed: { state: "trash", text: `Spreadsheet ${SHEET_ID} was moved to the trash` },
  };

  it.each(GOOGLE_SHEETS_TRIGGERS.map((t) => [t.value, t] as const))("%s: the fixture's headers verify and parse back to it", (value, def) => {
    const sample = def.sample as Sample;
    const req = fromSample(sample);
    expect(verify(context(req, sample.channelToken!))).toEqual({ ok: true });
    const event = spec.parse(req);
    expect(event).toEqual(withoutToken(sample)); // the token is the secret and stays out of the payload
    expect(def.schema.safeParse(event).success).toBe(true);
    expect(spec.eventType(event, req)).toBe(expected[value].state);
    expect(spec.deliveryId(event, req)).toBe(`01234567-89ab-cdef-0123-456789abcdef:${sample.messageNumber}`);
    expect(spec.trigger(event, expected[value].state)).toBe(value);
    expect(spec.identify(event)).toBe("01234567-89ab-cdef-0123-456789abcdef");
    expect(spec.process(event)).toEqual([{ text: expected[value].text, sourceUrl: SHEET_URL }]);
  });

  it("prefers the edit when content and permissions change together, and ignores other updates", () => {
    const sample = GOOGLE_SHEETS_TRIGGERS[0].sample as Sample;
    expect(spec.trigger(spec.parse(fromSample({ ...sample, changed: ["permissions", "content"] })), "update")).toBe("google_sheets_trigger_spreadsheet_updated");
    expect(spec.trigger(spec.parse(fromSample({ ...sample, changed: ["parents"] })), "update")).toBeUndefined();
    expect(spec.trigger(spec.parse(fromSample({ ...sample, resourceState: "untrash", changed: undefined })), "untrash")).toBeUndefined();
  });

  it("rejects a tampered token, a wrong secret, a missing token and a missing secret", () => {
    const sample = GOOGLE_SHEETS_TRIGGERS[0].sample as Sample;
    const token = sample.channelToken!;
    const flipped = token.slice(0, 5) + String.fromCharCode(token.charCodeAt(5) ^ 0x01) + token.slice(6);
    expect(verify(context(fromSample(sample, flipped), token)).ok).toBe(false);
    expect(verify(context(fromSample(sample), token + "x")).ok).toBe(false);
    expect(verify(context(fromSample(sample, null), token)).ok).toBe(false);
    expect(verify(context(fromSample(sample), null)).ok).toBe(false);
  });
  // The scheme has no timestamp (X-Goog-Channel-Expiration is the channel's end), so no staleness test.
});

// testRequest (POST /api/integration-webhooks/{id}/test): the empty-bodied message Google would
// send for each trigger's sample, with the endpoint's secret as the channel token.
describe("Google Sheets testRequest", () => {
  const ENDPOINT_SECRET = "hookyard-channel-token-3Fz9Qw"; // not any fixture's channelToken
  const build = (def: TriggerDefinition) => spec.testRequest!({ sample: def.sample, trigger: def.value, secret: ENDPOINT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: 1_715_900_000_000 });
  const toRequest = (t: TestRequest): InboundRequest => ({ method: t.method, url: new URL(WEBHOOK_URL + (t.query ?? "")), headers: new Headers(t.headers), rawBody: Buffer.from(t.body) });
  // Every sample's own resource state and X-Goog-Changed already file under its trigger.
  const expectedState = (value: string) => (GOOGLE_SHEETS_TRIGGERS.find((t) => t.value === value)!.sample as Sample).resourceState;
  const expectedTrigger = (value: string) => value;

  it.each(GOOGLE_SHEETS_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies with the endpoint's token, parses back to the sample and maps", (value, def) => {
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
