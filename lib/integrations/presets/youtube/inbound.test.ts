import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { YOUTUBE_TRIGGERS } from "./events";
import { youtubeInbound as spec } from "./inbound";
import newVideo from "./fixtures/new-video.json";
import videoUpdated from "./fixtures/video-updated.json";

/** This preset's verify is synchronous. */
const verify = (ctx: VerifyContext) => spec.verify(ctx) as Verdict;

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/youtube/ep_123";
const SECRET = "hY3kq2nV7tB1mXc9LwP4sR8dZ6fJ0aGeUiOoKyTbNQA"; // a Hookyard-generated hub.secret
const TOPIC = "https://www.youtube.com/xml/feeds/videos.xml?channel_id=UC_x5XG1OV2P6uZZ5FSM9Ttw";

function request(body: string, headers: Record<string, string> = {}, { method = "POST", query = "" } = {}): InboundRequest {
  return { method, url: new URL(WEBHOOK_URL + query), headers: new Headers({ "content-type": "application/atom+xml", ...headers }), rawBody: Buffer.from(body) };
}

function context(req: InboundRequest, secret: string | null = SECRET): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: 1_724_700_000_000 };
}

/** Signed as the hub signs (self-signed: these bodies are our fixtures). */
const signed = (body: string, secret = SECRET) => request(body, { "x-hub-signature": "sha1=" + createHmac("sha1", secret).update(body).digest("hex") });

type Entry = typeof newVideo;

