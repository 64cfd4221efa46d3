import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Verdict, VerifyContext } from "../../../inbound/types";
import { MAILCHIMP_TRIGGERS } from "./events";
import { mailchimpInbound, parseBracketedForm, toBracketedForm } from "./inbound";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/mailchimp/ep_123";
const SECRET = "hY7c2Q9rX1vLk3Zp8WmN4tBd6FsGj0Ae5UoIwRyTqPc";
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

function ctx(body: Buffer | string, opts: { secret?: string; query?: string; method?: string } = {}): VerifyContext {
  const url = new URL(WEBHOOK_URL + (opts.query ?? `?secret=${encodeURIComponent(SECRET)}`));
  return {
    request: { method: opts.method ?? "POST", url, headers: new Headers(FORM), rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body) },
    secret: "secret" in opts ? opts.secret : SECRET,
    config: {},
    webhookUrl: WEBHOOK_URL,
    now: Date.now(),
  };
}

/** mailchimpInbound.verify is synchronous (no fetch); this fails loudly if it ever returns a promise. */
function verify(c: VerifyContext): Verdict {
  const verdict = mailchimpInbound.verify(c);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

/** Encodes a parsed fixture back into the form Mailchimp posts: data[merges][FNAME]=… */
function toForm(value: Record<string, unknown>, prefix = "", out = new URLSearchParams()): URLSearchParams {
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (inner && typeof inner === "object") toForm(inner as Record<string, unknown>, name, out);
    else out.append(name, String(inner));
  }
  return out;
}

describe("mailchimp inbound: the documented subscribe body", () => {
  // The subscribe example of Mailchimp's webhooks guide, written out as the form body Mailchimp
  // posts (https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/).
  // Mailchimp signs nothing, so there is no signature vector to check.
  const body =
    "type=subscribe&fired_at=2009-03-26+21%3A35%3A57&data%5Bid%5D=8a25ff1d98&data%5Blist_id%5D=a6b5da1054" +
    "&data%5Bemail%5D=api%40mailchimp.com&data%5Bemail_type%5D=html&data%5Bmerges%5D%5BEMAIL%5D=api%40mailchimp.com" +
    "&data%5Bmerges%5D%5BFNAME%5D=Mailchimp&data%5Bmerges%5D%5BLNAME%5D=API&data%5Bmerges%5D%5BINTERESTS%5D=Group1%2CGroup2" +
    "&data%5Bip_opt%5D=10.20.10.30&data[ip_signup]=10.20.10.30";

  it("parses the nested fields into objects of strings", () => {
    expect(mailchimpInbound.parse(ctx(body).request)).toEqual({
      type: "subscribe",
      fired_at: "2009-03-26 21:35:57",
      data: {
        id: "8a25ff1d98",
        list_id: "a6b5da1054",
        email: "api@mailchimp.com",
        email_type: "html",
        merges: { EMAIL: "api@mailchimp.com", FNAME: "Mailchimp", LNAME: "API", INTERESTS: "Group1,Group2" },
        ip_opt: "10.20.10.30",
        ip_signup: "10.20.10.30",
      },
    });
  });
});

describe("mailchimp inbound: form parsing edge cases", () => {
  it("ignores prototype keys and fields that collide with nested ones", () => {
    const parsed = parseBracketedForm("a[__proto__][x]=1&constructor[prototype][y]=2&data=flat&data[k]=v&b[c]=1&b[c][d]=2&e[]=z");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(parsed).toEqual({ data: "flat", b: { c: "1" }, e: { "": "z" } });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });
});

describe("mailchimp inbound: the URL check", () => {
  it("answers Mailchimp's GET with 200 once the URL secret verifies", () => {
    const get = ctx("", { method: "GET" });
    expect(mailchimpInbound.handshake?.signed).toBe(true);
    expect(verify(get)).toEqual({ ok: true });
    expect(mailchimpInbound.handshake!.answer(get)).toEqual({ status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: "" });
    expect(verify(ctx("", { method: "GET", query: "?secret=wrong" })).ok).toBe(false);
  });

  it("leaves POST requests to verify and parse", () => {
    expect(mailchimpInbound.handshake!.answer(ctx("type=subscribe"))).toBeUndefined();
  });
});

