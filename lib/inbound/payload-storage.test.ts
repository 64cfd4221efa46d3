import { describe, expect, it } from "vitest";
import { isParseOf, PAYLOAD_IS_BODY, payloadToStore, readPayload } from "./payload-storage";
import { parseJson } from "./verify-helpers";

describe("payload storage", () => {
  it("keeps only a marker when the payload is the parse of the body, and reads it back from the body", () => {
    const body = Buffer.from('{"ref":"refs/heads/main","commits":[{"id":"é"}]}');
    const payload = parseJson(body);
    expect(isParseOf(payload, body)).toBe(true);
    const stored = payloadToStore(payload, isParseOf(payload, body));
    expect(stored).toEqual(PAYLOAD_IS_BODY);
    expect(readPayload({ payload: stored, body: new Uint8Array(body) })).toEqual({ ref: "refs/heads/main", commits: [{ id: "é" }] });
  });

  it("stores a payload that is not the parse of these bytes as it is", () => {
    const body = Buffer.from("payload=%7B%22type%22%3A%22block_actions%22%7D");
    const payload = { type: "block_actions" };
    expect(isParseOf(payload, body)).toBe(false);
    expect(isParseOf(parseJson(Buffer.from('{"a":1}')), Buffer.from('{"a":1}'))).toBe(false); // equal bytes, another buffer
    expect(payloadToStore(payload, false)).toBe(payload);
    expect(readPayload({ payload, body: new Uint8Array(body) })).toEqual(payload);
  });

  it("answers null for rows without a payload (rejections, handshakes)", () => {
    expect(readPayload({ payload: null, body: new Uint8Array(Buffer.from("not json")) })).toBeNull();
    expect(isParseOf(parseJson(Buffer.alloc(0)), Buffer.alloc(0))).toBe(false);
  });
});