const escapeTitle = (title: string) => title.replace(/&/g, "&amp;").replace(/'/g, "&#39;");

/** One <entry> in the layout of YouTube's push guide (https://developers.google.com/youtube/v3/guides/push_notifications). */
function entryXml(entry: Entry, title = escapeTitle(entry.title)): string {
  return `  <entry>
    <id>yt:video:${entry.videoId}</id>
    <yt:videoId>${entry.videoId}</yt:videoId>
    <yt:channelId>${entry.channelId}</yt:channelId>
    <title>${title}</title>
    <link rel="alternate" href="${entry.link}"/>
    <author>
     <name>${entry.author.name}</name>
     <uri>${entry.author.uri}</uri>
    </author>
    <published>${entry.published}</published>
    <updated>${entry.updated}</updated>
  </entry>
`;
}

/** The guide's notification feed around the given entries. */
function feed(...entries: string[]): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns="http://www.w3.org/2005/Atom">
  <link rel="hub" href="https://pubsubhubbub.appspot.com"/>
  <link rel="self" href="${TOPIC}"/>
  <title>YouTube video feed</title>
  <updated>2024-08-26T09:12:44.107836512+00:00</updated>
${entries.join("")}</feed>
`;
}

describe("YouTube inbound (WebSub)", () => {
  // Test vector of Google's reference hub, the code behind pubsubhubbub.appspot.com (the hub YouTube
  // uses): hub/main_test.py, PushEventHandlerTest.testHmacData, in
  // https://github.com/pubsubhubbub/PubSubHubbub (commit 235ceb6e5122dfba2a830b1956d25ea1c8bcf33a).
  // It delivers one payload to three subscribers with different secrets and expects these headers.
  it("verifies the reference hub's published HMAC test vector", () => {
    const payload = '<?xml version="1.0" encoding="utf-8"?>\n<feed>\n<stuff>blah</stuff>\n<xmldata/>\n<entry>article1</entry>\n<entry>article2</entry>\n<entry>article3</entry>\n</feed>';
    const vectors = [
      ["secret3", "sha1=3e9caf971b0833d15393022f5f01a47adf597af5"],
      ["my-token", "sha1=4847815aae8578eff55d351bc84a159b9bd8846e"],
      ["secret-stuff", "sha1=8b0a9da7204afa8ae04fc9439755c556b1e38d99"],
    ] as const;
    for (const [secret, signature] of vectors) {
      expect(verify(context(request(payload, { "x-hub-signature": signature }), secret))).toEqual({ ok: true });
      expect(verify(context(request(payload, { "x-hub-signature": signature }), secret + "!")).ok).toBe(false);
    }
  });

  it("echoes hub.challenge for subscribe and unsubscribe, unsigned", () => {
    for (const mode of ["subscribe", "unsubscribe"]) {
      const query = `?hub.mode=${mode}&hub.topic=${encodeURIComponent(TOPIC)}&hub.challenge=14216893546046596187&hub.lease_seconds=432000`;
      expect(spec.handshake!.answer(context(request("", {}, { method: "GET", query }), null))).toEqual({
        status: 200,
        headers: { "content-type": "text/plain", "x-content-type-options": "nosniff" },
        body: "14216893546046596187",
      });
    }
    expect(spec.handshake!.signed).toBe(false);
  });

  it("refuses verification for topics that are not YouTube feeds, acknowledges denials, ignores POSTs", () => {
    const get = (query: string) => spec.handshake!.answer(context(request("", {}, { method: "GET", query })));
    expect(get(`?hub.mode=subscribe&hub.topic=${encodeURIComponent("https://example.com/feed")}&hub.challenge=1`)?.status).toBe(404);
    expect(get(`?hub.mode=subscribe&hub.topic=${encodeURIComponent(TOPIC)}`)?.status).toBe(400);
    expect(get(`?hub.mode=denied&hub.topic=${encodeURIComponent(TOPIC)}&hub.reason=nope`)).toEqual({ status: 200 });
    expect(get("")).toBeUndefined();
    expect(spec.handshake!.answer(context(signed(feed(entryXml(newVideo)))))).toBeUndefined();
  });

  const expected: Record<string, { deliveryId: string; text: string }> = {
    youtube_trigger_new_video: { deliveryId: "yt:video:Ks-_Mh1QhMc", text: `Google for Developers uploaded "What's new in the YouTube Data API"` },
    youtube_trigger_video_updated: {
      deliveryId: "yt:video:Ks-_Mh1QhMc@2024-08-26T09:12:44.107836512+00:00",
      text: `Google for Developers updated "What's new in the YouTube Data API (2024 edition)"`,
    },
  };

  it.each(YOUTUBE_TRIGGERS.map((t) => [t.value, t] as const))("%s: a signed Atom notification verifies and parses to the fixture", (value, def) => {
    const req = signed(feed(entryXml(def.sample as Entry)));
    expect(verify(context(req))).toEqual({ ok: true });
    const parsed = spec.parse(req);
    const [event] = spec.split!(parsed);
    expect(event).toEqual(def.sample);
    expect(def.schema.safeParse(event).success).toBe(true);
    expect(spec.eventType(event, req)).toBe("entry");
    expect(spec.deliveryId(event, req)).toBe(expected[value].deliveryId);
    expect(spec.trigger(event, "entry")).toBe(value);
    expect(spec.identify(event)).toBe("UC_x5XG1OV2P6uZZ5FSM9Ttw");
    expect(spec.process(event)).toEqual([{ text: expected[value].text, sourceUrl: "https://www.youtube.com/watch?v=Ks-_Mh1QhMc" }]);
  });

  it("rejects a tampered body, a wrong secret, a missing secret and a missing or foreign signature", () => {
    const body = feed(entryXml(newVideo));
    const good = signed(body);
    const tampered = Buffer.from(body);
    tampered[body.indexOf("Ks-_Mh1QhMc")] ^= 0x01;
    expect(verify(context({ ...good, rawBody: tampered })).ok).toBe(false);
    expect(verify(context(good, "another-secret")).ok).toBe(false);
    expect(verify(context(good, null))).toEqual({ ok: false, reason: "no signing secret is configured for this endpoint" });
    expect(verify(context(request(body))).ok).toBe(false);
    const sha256 = "sha256=" + createHmac("sha256", SECRET).update(body).digest("hex");
    expect(verify(context(request(body, { "x-hub-signature": sha256 }))).ok).toBe(false);
  });
  // WebSub notifications carry no timestamp header, so there is no staleness window to test.

  it("decodes raw and CDATA titles and splits a feed with several entries", () => {
    const raw = feed(entryXml(videoUpdated, "<![CDATA[What's new in the YouTube Data API (2024 edition)]]>"));
    expect(spec.parse(signed(raw))).toEqual(videoUpdated);
    const events = spec.split!(spec.parse(signed(feed(entryXml(newVideo), entryXml(videoUpdated, "What's new in the YouTube Data API (2024 edition)")))));
    expect(events).toEqual([newVideo, videoUpdated]);
  });

  it("reads a deleted-entry tombstone and stores it without a trigger", () => {
    const body = `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:at="http://purl.org/atompub/tombstones/1.0" xmlns="http://www.w3.org/2005/Atom">
  <at:deleted-entry ref="yt:video:Ks-_Mh1QhMc" when="2024-09-01T10:00:00.000000+00:00">
    <link href="https://www.youtube.com/watch?v=Ks-_Mh1QhMc"/>
    <at:by><name>Google for Developers</name><uri>https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw</uri></at:by>
  </at:deleted-entry>
</feed>`;
    const req = signed(body);
    expect(verify(context(req))).toEqual({ ok: true });
    const event = spec.parse(req);
    expect(event).toEqual({
      deleted: true,
      videoId: "Ks-_Mh1QhMc",
      channelId: "UC_x5XG1OV2P6uZZ5FSM9Ttw",
      link: "https://www.youtube.com/watch?v=Ks-_Mh1QhMc",
      deletedAt: "2024-09-01T10:00:00.000000+00:00",
    });
    expect(spec.eventType(event, req)).toBe("deleted-entry");
    expect(spec.trigger(event, "deleted-entry")).toBeUndefined();
    expect(spec.deliveryId(event, req)).toBe("yt:video:Ks-_Mh1QhMc:deleted");
    expect(spec.process(event)).toEqual([{ text: "Video Ks-_Mh1QhMc was deleted", sourceUrl: "https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw" }]);
  });
});

// testRequest (POST /api/integration-webhooks/{id}/test): the Atom feed Google's hub would POST for
// each trigger's sample, signed with the hub.secret.
describe("YouTube testRequest", () => {
  const build = (def: Pick<TriggerDefinition, "sample" | "value">) =>
    spec.testRequest!({ sample: def.sample, trigger: def.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: 1_724_700_000_000 });
  const toRequest = (t: TestRequest): InboundRequest => ({ method: t.method, url: new URL(WEBHOOK_URL + (t.query ?? "")), headers: new Headers(t.headers), rawBody: Buffer.from(t.body) });

  it.each(YOUTUBE_TRIGGERS.map((t) => [t.value, t] as const))("%s: the rebuilt feed verifies, parses back to the sample and maps", (value, def) => {
    const test = build(def);
    const req = toRequest(test);
    expect(test.query).toBeUndefined();
    expect(spec.contentTypes).toContain(test.headers["content-type"]);
    expect(test.headers["x-hub-signature"]).toBe("sha1=" + createHmac("sha1", SECRET).update(test.body).digest("hex"));
    expect(test.headers.link).toBe(`<https://pubsubhubbub.appspot.com/>; rel=hub, <${TOPIC}>; rel=self`);
    expect(verify(context(req))).toEqual({ ok: true });
    expect(verify(context(req, "another-hub-secret")).ok).toBe(false);
    const events = spec.split!(spec.parse(req));
    expect(events).toEqual([def.sample]);
    for (const event of events) {
      expect(spec.trigger(event, spec.eventType(event, req))).toBe(value);
      expect(def.schema.safeParse(event).success).toBe(true);
    }
    // WebSub has no delivery id: the dedupe id is derived from the entry (the sample itself), so a
    // second test of the same sample is a duplicate, as the hub's repeat of a notification is.
    const again = toRequest(build(def));
    expect(spec.deliveryId(spec.parse(again), again)).toBe(spec.deliveryId(events[0], req));
  });

  it("escapes XML in titles and sends several entries as one feed", () => {
    const tricky = { ...newVideo, title: `Tom & Jerry <live> "4K" it's` };
    const req = toRequest(build({ sample: [tricky, videoUpdated], value: "youtube_trigger_new_video" }));
    expect(verify(context(req))).toEqual({ ok: true });
    expect(spec.split!(spec.parse(req))).toEqual([tricky, videoUpdated]);
  });
});
