// Shopify authorization code grant for a non-embedded app. Every store has its own OAuth and
// API host (<shop>.myshopify.com), so the URLs carry {host}: the shop domain the user saves in
// this integration's settings (shop_domain) before connecting (OAuthSpec.accountHost). Scopes are
// comma-separated; the answer is an offline access token that does not expire, sent to the Admin
// API in X-Shopify-Access-Token rather than as a bearer token.
// https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/authorization-code-grant
// https://shopify.dev/docs/api/usage/authentication#access-tokens-for-the-graphql-admin-api
// SETUP: query { shop } — https://shopify.dev/docs/api/admin-graphql/2025-07/queries/shop
import "server-only";
import type { OAuthSpec } from "../../connect-types";
import { shopifyQuery, shopifyResponseError } from "./graphql";

/** Only a store's own myshopify.com host: the host is part of URLs Hookyard calls with its client secret. */
export const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]{0,60}\.myshopify\.com$/;

export const shopifyOAuth: OAuthSpec = {
  authorizeUrl: "https://{host}/admin/oauth/authorize",
  tokenUrl: "https://{host}/admin/oauth/access_token",
  // A stable Admin API version; webhook bodies follow the app's webhooks API version.
  apiBase: "https://{host}/admin/api/2025-07",
  scopeSeparator: ",",
  accountHost: { configKey: "shop_domain", pattern: SHOP_DOMAIN, label: "store (your-store.myshopify.com)" },
  authHeader: (token) => ({ "x-shopify-access-token": token }),
  responseError: shopifyResponseError,
  identify: async (api) => {
    const { shop } = await shopifyQuery<{ shop: { id: string; name: string; myshopifyDomain: string; email?: string | null } }>(api, "query { shop { id name myshopifyDomain email } }");
    return { accountId: shop.id, settings: { username: shop.myshopifyDomain, name: shop.name, email: shop.email ?? null } };
  },
};
