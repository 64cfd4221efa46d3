// The signatures on every outbound delivery (DESIGN.md §3):
//   X-Hook-Signature: sha256=<hex HMAC-SHA256(secret as UTF-8, raw body)>   (the OpenWork scheme)
//   webhook-id / webhook-timestamp / webhook-signature: v1,<base64>          (Standard Webhooks)
// The Standard Webhooks key is the base64 after "whsec_", else the secret's UTF-8 bytes; the
// signed content is "<id>.<timestamp>.<body>", so receivers get replay protection. During a
// secret rotation webhook-signature carries one v1 entry per valid secret (as Svix does).
// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
import "server-only";
import { randomBytes } from "node:crypto";
import { standardWebhooksSignature } from "../inbound/schemes/standard-webhooks";
import { hmac } from "../inbound/verify-helpers";

export function generateOutboundSecret(): string {
  return "whsec_" + randomBytes(32).toString("base64");
}

export type SignInput = { messageId: string; timestamp: number; body: string; secrets: string[] };

export function signatureHeaders({ messageId, timestamp, body, secrets }: SignInput): Record<string, string> {
  const [current] = secrets;
  const bytes = Buffer.from(body, "utf8");
  return {
    "x-hook-signature": "sha256=" + hmac("sha256", Buffer.from(current, "utf8"), bytes).toString("hex"),
    "webhook-id": messageId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": secrets.map((secret) => standardWebhooksSignature(secret, messageId, timestamp, bytes)).join(" "),
  };
}
