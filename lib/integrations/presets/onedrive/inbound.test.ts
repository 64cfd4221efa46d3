import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { ONEDRIVE_TRIGGERS } from "./events";
import { onedriveInbound as spec } from "./inbound";
import driveItemChanged from "./fixtures/drive-item-changed.json";

/** This preset's verify is synchronous. */
const verify = (ctx: VerifyContext) => spec.verify(ctx) as Verdict;

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/onedrive/ep_123";
// Graph signs nothing; the fixture's clientState is the secret Hookyard generated for the
// subscription (no published example exists for a secret-less scheme).
const SECRET = driveItemChanged.value[0].clientState;

function request(body: string, { method = "POST", query = "" } = {}): InboundRequest {
  return { method, url: new URL(WEBHOOK_URL + query), headers: new Headers({ "content-type": "application/json" }), rawBody: Buffer.from(body) };
}

function context(req: InboundRequest, secret: string | null = SECRET): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: 1_746_000_000_000 };
}

const body = JSON.stringify(driveItemChanged);

describe("OneDrive inbound (Graph change notifications)", () => {
  it("echoes Graph's validationToken as text/plain without checking a secret", () => {
    const req = request("", { query: "?validationToken=Validation%3A+Testing+%3Ctoken%3E" });
    expect(spec.handshake!.answer(context(req, null))).toEqual({
      status: 200,
      headers: { "content-type": "text/plain", "x-content-type-options": "nosniff" },
      body: "Validation: Testing <token>",
    });
    expect(spec.handshake!.signed).toBe(false);
    expect(spec.handshake!.answer(context(request(body)))).toBeUndefined();
  });

  it("verifies, parses and maps the fixture", () => {
    const def = ONEDRIVE_TRIGGERS[0];
    const req = request(body);
    expect(verify(context(req))).toEqual({ ok: true });
    const [event] = spec.split!(spec.parse(req));
    expect(event).toEqual(def.sample);
    expect(def.schema.safeParse(event).success).toBe(true);
    expect(spec.eventType(event, req)).toBe("updated");
    expect(spec.trigger(event, "updated")).toBe("onedrive_trigger_drive_item_changed");
    expect(spec.identify(event)).toBe("5b3c1f0e-8a47-4d8e-9f2b-6c1d2e3f4a5b");
    expect(spec.process(event)).toEqual([{ text: "Files changed in OneDrive under /me/drive/root", sourceUrl: "https://www.office.com/launch/onedrive" }]);
  });

  // A drive notification names only the watched folder, so two real changes are byte-identical:
  // a content-derived id (or the receiver's body hash) would drop every change after the first.
  it("gives identical drive notifications distinct delivery ids", () => {
    const req = request(body);
    const first = spec.deliveryId(spec.parse(req), req);
    const second = spec.deliveryId(spec.parse(req), req);
    expect(first).toMatch(/^graph:/);
    expect(first).not.toBe(second);
  });

  it("links personal drives to onedrive.live.com", () => {
    const personal = { value: [{ ...driveItemChanged.value[0], tenantId: undefined }] };
    expect(spec.process(personal)).toEqual([{ text: "Files changed in OneDrive under /me/drive/root", sourceUrl: "https://onedrive.live.com/" }]);
  });

  it("rejects a tampered clientState, a wrong secret and a missing secret", () => {
    const tampered = Buffer.from(body);
    tampered[body.indexOf(SECRET)] ^= 0x01;
    expect(verify(context({ ...request(body), rawBody: tampered })).ok).toBe(false);
    expect(verify(context(request(body), "secretClientValue")).ok).toBe(false);
    expect(verify(context(request(body), null)).ok).toBe(false);
    expect(verify(context(request("not json"))).ok).toBe(false);
  });
  // Graph sends no timestamp, so there is no staleness window to test.
});

// testRequest (POST /api/integration-webhooks/{id}/test): the notification Graph would POST for
// each trigger's sample, carrying the endpoint's secret as clientState.
describe("OneDrive testRequest", () => {
  // Not the fixture's clientState: the test request must carry the endpoint's secret, not the sample's.
  const ENDPOINT_SECRET = "Hookyard-endpoint-client-state-7Qm2";
  const build = (def: TriggerDefinition) => spec.testRequest!({ sample: def.sample, trigger: def.value, secret: ENDPOINT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: 1_746_000_000_000 });
  const toRequest = (t: TestRequest): InboundRequest => ({ method: t.method, url: new URL(WEBHOOK_URL + (t.query ?? "")), headers: new Headers(t.headers), rawBody: Buffer.from(t.body) });

  it.each(ONEDRIVE_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies with the endpoint's secret, parses and maps back to the trigger", (value, def) => {
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
