// Inbound bodies may be up to 1 MiB, outbound payloads at most 256 KB
// (MAX_OUTBOUND_PAYLOAD_BYTES): a larger inbound event is relayed without its data,
// which the receiver can read through the API by inboundEventId.
import "server-only";
import { MAX_OUTBOUND_PAYLOAD_BYTES } from "./emit";

export function withinOutboundLimit<T extends { data: unknown }>(payload: T): T | (Omit<T, "data"> & { data: null; dataOmitted: string }) {
  if (Buffer.byteLength(JSON.stringify(payload)) <= MAX_OUTBOUND_PAYLOAD_BYTES) return payload;
  return { ...payload, data: null, dataOmitted: `the event is larger than ${MAX_OUTBOUND_PAYLOAD_BYTES / 1024} KB` };
}
