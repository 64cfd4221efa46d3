// The secrets a delivery is signed with: the current one, and during a rotation's
// grace period the previous one too.
import "server-only";
import { decryptSecret } from "../crypto";

export const ROTATION_GRACE_MS = 24 * 60 * 60 * 1000;

export function signingSecrets(webhook: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null }, now = Date.now()): string[] {
  const secrets = [decryptSecret(webhook.secret)];
  if (webhook.previousSecret && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt.getTime() > now) secrets.push(decryptSecret(webhook.previousSecret));
  return secrets;
}
