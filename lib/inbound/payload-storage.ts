// How an event's parsed payload is kept. Most providers send JSON, and the payload is
// then exactly the parse of the body already stored byte for byte: writing it a second
// time doubled what every acknowledgement wrote (bench/README.md, "ingest"). Such events
// store a small marker instead, and readers parse the body. Payloads that differ from
// the body (form-encoded Slack, YouTube's XML, an empty Google push, redacted Graph
// events whose body is re-serialized) are stored as they are.
import "server-only";

const parsedFrom = new WeakMap<object, Buffer>();

/** Stored in `payload` when the payload is JSON.parse(body). */
export const PAYLOAD_IS_BODY = { $hookyard: "payload-is-body" } as const;

/** Called by the JSON parser of the presets: `value` is exactly the parse of `raw`. */
export function rememberParsedBody(value: unknown, raw: Buffer): void {
  if (value !== null && typeof value === "object" && raw.length > 0) parsedFrom.set(value, raw);
}

/** True when `payload` is what JSON.parse(body) gives back. */
export function isParseOf(payload: unknown, body: Buffer): boolean {
  return payload !== null && typeof payload === "object" && parsedFrom.get(payload) === body;
}

/** The payload as it goes into the row. */
export function payloadToStore(payload: unknown, bodyIsPayloadJson: boolean): unknown {
  return bodyIsPayloadJson ? PAYLOAD_IS_BODY : payload;
}

/** The payload of a stored row, whichever way it was kept. */
export function readPayload(row: { payload: unknown; body: Uint8Array | null }): unknown {
  const marker = row.payload as { $hookyard?: unknown } | null;
  if (marker && typeof marker === "object" && marker.$hookyard === PAYLOAD_IS_BODY.$hookyard && row.body) {
    return JSON.parse(Buffer.from(row.body).toString("utf8"));
  }
  return row.payload ?? null;
}
