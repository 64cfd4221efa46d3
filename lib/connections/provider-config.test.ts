// Provider URLs with an account's own host (Shopify) and env overrides, and the client id
// sent with every call by providers that need it (Trello's API key).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_SECRETS } from "@/tests/support/test-db";
import { resetEnvCache } from "../env";
import { getPreset } from "../integrations/registry";
import type { OAuthSpec } from "../integrations/connect-types";
import type { IntegrationPreset } from "../integrations/types";
import { clientIdOf, providerUrls } from "./provider-config";

const saved = { ...process.env };
beforeEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("HOOKYARD_PROVIDER_SHOPIFY_") || key.startsWith("TRELLO_")) delete process.env[key];
  Object.assign(process.env, TEST_SECRETS);
  resetEnvCache();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const shopify = getPreset("shopify") as IntegrationPreset & { oauth: OAuthSpec };

describe("providerUrls", () => {
  it("puts the store's host into Shopify's URLs", () => {
    expect(providerUrls(shopify, "acme.myshopify.com")).toEqual({
      authorizeUrl: "https://acme.myshopify.com/admin/oauth/authorize",
      tokenUrl: "https://acme.myshopify.com/admin/oauth/access_token",
      apiBase: "https://acme.myshopify.com/admin/api/2025-07",
    });
  });

  it("fills the host into env overrides too", () => {
    process.env.HOOKYARD_PROVIDER_SHOPIFY_API_BASE = "http://127.0.0.1:9/shopify/api/{host}";
    resetEnvCache();
    expect(providerUrls(shopify, "acme.myshopify.com").apiBase).toBe("http://127.0.0.1:9/shopify/api/acme.myshopify.com");
  });

  it("rejects hosts that are not a store's own", () => {
    const pattern = shopify.oauth.accountHost!.pattern;
    expect(pattern.test("acme.myshopify.com")).toBe(true);
    for (const bad of ["evil.com", "acme.myshopify.com.evil.com", "acme.myshopify.com/x", "127.0.0.1", "a@acme.myshopify.com"]) expect(pattern.test(bad)).toBe(false);
  });
});

describe("clientIdOf", () => {
  it("is the configured client id, or empty without a 409", () => {
    expect(clientIdOf(getPreset("trello")!)).toBe("");
    process.env.TRELLO_CLIENT_ID = "trello-key";
    resetEnvCache();
    expect(clientIdOf(getPreset("trello")!)).toBe("trello-key");
  });
});
