import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Verdict, VerifyContext } from "../../../inbound/types";
import { BOX_TRIGGERS } from "./events";
import { boxInbound } from "./inbound";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/box/ep_123";
const PRIMARY = "hookyardPrimaryKeyForTests0123456";
const SECONDARY = "hookyardSecondaryKeyForTests65432";
const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name));

type Opts = { secret?: string; secondary?: string; now?: number };
function ctx(body: Buffer | string, headers: Record<string, string>, opts: Opts = {}): VerifyContext {
  return {
    request: { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body) },
    secret: "secret" in opts ? opts.secret : PRIMARY,
    config: "secondary" in opts ? (opts.secondary === undefined ? {} : { secondary_signing_secret: opts.secondary }) : { secondary_signing_secret: SECONDARY },
    webhookUrl: WEBHOOK_URL,
    now: opts.now ?? Date.now(),
  };
}

/** boxInbound.verify is synchronous (no fetch); this fails loudly if it ever returns a promise. */
function verify(c: VerifyContext): Verdict {
  const verdict = boxInbound.verify(c);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

const sig = (key: string, body: Buffer | string, timestamp: string) => createHmac("sha256", key).update(body).update(timestamp).digest("base64");
function boxHeaders(body: Buffer | string, timestamp: string, keys = { primary: PRIMARY, secondary: SECONDARY }) {
  return {
    "Content-Type": "application/json",
    "BOX-DELIVERY-ID": "673a081b-bb4b-4d45-b4f1-4131a29c1d07",
    "BOX-DELIVERY-TIMESTAMP": timestamp,
    "BOX-SIGNATURE-PRIMARY": sig(keys.primary, body, timestamp),
    "BOX-SIGNATURE-SECONDARY": sig(keys.secondary, body, timestamp),
    "BOX-SIGNATURE-VERSION": "1",
    "BOX-SIGNATURE-ALGORITHM": "HmacSHA256",
  };
}

describe("box inbound: Box's own published example", () => {
  // Box's sample message "signed with 'SamplePrimaryKey' and 'SampleSecondaryKey'", from the
  // box-node-sdk tests (tests/lib/managers/webhooks-test.js, validateMessage()) and its docs/webhooks.md:
  // https://github.com/box/box-node-sdk/blob/main/tests/lib/managers/webhooks-test.js
  const body = '{"type":"webhook_event","webhook":{"id":"1234567890"},"trigger":"FILE.UPLOADED","source":{"id":"1234567890","type":"file","name":"Test.txt"}}';
  const headers = {
    "box-delivery-id": "f96bb54b-ee16-4fc5-aa65-8c2d9e5b546f",
    "box-delivery-timestamp": "2020-01-01T00:00:00-07:00",
    "box-signature-algorithm": "HmacSHA256",
    "box-signature-primary": "6TfeAW3A1PASkgboxxA5yqHNKOwFyMWuEXny/FPD5hI=",
    "box-signature-secondary": "v+1CD1Jdo3muIcbpv5lxxgPglOqMfsNHPV899xWYydo=",
    "box-signature-version": "1",
  };
  const now = Date.parse("2020-01-01T00:05:00-07:00");

  it("verifies with both keys, with either key alone, and not with neither", () => {
    expect(verify(ctx(body, headers, { secret: "SamplePrimaryKey", secondary: "SampleSecondaryKey", now }))).toEqual({ ok: true });
    expect(verify(ctx(body, headers, { secret: "SamplePrimaryKey", secondary: undefined, now })).ok).toBe(true);
    expect(verify(ctx(body, headers, { secret: "IncorrectKey", secondary: "SampleSecondaryKey", now })).ok).toBe(true);
    expect(verify(ctx(body, headers, { secret: "IncorrectKey", secondary: "IncorrectKey", now })).ok).toBe(false);
  });

  it("rejects it 10 minutes later, and with another signature version or algorithm", () => {
    const keys = { secret: "SamplePrimaryKey", secondary: "SampleSecondaryKey" };
    expect(verify(ctx(body, headers, { ...keys, now: Date.parse("2020-01-01T00:10:01-07:00") })).ok).toBe(false);
    expect(verify(ctx(body, { ...headers, "box-signature-version": "2" }, { ...keys, now })).ok).toBe(false);
    expect(verify(ctx(body, { ...headers, "box-signature-algorithm": "XXX" }, { ...keys, now })).ok).toBe(false);
  });
});

describe.each([
  ["file-uploaded.json", "box_trigger_file_uploaded", "Dana Whitfield uploaded Q1 renewal contract.pdf in Contracts", "https://app.box.com/file/1462750113842", "226067247"],
  ["file-trashed.json", "box_trigger_file_trashed", "Dana Whitfield moved Q1 renewal contract.pdf to the trash", "https://app.box.com/trash", "226067247"],
  ["folder-created.json", "box_trigger_folder_created", "Dana Whitfield created the folder 2025 Renewals in Contracts", "https://app.box.com/folder/318905621", "226067247"],
  [
    "comment-created.json",
    "box_trigger_comment_created",
    'Sam Ortiz commented on file 1462750113842: "Legal approved the indemnity clause, ready for signature."',
    "https://app.box.com/file/1462750113842",
    "239984110",
  ],
])("box inbound: %s", (file, triggerValue, text, sourceUrl, userId) => {
  // Signed here with node:crypto: no published signature exists for these fixtures.
  const body = fixture(file);
  const sample = JSON.parse(body.toString("utf8"));
  const timestamp = sample.created_at as string;
  const now = Date.parse(timestamp) + 60_000;
  const headers = boxHeaders(body, timestamp);

  it("verifies a correctly signed request, by the primary or the secondary key", () => {
    expect(verify(ctx(body, headers, { now }))).toEqual({ ok: true });
    expect(verify(ctx(body, boxHeaders(body, timestamp, { primary: "rotated-away", secondary: SECONDARY }), { now })).ok).toBe(true);
    expect(verify(ctx(body, boxHeaders(body, timestamp, { primary: PRIMARY, secondary: "not-configured" }), { now, secondary: undefined })).ok).toBe(true);
  });

  it("rejects a tampered byte, wrong keys, no secret, a stale or changed timestamp", () => {
    const tampered = Buffer.from(body);
    tampered[15] ^= 1;
    expect(verify(ctx(tampered, headers, { now })).ok).toBe(false);
    expect(verify(ctx(body, boxHeaders(body, timestamp, { primary: "wrong-1", secondary: "wrong-2" }), { now })).ok).toBe(false);
    expect(verify(ctx(body, headers, { now, secret: undefined })).ok).toBe(false);
    expect(verify(ctx(body, headers, { now: Date.parse(timestamp) + 11 * 60_000 })).ok).toBe(false);
    const later = new Date(Date.parse(timestamp) + 1000).toISOString();
    expect(verify(ctx(body, { ...headers, "BOX-DELIVERY-TIMESTAMP": later }, { now })).ok).toBe(false);
    const { "BOX-DELIVERY-TIMESTAMP": _dropped, ...untimed } = headers;
    expect(verify(ctx(body, untimed, { now })).ok).toBe(false);
  });

  it("parses, identifies and processes the event", () => {
    const request = ctx(body, headers).request;
    const event = boxInbound.parse(request);
    expect(event).toEqual(sample);
    const type = boxInbound.eventType(event, request);
    expect(type).toBe(sample.trigger);
    expect(boxInbound.deliveryId(event, request)).toBe(sample.id);
    expect(boxInbound.trigger(event, type)).toBe(triggerValue);
    const trigger = BOX_TRIGGERS.find((x) => x.value === triggerValue)!;
    expect(trigger.schema.safeParse(event).success).toBe(true);
    expect(boxInbound.identify(event)).toBe(userId);
    expect(boxInbound.process(event)).toEqual([{ text, sourceUrl }]);
  });
});

describe("box inbound: delivery id", () => {
  it("falls back to BOX-DELIVERY-ID when the body has no id", () => {
    const request = ctx("{}", { "BOX-DELIVERY-ID": "673a081b-bb4b-4d45-b4f1-4131a29c1d07" }).request;
    expect(boxInbound.deliveryId({}, request)).toBe("673a081b-bb4b-4d45-b4f1-4131a29c1d07");
  });
});

describe.each(BOX_TRIGGERS.map((t) => [t.value, t] as const))("box inbound: testRequest for %s", (_value, trigger) => {
  const now = Date.parse("2025-03-04T10:00:00Z");
  const build = (config: Record<string, unknown> = { secondary_signing_secret: SECONDARY }) =>
    boxInbound.testRequest!({ sample: trigger.sample, trigger: trigger.value, secret: PRIMARY, config, webhookUrl: WEBHOOK_URL, now });
  const asContext = (tr: ReturnType<typeof build>, opts: Opts = {}): VerifyContext => {
    const c = ctx(tr.body, tr.headers, { now, ...opts });
    return { ...c, request: { ...c.request, url: new URL(WEBHOOK_URL + (tr.query ?? "")) } };
  };

  it("is signed with both keys as Box signs and maps back to the trigger", () => {
    const tr = build();
    expect(tr.method).toBe("POST");
    expect(boxInbound.contentTypes).toContain(tr.headers["content-type"].split(";")[0]);
    expect(tr.headers["box-delivery-timestamp"]).toBe("2025-03-04T10:00:00+00:00");
    const c = asContext(tr);
    expect(verify(c)).toEqual({ ok: true });
    // Either signature alone verifies: each is made with its own key.
    expect(verify(asContext(tr, { secret: "rotated-away" })).ok).toBe(true);
    expect(verify(asContext(tr, { secondary: undefined })).ok).toBe(true);
    expect(verify(asContext(tr, { secret: "wrong-1", secondary: "wrong-2" })).ok).toBe(false);
    expect(verify(asContext(tr, { now: now + 11 * 60_000 })).ok).toBe(false);
    const payload = boxInbound.parse(c.request);
    expect(payload).toEqual({ ...(trigger.sample as object), id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    for (const event of boxInbound.split ? boxInbound.split(payload) : [payload]) {
      expect(boxInbound.trigger(event, boxInbound.eventType(event, c.request))).toBe(trigger.value);
      expect(trigger.schema.safeParse(event).success).toBe(true);
    }
  });

  it("sends the secondary signature only when a secondary key is configured", () => {
    const tr = build({});
    expect(tr.headers["box-signature-secondary"]).toBeUndefined();
    expect(verify(asContext(tr, { secondary: undefined }))).toEqual({ ok: true });
  });

  it("gives every call a fresh event id (Box's dedupe id) and BOX-DELIVERY-ID", () => {
    const [a, b] = [build(), build()];
    const [ra, rb] = [asContext(a).request, asContext(b).request];
    expect(boxInbound.deliveryId(boxInbound.parse(ra), ra)).not.toBe(boxInbound.deliveryId(boxInbound.parse(rb), rb));
    expect(boxInbound.deliveryId(boxInbound.parse(ra), ra)).not.toBe((trigger.sample as { id: string }).id);
    expect(a.headers["box-delivery-id"]).not.toBe(b.headers["box-delivery-id"]);
  });
});
