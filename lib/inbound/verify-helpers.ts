// The shared crypto of every verifier: HMAC digests, constant-time comparison
// after a length check, timestamp windows. Presets describe their scheme with these;
// no preset compares signatures with === or calls timingSafeEqual itself.
import "server-only";
import { createHmac } from "node:crypto";
import { constantTimeEqual } from "../crypto";
import type { Verdict, VerifyContext } from "./types";
import { jsonDepth, MAX_JSON_DEPTH } from "./json-depth";
import { rememberParsedBody } from "./payload-storage";

export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export const OK: Verdict = { ok: true };
export const reject = (reason: string): Verdict => ({ ok: false, reason });

export type HmacAlgorithm = "sha1" | "sha256" | "sha512";

export function hmac(algorithm: HmacAlgorithm, key: string | Buffer, data: string | Buffer): Buffer {
  return createHmac(algorithm, key).update(data).digest();
}

/** True when `given` (as sent, e.g. hex or base64 text) equals the expected digest in that encoding. */
export function digestMatches(expected: Buffer, given: string | null | undefined, encoding: "hex" | "base64" | "base64url"): boolean {
  if (!given) return false;
  const text = encoding === "hex" ? given.trim().toLowerCase() : given.trim();
  return constantTimeEqual(expected.toString(encoding), text);
}

/** Fails closed when no secret is configured. */
export function requireSecret(ctx: VerifyContext): string | Verdict {
  return ctx.secret ? ctx.secret : reject("no signing secret is configured for this endpoint");
}

/** Checks a provider timestamp (seconds or ms since the epoch) against now ± tolerance. */
export function timestampWithin(ctx: VerifyContext, value: string | number | null | undefined, unit: "s" | "ms" = "s", toleranceSeconds = DEFAULT_TOLERANCE_SECONDS): Verdict {
  const number = typeof value === "number" ? value : value != null && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(number)) return reject("missing or malformed timestamp");
  const ms = unit === "s" ? number * 1000 : number;
  if (Math.abs(ctx.now - ms) > toleranceSeconds * 1000) return reject(`timestamp outside the ${toleranceSeconds} s window`);
  return OK;
}

export function header(ctx: VerifyContext, name: string): string | null {
  return ctx.request.headers.get(name);
}

export function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  const text = raw.toString("utf8");
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new Error(`the JSON nests deeper than ${MAX_JSON_DEPTH} levels`);
  const value: unknown = JSON.parse(text);
  rememberParsedBody(value, raw); // lets the store keep the body alone (payload-storage.ts)
  return value;
}
