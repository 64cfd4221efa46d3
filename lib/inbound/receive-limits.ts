// The receiver's intake limit, as a 429 with Retry-After, only where someone opted in:
// the endpoint's own integration_config.intake_rate_limit, else the operator's
// HOOKYARD_INBOUND_RATE_LIMIT, else none (the default). With no limit every verified
// request that can be stored is accepted; the database is protected by the overload
// guard (overload.ts, 503) instead, which a retrying provider honours and which never
// fires while the database keeps up. Hookdeck's rule: accept and queue, throttle delivery.
// https://hookdeck.com/docs/delivery-rate
import "server-only";
import { ApiError } from "../api/errors";
import { env } from "../env";
import { intakeRateLimitOf } from "../integration-webhooks/intake-limit-schema";
import type { InboundEndpoint } from "./endpoint-context";
import { takeToken } from "./rate-limit";

export function effectiveIntakeLimit(endpoint: Pick<InboundEndpoint, "integrationConfig">): number | undefined {
  return intakeRateLimitOf(endpoint.integrationConfig) ?? env().HOOKYARD_INBOUND_RATE_LIMIT;
}

export function rateLimitOr429(endpoint: InboundEndpoint): void {
  const perSecond = effectiveIntakeLimit(endpoint);
  if (perSecond === undefined) return;
  // Keyed by the limit too, so a changed setting starts a fresh bucket.
  const decision = takeToken(`${endpoint.id}:${perSecond}`, perSecond);
  if (!decision.allowed) {
    throw new ApiError("rate_limited", `This endpoint accepts at most ${perSecond} requests per second (its intake limit); retry later.`, undefined, {
      "Retry-After": String(decision.retryAfterSeconds),
    });
  }
}