describe.each([
  ["subscribe.json", "mailchimp_trigger_subscribe", "Mailchimp API <api@mailchimp.com> subscribed to audience a6b5da1054", "https://admin.mailchimp.com/lists/"],
  ["unsubscribe.json", "mailchimp_trigger_unsubscribe", "Mailchimp API <api+unsub@mailchimp.com> unsubscribed from audience a6b5da1054 (manual)", "https://admin.mailchimp.com/lists/"],
  ["profile.json", "mailchimp_trigger_profile_updated", "Freddie Chimp <api@mailchimp.com> updated their profile in audience a6b5da1054", "https://admin.mailchimp.com/lists/"],
  ["upemail.json", "mailchimp_trigger_email_changed", "api+old@mailchimp.com changed their email to api+new@mailchimp.com in audience a6b5da1054", "https://admin.mailchimp.com/lists/"],
  ["cleaned.json", "mailchimp_trigger_cleaned", "api+cleaned@mailchimp.com was cleaned from audience a6b5da1054 (hard)", "https://admin.mailchimp.com/lists/"],
  ["campaign.json", "mailchimp_trigger_campaign_sent", 'Campaign "August product update" to audience a6b5da1054 is sent', "https://admin.mailchimp.com/campaigns/"],
])("mailchimp inbound: %s", (file, triggerValue, text, sourceUrl) => {
  const sample = JSON.parse(readFileSync(path.join(__dirname, "fixtures", file), "utf8"));
  const body = Buffer.from(toForm(sample).toString());

  it("verifies the URL secret; rejects a wrong, missing or unconfigured one", () => {
    expect(verify(ctx(body))).toEqual({ ok: true });
    expect(verify(ctx(body, { query: `?secret=${SECRET.slice(0, -1)}x` })).ok).toBe(false);
    expect(verify(ctx(body, { query: "" })).ok).toBe(false);
    expect(verify(ctx(body, { secret: "another-secret-entirely-0123456789abcdef" })).ok).toBe(false);
    expect(verify(ctx(body, { secret: undefined })).ok).toBe(false);
  });

  it("parses the form back into the fixture and processes it", () => {
    const request = ctx(body).request;
    const event = mailchimpInbound.parse(request);
    expect(event).toEqual(sample);
    const type = mailchimpInbound.eventType(event, request);
    expect(type).toBe(sample.type);
    expect(mailchimpInbound.deliveryId(event, request)).toBeNull();
    expect(mailchimpInbound.trigger(event, type)).toBe(triggerValue);
    const trigger = MAILCHIMP_TRIGGERS.find((x) => x.value === triggerValue)!;
    expect(trigger.schema.safeParse(event).success).toBe(true);
    expect(mailchimpInbound.identify(event)).toBe("a6b5da1054");
    expect(mailchimpInbound.process(event)).toEqual([{ text, sourceUrl }]);
  });
});

describe.each(MAILCHIMP_TRIGGERS.map((t) => [t.value, t] as const))("mailchimp inbound: testRequest for %s", (_value, trigger) => {
  const now = Date.parse("2025-03-04T10:00:00.250Z");
  const build = (at = now) => mailchimpInbound.testRequest!({ sample: trigger.sample, trigger: trigger.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: at });
  const sent = { ...(trigger.sample as Record<string, unknown>), fired_at: "2025-03-04 10:00:00" };

  it("posts the sample as Mailchimp's form to the URL with ?secret=, mapping back to the trigger", () => {
    const tr = build();
    expect(tr.method).toBe("POST");
    expect(mailchimpInbound.contentTypes).toContain(tr.headers["content-type"].split(";")[0]);
    expect(tr.body).toBe(toForm(sent).toString());
    const c = ctx(tr.body, { query: tr.query ?? "" });
    expect(verify(c)).toEqual({ ok: true });
    expect(verify(ctx(tr.body, { query: tr.query ?? "", secret: "another-secret-entirely-0123456789abcdef" })).ok).toBe(false);
    const payload = mailchimpInbound.parse(c.request);
    expect(payload).toEqual(sent);
    for (const event of mailchimpInbound.split ? mailchimpInbound.split(payload) : [payload]) {
      expect(mailchimpInbound.trigger(event, mailchimpInbound.eventType(event, c.request))).toBe(trigger.value);
      expect(trigger.schema.safeParse(event).success).toBe(true);
    }
  });

  it("carries no delivery id: tests differ by fired_at (the body hash is the dedupe id), except within one second", () => {
    expect(mailchimpInbound.deliveryId(null, ctx(build().body).request)).toBeNull();
    expect(build(now + 1000).body).not.toBe(build().body);
    expect(build(now + 500).body).toBe(build().body);
  });
});

describe("mailchimp inbound: toBracketedForm", () => {
  it("round-trips through parseBracketedForm and escapes the secret in the query", () => {
    const value = { type: "subscribe", data: { merges: { FNAME: "Ann & Bo", GROUPINGS: { "0": { name: "a=b" } } }, empty: null } };
    expect(parseBracketedForm(toBracketedForm(value).toString())).toEqual({ ...value, data: { ...value.data, empty: "" } });
    const tr = mailchimpInbound.testRequest!({ sample: value, trigger: "mailchimp_trigger_subscribe", secret: "a&b=c", config: {}, webhookUrl: WEBHOOK_URL, now: 0 });
    expect(new URL(WEBHOOK_URL + tr.query).searchParams.get("secret")).toBe("a&b=c");
  });
});
