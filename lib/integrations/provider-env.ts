// The env names of DESIGN.md §3 for every provider: `<ID>_CLIENT_ID` / `<ID>_CLIENT_SECRET`
// (the OAuth app) and `HOOKYARD_PROVIDER_<ID>_API_BASE | _AUTHORIZE_URL | _TOKEN_URL` (so tests
// and proxies can point a provider elsewhere). <ID> is the provider id upper-cased with dashes
// as underscores (microsoft-teams → MICROSOFT_TEAMS). Families sharing one OAuth app (Google,
// Microsoft) may also set GOOGLE_CLIENT_ID / MICROSOFT_CLIENT_ID once.
import "server-only";
import { z } from "zod";
import { PROVIDER_IDS } from "./types";

export const SHARED_CREDENTIAL_PREFIXES = ["GOOGLE", "MICROSOFT"] as const;
export const URL_OVERRIDES = ["API_BASE", "AUTHORIZE_URL", "TOKEN_URL"] as const;
export type UrlOverride = (typeof URL_OVERRIDES)[number];
/** Provider endpoints besides the OAuth trio that tests and proxies redirect too: YouTube's WebSub hub. */
export const YOUTUBE_HUB_URL = "HOOKYARD_PROVIDER_YOUTUBE_HUB_URL";
/**
 * X app credentials besides the OAuth 2.0 client pair: the app-only bearer token (the v2
 * Webhooks API takes nothing else) and the API Key Secret (consumer secret), with which X
 * signs CRC answers and deliveries. presets/twitter/remote.ts explains both.
 */
export const TWITTER_BEARER_TOKEN = "TWITTER_BEARER_TOKEN";
export const TWITTER_CONSUMER_SECRET = "TWITTER_CONSUMER_SECRET";

export function envPrefix(providerId: string): string {
  return providerId.toUpperCase().replace(/-/g, "_");
}

export function credentialNames(prefix: string) {
  return { id: `${prefix}_CLIENT_ID`, secret: `${prefix}_CLIENT_SECRET` };
}

export function urlOverrideName(providerId: string, which: UrlOverride): string {
  return `HOOKYARD_PROVIDER_${envPrefix(providerId)}_${which}`;
}

const providerUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).transform((v) => v.replace(/\/+$/, ""));

export function providerEnvShape(): Record<string, z.ZodOptional<z.ZodType<string>>> {
  const shape: Record<string, z.ZodOptional<z.ZodType<string>>> = {};
  const credentialPrefixes = [...PROVIDER_IDS.map(envPrefix), ...SHARED_CREDENTIAL_PREFIXES];
  for (const prefix of credentialPrefixes) {
    const names = credentialNames(prefix);
    shape[names.id] = z.string().min(1).optional();
    shape[names.secret] = z.string().min(1).optional();
  }
  for (const id of PROVIDER_IDS) for (const which of URL_OVERRIDES) shape[urlOverrideName(id, which)] = providerUrl.optional();
  shape[YOUTUBE_HUB_URL] = providerUrl.optional();
  shape[TWITTER_BEARER_TOKEN] = z.string().min(1).optional();
  shape[TWITTER_CONSUMER_SECRET] = z.string().min(1).optional();
  return shape;
}
