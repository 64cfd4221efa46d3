// What each integration tells the inbound pipeline (DESIGN.md §1): how to answer
// the provider's URL check, how to verify a request on its raw bytes, how to read
// its body, and how to IDENTIFY and PROCESS the event. One InboundSpec per preset,
// in presets/<id>/inbound.ts.

/** The request exactly as received; nothing is parsed before verification. */
import "server-only";

export type InboundRequest = {
  method: string; // "POST" | "GET" | "HEAD"
  /** The URL the provider called: HOOKYARD_PUBLIC_URL + path + query. */
  url: URL;
  headers: Headers;
  rawBody: Buffer;
};

export type VerifyContext = {
  request: InboundRequest;
  /** The decrypted signing secret; undefined when none is configured (verification must then fail). */
  secret: string | undefined;
  /** integration_config with its secret fields decrypted (e.g. Box secondary_signing_secret, Meta verify_token, PayPal webhook_id). */
  config: Record<string, unknown>;
  /** The endpoint's public URL without query (Trello and HubSpot sign it). */
  webhookUrl: string;
  /** Milliseconds since the epoch; tests pin it to a provider's published example. */
  now: number;
};

export type Verdict = { ok: true } | { ok: false; reason: string };

export type HandshakeAnswer = {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Keep the request in the execution history with this note (Notion sends its verification token this way). */
  keep?: string;
};

export type Activity = { text: string; sourceUrl: string | null };

export type InboundSpec = {
  /** Content types the provider sends on POST (lower-case, no parameters); anything else gets 415. */
  contentTypes: string[];
  /**
   * The provider's URL check (Slack url_verification, Meta/WebSub hub.challenge, Twitter CRC,
   * Graph validationToken, Dropbox challenge, Trello HEAD…). `answer` returns undefined when the
   * request is not a handshake. A `signed` handshake is answered only after verify() passes.
   */
  handshake?: { signed: boolean; answer: (ctx: VerifyContext) => HandshakeAnswer | undefined };
  /** Signature and timestamp check on the raw bytes: constant-time, fails closed. Async only where a provider needs a fetch (PayPal's certificate). */
  verify: (ctx: VerifyContext) => Verdict | Promise<Verdict>;
  /** The payload Hookyard stores and validates: parsed JSON, form fields, Atom entry, header-derived object… */
  parse: (request: InboundRequest) => unknown;
  /** Batch senders (HubSpot): one request, many events. Default: the payload is one event. */
  split?: (payload: unknown) => unknown[];
  /**
   * Removes secrets the provider puts inside the body (Microsoft Graph's clientState) from an event
   * before it is stored or relayed. With redact, the stored body is the redacted event as JSON.
   */
  redact?: (event: unknown) => unknown;
  /**
   * The answer the provider expects once the events are stored, when it is not Hookyard's
   * 202 {"received":true,"id"} (Discord interactions need an interaction response).
   */
  acknowledge?: (event: unknown) => HandshakeAnswer | undefined;
  /** The provider's own event name, e.g. "push", "payment_intent.succeeded". */
  eventType: (event: unknown, request: InboundRequest) => string | null;
  /** The provider's delivery or event id, for dedupe; null when it sends none (Hookyard then hashes the body). */
  deliveryId: (event: unknown, request: InboundRequest) => string | null;
  /** The trigger value this event is, or undefined when Hookyard has no trigger for it (stored as ignored). */
  trigger: (event: unknown, eventType: string | null) => string | undefined;
  /** IDENTIFY: which provider account or user the event belongs to. */
  identify: (event: unknown) => string | null;
  /** PROCESS: readable activities with a deep link back to the provider; [] when not worth one. */
  process: (event: unknown) => Activity[];
  /**
   * The request the provider would send for a trigger's sample, signed as the provider signs it
   * (POST /api/integration-webhooks/{id}/test). Absent where only the provider holds the signing
   * key (Discord's Ed25519 private key, PayPal's certificate).
   */
  testRequest?: (args: TestRequestArgs) => TestRequest;
};

export type TestRequestArgs = {
  /** The trigger's sample payload (the shape parse() returns). */
  sample: unknown;
  trigger: string;
  secret: string;
  config: Record<string, unknown>;
  webhookUrl: string;
  now: number;
};

export type TestRequest = { method: "POST"; /** query string to add to the webhook URL, e.g. "?token=…" */ query?: string; headers: Record<string, string>; body: string };
