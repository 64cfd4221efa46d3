// endpointChanges: a batch of processed events folded into per-endpoint counter
// updates, the consecutive-failure streak, the next health status and its event.
import { describe, expect, it } from "vitest";
import { endpointChanges, ERROR_AFTER_FAILURES } from "./endpoint-changes";
import type { Outcome } from "./evaluate-event";

type Status = Outcome["status"];
const T0 = Date.parse("2025-03-01T10:00:00.000Z");

let seq = 0;
function item(endpointId: string, status: Status, options: { at?: number; error?: string; userId?: string; drift?: string[] } = {}) {
  seq += 1;
  const outcome: Outcome = { status, activities: [], ...(status !== "processed" ? { error: options.error ?? `${status} #${seq}` } : {}), ...(options.drift ? { schemaDrift: options.drift } : {}) };
  return { event: { endpointId, receivedAt: new Date(options.at ?? T0 + seq * 1000) }, userId: options.userId ?? "user-1", outcome };
}

function endpoint(overrides: Partial<{ id: string; userId: string; providerId: string; status: string; consecutiveFailures: number }> = {}) {
  return { id: "ep-1", userId: "user-1", providerId: "github", status: "active", consecutiveFailures: 0, ...overrides };
}

describe("endpointChanges", () => {
  it("counts successes and failures per endpoint, in one entry per endpoint", () => {
    const changes = endpointChanges([
      item("ep-1", "processed", { at: T0 + 1000 }),
      item("ep-2", "failed", { at: T0 + 2000 }),
      item("ep-1", "failed", { at: T0 + 3000, error: "bad payload" }),
      item("ep-1", "processed", { at: T0 + 5000 }),
      item("ep-2", "processed", { at: T0 + 4000 }),
      item("ep-1", "failed", { at: T0 + 4000 }),
    ]);
    expect(changes.map((c) => c.endpointId)).toEqual(["ep-1", "ep-2"]);
    const [one, two] = changes;
    expect(one.data).toEqual({
      triggerCount: { increment: 2 },
      errorCount: { increment: 2 },
      driftCount: { increment: 0 },
      consecutiveFailures: 1, // the failure after the last success
      lastTriggered: new Date(T0 + 5000), // the latest receivedAt, whatever the order
    });
    expect(two.data).toEqual({ triggerCount: { increment: 1 }, errorCount: { increment: 1 }, driftCount: { increment: 0 }, consecutiveFailures: 0, lastTriggered: new Date(T0 + 4000) });
  });

  it("counts processed events with schema drift as successes and in the drift count", () => {
    const [change] = endpointChanges([item("ep-1", "processed", { drift: ["issue.state: Invalid input"] }), item("ep-1", "processed"), item("ep-1", "processed", { drift: ["x: y"] })]);
    expect(change.data).toMatchObject({ triggerCount: { increment: 3 }, errorCount: { increment: 0 }, driftCount: { increment: 2 }, consecutiveFailures: 0 });
  });

  it("leaves ignored events out: they count neither way and do not move lastTriggered", () => {
    const changes = endpointChanges([
      item("ep-1", "processed", { at: T0 + 1000 }),
      item("ep-1", "ignored", { at: T0 + 9000 }),
      item("ep-1", "failed", { at: T0 + 2000 }),
      item("ep-1", "ignored", { at: T0 + 9500 }),
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0].data).toEqual({ triggerCount: { increment: 1 }, errorCount: { increment: 1 }, driftCount: { increment: 0 }, consecutiveFailures: 1, lastTriggered: new Date(T0 + 2000) });
    // An endpoint whose events were all ignored has no change at all.
    expect(endpointChanges([item("ep-9", "ignored"), item("ep-9", "ignored")])).toEqual([]);
    expect(endpointChanges([])).toEqual([]);
  });

  it("sets the streak to the trailing failures after the last success, 0 when the batch ends with a success", () => {
    const [trailing] = endpointChanges([item("ep-1", "failed"), item("ep-1", "failed"), item("ep-1", "processed"), item("ep-1", "failed"), item("ep-1", "failed"), item("ep-1", "failed")]);
    expect(trailing.data.consecutiveFailures).toBe(3);
    expect(trailing.data.errorCount).toEqual({ increment: 5 });
    const [recovered] = endpointChanges([item("ep-1", "failed"), item("ep-1", "processed")]);
    expect(recovered.data.consecutiveFailures).toBe(0);
  });

  it("increments the streak by the number of failures when no event of the batch succeeded", () => {
    const [change] = endpointChanges([item("ep-1", "failed"), item("ep-1", "ignored"), item("ep-1", "failed"), item("ep-1", "failed")]);
    expect(change.data.consecutiveFailures).toEqual({ increment: 3 });
    expect(change.data.triggerCount).toEqual({ increment: 0 });
    expect(change.data.errorCount).toEqual({ increment: 3 });
  });

  it("turns an endpoint to error when the batch ends failing and its streak (after the update) reaches the threshold", () => {
    expect(ERROR_AFTER_FAILURES).toBe(5);
    const [change] = endpointChanges([item("ep-1", "failed")]);
    expect(change.nextStatus(endpoint({ consecutiveFailures: 4 }))).toBe("active");
    expect(change.nextStatus(endpoint({ consecutiveFailures: 5 }))).toBe("error");
    expect(change.nextStatus(endpoint({ consecutiveFailures: 12 }))).toBe("error");
    expect(change.nextStatus(endpoint({ status: "error", consecutiveFailures: 6 }))).toBe("error");
    // A streak of 5 inside one batch, after a success in the same batch.
    const [inBatch] = endpointChanges([item("ep-1", "processed"), ...Array.from({ length: 5 }, () => item("ep-1", "failed"))]);
    expect(inBatch.data.consecutiveFailures).toBe(5);
    expect(inBatch.nextStatus(endpoint({ consecutiveFailures: 5 }))).toBe("error");
  });

  it("keeps the status when the batch ends with a success on an endpoint that is not in error", () => {
    const [change] = endpointChanges([item("ep-1", "failed"), item("ep-1", "processed")]);
    expect(change.nextStatus(endpoint({ status: "active", consecutiveFailures: 0 }))).toBe("active");
    expect(change.nextStatus(endpoint({ status: "inactive", consecutiveFailures: 0 }))).toBe("inactive");
  });

  it("turns an endpoint in error active again after a success", () => {
    const [recovered] = endpointChanges([item("ep-1", "failed"), item("ep-1", "processed")]);
    expect(recovered.nextStatus(endpoint({ status: "error", consecutiveFailures: 0 }))).toBe("active");
    // A success followed by a few failures (below the threshold) still recovers.
    const [partly] = endpointChanges([item("ep-1", "processed"), item("ep-1", "failed"), item("ep-1", "failed")]);
    expect(partly.nextStatus(endpoint({ status: "error", consecutiveFailures: 2 }))).toBe("active");
    // Without a success, an endpoint in error stays in error.
    const [stillFailing] = endpointChanges([item("ep-1", "failed")]);
    expect(stillFailing.nextStatus(endpoint({ status: "error", consecutiveFailures: 8 }))).toBe("error");
  });

  it("describes the change as app:health_warning with the last failure's error, or app:health_cleared", () => {
    const [change] = endpointChanges([item("ep-1", "failed", { error: "first" }), item("ep-1", "failed", { error: "payload does not match github_trigger_push: ref: Required" })]);
    const ep = endpoint({ id: "ep-7", userId: "user-3", providerId: "slack", consecutiveFailures: 5 });
    expect(change.healthEvent(ep, "error")).toEqual({
      userId: "user-3",
      type: "app:health_warning",
      source: "slack",
      payload: { endpointId: "ep-7", provider: "slack", reason: "5 events in a row failed; last: payload does not match github_trigger_push: ref: Required" },
    });
    expect(change.healthEvent(ep, "active")).toEqual({ userId: "user-3", type: "app:health_cleared", source: "slack", payload: { endpointId: "ep-7", provider: "slack" } });
  });

  it("ends a batch like one-by-one processing would leave the counters", () => {
    // Simulate the database: apply each change to a stored endpoint row.
    const outcomes: Status[] = ["failed", "failed", "processed", "ignored", "failed", "failed", "failed", "failed", "failed", "processed", "failed"];
    const stored = { triggerCount: 0, errorCount: 0, consecutiveFailures: 2 };
    const [change] = endpointChanges(outcomes.map((s) => item("ep-1", s)));
    const apply = (current: number, update: number | { increment: number }) => (typeof update === "number" ? update : current + update.increment);
    const batch = {
      triggerCount: apply(stored.triggerCount, change.data.triggerCount),
      errorCount: apply(stored.errorCount, change.data.errorCount),
      consecutiveFailures: apply(stored.consecutiveFailures, change.data.consecutiveFailures),
    };
    const oneByOne = { ...stored };
    for (const s of outcomes) {
      if (s === "ignored") continue;
      if (s === "failed") {
        oneByOne.errorCount += 1;
        oneByOne.consecutiveFailures += 1;
      } else {
        oneByOne.triggerCount += 1;
        oneByOne.consecutiveFailures = 0;
      }
    }
    expect(batch).toEqual(oneByOne);
    expect(batch).toEqual({ triggerCount: 2, errorCount: 8, consecutiveFailures: 1 });
  });
});
