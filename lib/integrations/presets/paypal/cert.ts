// What PayPal verification needs besides HMAC helpers: CRC32 of the body, which certificate
// URLs may be fetched, and an in-memory cache of the fetched certificates.
import "server-only";
import { X509Certificate } from "node:crypto";

/** Env var that lets tests serve the signing certificate from a local server. */
export const PAYPAL_CERT_BASE_ENV = "HOOKYARD_PROVIDER_PAYPAL_CERT_BASE";

/** A URL prefix (e.g. http://127.0.0.1:4010/) whose certificates are accepted besides paypal.com ones. */
export function paypalCertBaseOverride(): string | undefined {
  // Read directly, not through env(): the verifier's unit tests run without the secrets env() requires.
  // eslint-disable-next-line no-restricted-properties
  return process.env.HOOKYARD_PROVIDER_PAYPAL_CERT_BASE || undefined;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) as an unsigned 32-bit integer. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** https on paypal.com or one of its subdomains (default port, no credentials), or the test override prefix. */
export function isAllowedCertUrl(raw: string): boolean {
  const override = paypalCertBaseOverride();
  if (override && raw.startsWith(override)) return true;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return url.protocol === "https:" && url.port === "" && !url.username && !url.password && (host === "paypal.com" || host.endsWith(".paypal.com"));
}

const FETCH_TIMEOUT_MS = 5_000;
const MAX_CACHED = 32;
const cache = new Map<string, Promise<X509Certificate>>();

async function download(url: string): Promise<X509Certificate> {
  // No redirects: a redirect could lead away from the host that was checked.
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "error" });
  if (!response.ok) throw new Error(`certificate URL answered ${response.status}`);
  return new X509Certificate(await response.text());
}

/** The certificate at `url`, fetched once per process (failures are not cached). */
export function paypalCertificate(url: string): Promise<X509Certificate> {
  const cached = cache.get(url);
  if (cached) return cached;
  if (cache.size >= MAX_CACHED) cache.clear();
  const pending = download(url);
  cache.set(url, pending);
  pending.catch(() => cache.delete(url));
  return pending;
}
