// Slack OAuth v2 for a user token: scopes go in `user_scope`, comma-separated, and the
// token comes back under authed_user (with a refresh_token when token rotation is on).
// Slack answers 200 {ok:false,error} for failures.
// https://docs.slack.dev/authentication/installing-with-oauth
// https://docs.slack.dev/authentication/using-token-rotation
// SETUP: auth.test — https://docs.slack.dev/reference/methods/auth.test
import "server-only";
import type { OAuthSpec, TokenSet } from "../../connect-types";

const AUTH_ERRORS = new Set(["invalid_auth", "not_authed", "token_expired", "token_revoked", "account_inactive"]);

function slackTokens(body: Record<string, any>): TokenSet {
  const source = body.authed_user?.access_token ? body.authed_user : body; // refresh answers carry the token at the top
  const expiresIn = Number(source.expires_in);
  return {
    accessToken: String(source.access_token ?? ""),
    refreshToken: typeof source.refresh_token === "string" ? source.refresh_token : undefined,
    expiresAt: Number.isFinite(expiresIn) && expiresIn > 0 ? new Date(Date.now() + expiresIn * 1000) : undefined,
    scopes: typeof source.scope === "string" ? source.scope.split(",").filter(Boolean) : [],
    extra: body.team ? { team: body.team.name ?? null, teamId: body.team.id ?? null } : undefined,
  };
}

export const slackOAuth: OAuthSpec = {
  authorizeUrl: "https://slack.com/oauth/v2/authorize",
  tokenUrl: "https://slack.com/api/oauth.v2.access",
  apiBase: "https://slack.com/api",
  scopeParam: "user_scope",
  scopeSeparator: ",",
  parseToken: slackTokens,
  responseError: (status, body) =>
    status < 400 && body && typeof body === "object" && body.ok === false ? { status: AUTH_ERRORS.has(body.error) ? 401 : 400, message: String(body.error) } : undefined,
  identify: async (api) => {
    const me = await api.request<{ user_id: string; user: string; team: string; team_id: string; url?: string }>("POST", "/auth.test");
    return { accountId: `${me.team_id}:${me.user_id}`, settings: { username: me.user, team: me.team, teamId: me.team_id, url: me.url ?? null } };
  },
};
