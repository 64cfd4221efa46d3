// The per-endpoint rate limit of the receiver, as a 429 with Retry-After.
import "server-only";
import { ApiError } from "../api/errors";
import { env } from "../env";
import { takeToken } from "./rate-limit";

export function rateLimitOr429(endpointId: string): void {
  const decision = takeToken(endpointId, env().HOOKYARD_INBOUND_RATE_LIMIT);
  if (!decision.allowed) {
    throw new ApiError("rate_limited", "Too many requests for this endpoint; retry later.", undefined, { "Retry-After": String(decision.retryAfterSeconds) });
  }
}
