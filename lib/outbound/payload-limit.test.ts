import { describe, expect, it } from "vitest";
import { MAX_OUTBOUND_PAYLOAD_BYTES } from "./emit";
import { withinOutboundLimit } from "./payload-limit";

describe("withinOutboundLimit", () => {
  it("keeps payloads up to 256 KB and drops the data of larger ones, saying so", () => {
    const small = { inboundEventId: "e1", data: { text: "x".repeat(1000) } };
    expect(withinOutboundLimit(small)).toBe(small);
    const large = { inboundEventId: "e2", data: { text: "x".repeat(MAX_OUTBOUND_PAYLOAD_BYTES) } };
    const relayed = withinOutboundLimit(large);
    expect(relayed).toEqual({ inboundEventId: "e2", data: null, dataOmitted: "the event is larger than 256 KB" });
    expect(Buffer.byteLength(JSON.stringify(relayed))).toBeLessThan(MAX_OUTBOUND_PAYLOAD_BYTES);
  });
});
