// What a batch of processed events does to each endpoint: its counters, its
// consecutive-failure streak and, from those, its health status (DESIGN.md §2):
// "error" after ERROR_AFTER_FAILURES failed events in a row, "active" again on the
// next success. A batch is folded in the events' order, so the counters end exactly
// where one-by-one processing would leave them; only the status is decided once per
// batch (a batch that both reaches the streak and recovers ends "active" without
// sending the warning it would have cleared).
import "server-only";
import { groupBy } from "../group-by";
import type { OutboundEventInput } from "../outbound/emit";
import type { Outcome } from "./evaluate-event";

/** Consecutive failed events after which the endpoint shows status "error". */
export const ERROR_AFTER_FAILURES = 5;

type Item = { event: { endpointId: string; receivedAt: Date }; userId: string; outcome: Outcome };
type EndpointAfter = { id: string; userId: string; providerId: string; status: string; consecutiveFailures: number };

export function endpointChanges(items: Item[]) {
  const counted = items.filter((item) => item.outcome.status !== "ignored"); // ignored events do not count either way
  const byEndpoint = groupBy(counted, (item) => item.event.endpointId);
  return [...byEndpoint].map(([endpointId, list]) => {
    const failures = list.filter((i) => i.outcome.status === "failed");
    const lastSuccess = list.map((i) => i.outcome.status).lastIndexOf("processed");
    const trailingFailures = list.length - 1 - lastSuccess;
    const lastError = failures.at(-1)?.outcome.error;
    const lastTriggered = list.reduce((latest, i) => (i.event.receivedAt > latest ? i.event.receivedAt : latest), list[0].event.receivedAt);
    return {
      endpointId,
      data: {
        triggerCount: { increment: list.length - failures.length },
        errorCount: { increment: failures.length },
        driftCount: { increment: list.filter((i) => i.outcome.schemaDrift).length },
        consecutiveFailures: lastSuccess >= 0 ? trailingFailures : { increment: failures.length },
        lastTriggered,
      },
      nextStatus(endpoint: EndpointAfter): string {
        if (trailingFailures > 0 && endpoint.consecutiveFailures >= ERROR_AFTER_FAILURES) return "error";
        if (lastSuccess >= 0 && endpoint.status === "error") return trailingFailures >= ERROR_AFTER_FAILURES ? "error" : "active";
        return endpoint.status;
      },
      healthEvent(endpoint: EndpointAfter, nextStatus: string): OutboundEventInput {
        const about = { endpointId: endpoint.id, provider: endpoint.providerId };
        return nextStatus === "error"
          ? { userId: endpoint.userId, type: "app:health_warning", source: endpoint.providerId, payload: { ...about, reason: `${ERROR_AFTER_FAILURES} events in a row failed; last: ${lastError}` } }
          : { userId: endpoint.userId, type: "app:health_cleared", source: endpoint.providerId, payload: about };
      },
    };
  });
}
