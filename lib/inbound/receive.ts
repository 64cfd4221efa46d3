// The inbound hot path, framework-free (DESIGN.md §1 and §6): raw bytes and headers
// in, status/headers/body out. The App Router route and the custom server both call
// it. It acknowledges only what is stored and does no provider call and no processing.
import "server-only";
import { ApiError, errorBody, toApiError } from "../api/errors";
import { sha256Hex } from "../crypto";
import { env } from "../env";
import { getPreset } from "../integrations/registry";
import { verifyContext, type InboundEndpoint } from "./endpoint-context";
import { readDeliveryId, readEventType } from "./event-identity";
import { rateLimitOr429 } from "./receive-limits";
import { isParseOf, payloadToStore } from "./payload-storage";
import { asReceiverRequest, withinIntakeBounds } from "./receiver-load";
import { BodyTooLarge, readBodyLimited } from "./read-body";
import { recordHandshake, recordRejection } from "./record-rejection";
import { storedHeaders } from "./stored-headers";
import { loadEndpoint, storeEvents, type IncomingEvent } from "./store-events";
import type { InboundRequest, InboundSpec, Verdict, VerifyContext } from "./types";

export type ReceiveInput = {
  providerId: string;
  endpointId: string;
  method: string;
  /** The public URL the provider called (HOOKYARD_PUBLIC_URL + path + query). */
  url: URL;
  headers: Headers;
  body: AsyncIterable<Uint8Array> | null;
  /** Set by POST …/test: a test event is never a duplicate, so a repeated test is stored again. */
  testRun?: string;
};

export type ReceiveOutput = { status: number; headers: Record<string, string>; body: string };

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ReceiveOutput => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

export function receiveWebhook(input: ReceiveInput): Promise<ReceiveOutput> {
  return asReceiverRequest(async () => {
    try {
      return await receive(input);
    } catch (error) {
      const apiError = toApiError(error);
      return json(apiError.status, errorBody(apiError.code, apiError.message, apiError.details), apiError.headers);
    }
  });
}

async function receive(input: ReceiveInput): Promise<ReceiveOutput> {
  const preset = getPreset(input.providerId);
  const spec = preset?.inbound;
  if (!preset || !spec) throw new ApiError("not_found", `No integration "${input.providerId}".`);
  const maxWaitMs = env().HOOKYARD_INBOUND_MAX_WAIT_MS;
  const endpoint = await withinIntakeBounds(0, maxWaitMs, () => loadEndpoint(input.endpointId));
  if (!endpoint || endpoint.providerId !== preset.id) throw new ApiError("not_found", "No webhook endpoint at this URL.");
  if (endpoint.status === "inactive") throw new ApiError("gone", "This webhook endpoint is disabled.");
  rateLimitOr429(endpoint);

  const request = await readRequest(input).catch((error) => recordAndThrow(endpoint, input.headers, error));
  if (request.method === "POST" && request.rawBody.length > 0 && !acceptsContentType(spec, request.headers)) {
    const error = new ApiError("unsupported_media_type", `${preset.name} does not send ${request.headers.get("content-type") ?? "bodies without a content type"}.`);
    await recordAndThrow(endpoint, input.headers, error);
  }
  const ctx = verifyContext(endpoint, preset, request);
  const headers = storedHeaders(request.headers);

  const handshake = spec.handshake?.answer(ctx);
  if (handshake) {
    if (spec.handshake!.signed) {
      const verdict = await safeVerify(spec, ctx);
      if (!verdict.ok) return reject(endpoint, headers, request, verdict.reason);
    }
    if (handshake.keep) await recordHandshake(endpoint, headers, request.rawBody, handshake.keep);
    return { status: handshake.status, headers: handshake.headers ?? {}, body: handshake.body ?? "" };
  }
  if (request.method !== "POST") throw new ApiError("method_not_allowed", `${preset.name} webhooks are POST requests.`);

  const verdict = await safeVerify(spec, ctx);
  if (!verdict.ok) return reject(endpoint, headers, request, verdict.reason);

  let events: IncomingEvent[];
  try {
    events = toEvents(spec, request, input.testRun);
  } catch (error) {
    await recordRejection(endpoint, headers, request.rawBody, `the body could not be read: ${(error as Error).message}`);
    throw new ApiError("bad_request", `The body is not a valid ${preset.name} payload.`);
  }
  if (events.length === 0) return json(200, { received: true, events: 0 });
  const stored = await withinIntakeBounds(request.rawBody.length, maxWaitMs, () => storeEvents(endpoint, headers, events));
  const custom = spec.acknowledge?.(events[0].payload);
  if (custom) return { status: custom.status, headers: custom.headers ?? {}, body: custom.body ?? "" };
  if (stored.duplicate) return json(200, { received: true, duplicate: true, id: stored.ids[0] });
  return json(202, stored.ids.length === 1 ? { received: true, id: stored.ids[0] } : { received: true, id: stored.ids[0], ids: stored.ids });
}

