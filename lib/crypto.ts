// Secrets at rest: AES-256-GCM under HOOKYARD_ENCRYPTION_KEY, plus the small
// primitives every other module needs (random tokens, hashes, constant-time compare).
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "./env";

const VERSION = "v1"; // stored format: v1:<iv>:<tag>:<ciphertext>, each base64url

export class DecryptionError extends Error {}

export function encryptSecret(plain: string, key: Buffer = env().HOOKYARD_ENCRYPTION_KEY): string {
  const iv = randomBytes(12); // 96-bit nonce, the size GCM is designed for
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(":");
}

export function decryptSecret(stored: string, key: Buffer = env().HOOKYARD_ENCRYPTION_KEY): string {
  const [version, iv, tag, ciphertext] = stored.split(":");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new DecryptionError("not an encrypted secret");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    // Wrong key or tampered value: say so without echoing anything secret.
    throw new DecryptionError("secret cannot be decrypted (wrong HOOKYARD_ENCRYPTION_KEY or tampered value)");
  }
}

export function isEncrypted(value: string): boolean {
  return value.startsWith(VERSION + ":") && value.split(":").length === 4;
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function sha256Hex(value: string | Buffer): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Constant-time equality that first checks lengths (timingSafeEqual throws on unequal lengths). */
export function constantTimeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const left = Buffer.isBuffer(a) ? a : Buffer.from(a, "utf8");
  const right = Buffer.isBuffer(b) ? b : Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
