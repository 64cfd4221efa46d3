// A token response in RFC 6749 §5.1's shape (access_token, refresh_token, expires_in in
// seconds, space-delimited scope; some providers separate scopes with commas) as a TokenSet.
// Here, below both lib/connections and the presets, so that a preset that reads extra
// fields (Discord) can reuse it without depending on the connection engine.
import "server-only";
import type { TokenSet } from "./connect-types";

export function standardTokens(body: Record<string, any>): TokenSet {
  const expiresIn = Number(body.expires_in);
  return {
    accessToken: String(body.access_token ?? ""),
    refreshToken: typeof body.refresh_token === "string" ? body.refresh_token : undefined,
    expiresAt: Number.isFinite(expiresIn) && expiresIn > 0 ? new Date(Date.now() + expiresIn * 1000) : undefined,
    scopes: typeof body.scope === "string" ? body.scope.split(/[ ,]+/).filter(Boolean) : [],
  };
}
