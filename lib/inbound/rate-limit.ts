// A token bucket per endpoint, in memory: the endpoint's opt-in intake limit
// (receive-limits.ts) in requests per second sustained, twice that as a burst. Per
// process: with several web processes each has its own bucket.
import "server-only";

type Bucket = { tokens: number; updatedAt: number };

const buckets = new Map<string, Bucket>();
const MAX_BUCKETS = 100_000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function takeToken(key: string, perSecond: number, now = Date.now()): RateDecision {
  const capacity = perSecond * 2;
  let bucket = buckets.get(key);
  if (!bucket) {
    if (buckets.size >= MAX_BUCKETS) buckets.clear(); // bounded memory; a reset only forgives
    bucket = { tokens: capacity, updatedAt: now };
    buckets.set(key, bucket);
  }
  bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond);
  bucket.updatedAt = now;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return { allowed: true };
  }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
}
