// Decrypted endpoint secrets, remembered per stored (encrypted) value. Every webhook of
// an endpoint needs its secret, and AES-GCM set-up per request was a visible part of the
// receiver's profile. A new or rotated secret is a new encrypted value (fresh IV), so an
// entry can never be stale; entries only live in this process's memory.
import "server-only";
import { decryptSecret } from "../crypto";
import { env } from "../env";

const MAX_ENTRIES = 5000;
const byKey = new WeakMap<Buffer, Map<string, string>>();

export function decryptSecretCached(stored: string): string {
  const key = env().HOOKYARD_ENCRYPTION_KEY;
  let cache = byKey.get(key);
  if (!cache) byKey.set(key, (cache = new Map<string, string>()));
  let plain = cache.get(stored);
  if (plain === undefined) {
    plain = decryptSecret(stored, key);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(stored, plain);
  }
  return plain;
}
