import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_SECRETS } from "@/tests/support/test-db";
import { resetEnvCache } from "../env";
import { listOAuthProviders } from "./list-oauth-providers";

const saved = { ...process.env };
beforeEach(() => {
  Object.assign(process.env, TEST_SECRETS);
  resetEnvCache();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe("listOAuthProviders", () => {
  it("offers only OAuth integrations, each disabled with the variables still to set", () => {
    delete process.env.GITHUB_CLIENT_ID;
    delete process.env.GITHUB_CLIENT_SECRET;
    resetEnvCache();
    const providers = listOAuthProviders();
    expect(providers.map((p) => p.id)).toContain("github");
    expect(providers.map((p) => p.id)).not.toContain("paypal");
    expect(providers.find((p) => p.id === "github")).toMatchObject({ configured: false, missing: ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET"] });
  });

  it("is configured once both the client id and secret are set", () => {
    process.env.GITHUB_CLIENT_ID = "Iv1.abc";
    resetEnvCache();
    expect(listOAuthProviders().find((p) => p.id === "github")).toMatchObject({ configured: false, missing: ["GITHUB_CLIENT_SECRET"] });
    process.env.GITHUB_CLIENT_SECRET = "shh";
    resetEnvCache();
    expect(listOAuthProviders().find((p) => p.id === "github")).toMatchObject({ configured: true, missing: [] });
  });

  it("names variables after the provider id with dashes as underscores", () => {
    delete process.env.GOOGLE_DRIVE_CLIENT_ID;
    delete process.env.GOOGLE_DRIVE_CLIENT_SECRET;
    resetEnvCache();
    expect(listOAuthProviders().find((p) => p.id === "google-drive")?.missing).toEqual(["GOOGLE_DRIVE_CLIENT_ID", "GOOGLE_DRIVE_CLIENT_SECRET"]);
  });
});
