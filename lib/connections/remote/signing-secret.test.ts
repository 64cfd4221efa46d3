// Which secret provider-side webhooks are verified with, per RemoteSpec.signingSecret.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_SECRETS } from "@/tests/support/test-db";
import { resetEnvCache } from "../../env";
import { getPreset } from "../../integrations/registry";
import { secretPolicy, secretRefusal } from "./signing-secret";

const saved = { ...process.env };
beforeEach(() => {
  Object.assign(process.env, TEST_SECRETS, { SHOPIFY_CLIENT_ID: "shop-app", SHOPIFY_CLIENT_SECRET: "shpss_app_secret" });
  resetEnvCache();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const preset = (id: string) => getPreset(id)!;

describe("secretPolicy", () => {
  it("uses the OAuth app's client secret where the provider signs with it, never generates for console-only keys", () => {
    expect(secretPolicy(preset("shopify"), preset("shopify").remote!)).toEqual({ use: "shpss_app_secret" });
    expect(secretPolicy(preset("box"), preset("box").remote!)).toEqual({ generate: false });
    expect(secretPolicy(preset("github"), preset("github").remote!)).toEqual({});
    expect(secretPolicy(preset("stripe"), preset("stripe").remote!)).toEqual({});
  });
});

describe("secretRefusal", () => {
  it("asks for Box's primary key until it is pasted", () => {
    expect(secretRefusal(preset("box"), preset("box").remote!, "", 0)).toContain("primary signature key");
    expect(secretRefusal(preset("box"), preset("box").remote!, "pasted-key", 3)).toBeUndefined();
  });

  it("allows one webhook per endpoint where the provider picks a secret per webhook", () => {
    expect(secretRefusal(preset("airtable"), preset("airtable").remote!, "generated", 0)).toBeUndefined();
    expect(secretRefusal(preset("airtable"), preset("airtable").remote!, "generated", 1)).toContain("its own signing secret");
    expect(secretRefusal(preset("github"), preset("github").remote!, "generated", 5)).toBeUndefined();
  });
});