async function readRequest(input: ReceiveInput): Promise<InboundRequest> {
  const max = env().HOOKYARD_MAX_INBOUND_BYTES;
  const tooLarge = () => new ApiError("payload_too_large", `The body is larger than ${max} bytes (HOOKYARD_MAX_INBOUND_BYTES).`);
  if (Number(input.headers.get("content-length") ?? 0) > max) throw tooLarge();
  try {
    const rawBody = await readBodyLimited(input.body, max);
    return { method: input.method.toUpperCase(), url: input.url, headers: input.headers, rawBody };
  } catch (error) {
    if (error instanceof BodyTooLarge) throw tooLarge();
    throw error;
  }
}

function acceptsContentType(spec: InboundSpec, headers: Headers): boolean {
  const type = (headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  return spec.contentTypes.includes(type);
}

// A verifier that throws (malformed header, bad key) rejects: verification fails closed.
async function safeVerify(spec: InboundSpec, ctx: VerifyContext): Promise<Verdict> {
  try {
    return await spec.verify(ctx);
  } catch (error) {
    return { ok: false, reason: `signature could not be checked: ${(error as Error).message}` };
  }
}

// Size and type refusals are kept in the history too (without the body), so a person
// can see why a provider's deliveries bounce.
async function recordAndThrow(endpoint: InboundEndpoint, headers: Headers, error: unknown): Promise<never> {
  if (error instanceof ApiError) await recordRejection(endpoint, storedHeaders(headers), Buffer.alloc(0), error.message);
  throw error;
}

async function reject(endpoint: InboundEndpoint, headers: Record<string, string>, request: InboundRequest, reason: string): Promise<ReceiveOutput> {
  const id = await recordRejection(endpoint, headers, request.rawBody, reason);
  return json(401, { ...errorBody("invalid_signature", `Rejected: ${reason}.`), id });
}

function toEvents(spec: InboundSpec, request: InboundRequest, testRun?: string): IncomingEvent[] {
  const payload = spec.parse(request);
  const items = spec.split ? spec.split(payload) : [payload];
  return items.map((event) => {
    // Without a provider delivery id, the bytes identify the delivery: a retry repeats them.
    const providerId = readDeliveryId(spec, event, request) ?? `sha256:${sha256Hex(items.length === 1 ? request.rawBody : JSON.stringify(event))}`;
    const deliveryId = testRun ? `${providerId}:test:${testRun}` : providerId;
    const kept = spec.redact ? spec.redact(event) : event;
    const raw = items.length === 1 && !spec.redact;
    const body = raw ? request.rawBody : Buffer.from(JSON.stringify(kept));
    // A re-serialized body is the payload's JSON by construction; a raw one when the payload is its parse.
    const storedPayload = payloadToStore(kept, !raw || isParseOf(event, request.rawBody));
    return { eventType: readEventType(spec, event, request), deliveryId, payload: kept, body, storedPayload };
  });
}
