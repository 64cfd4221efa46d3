// Stripe Connect OAuth (Standard accounts): the user authorizes Hookyard's platform on their
// account; the access token is a secret key for that account, used as a bearer token.
// https://docs.stripe.com/connect/oauth-reference — authorize at connect.stripe.com/oauth/authorize
// with scope read_write (webhook endpoints are written), exchange at connect.stripe.com/oauth/token,
// where client_secret is the platform's secret key. Tokens do not expire.
// SETUP: GET /v1/account — https://docs.stripe.com/api/accounts/retrieve
import "server-only";
import type { OAuthSpec } from "../../connect-types";

type Account = { id: string; email?: string | null; business_profile?: { name?: string | null } | null; settings?: { dashboard?: { display_name?: string | null } } | null };

export const stripeOAuth: OAuthSpec = {
  authorizeUrl: "https://connect.stripe.com/oauth/authorize",
  tokenUrl: "https://connect.stripe.com/oauth/token",
  apiBase: "https://api.stripe.com",
  scopes: ["read_write"],
  identify: async (api, tokens) => {
    const account = await api.request<Account>("GET", "/v1/account");
    const name = account.settings?.dashboard?.display_name ?? account.business_profile?.name ?? null;
    return { accountId: account.id, settings: { username: account.email ?? name ?? account.id, name, livemode: tokens.extra?.livemode ?? null } };
  },
  // Stripe's token answer has no expires_in and adds stripe_user_id and livemode.
  parseToken: (json) => ({
    accessToken: String(json.access_token ?? ""),
    refreshToken: typeof json.refresh_token === "string" ? json.refresh_token : undefined,
    scopes: typeof json.scope === "string" ? [json.scope] : [],
    extra: { livemode: json.livemode === true },
  }),
};
