// The OAuth state on a real database: random, stored hashed, single use, bound to the user
// and provider, expiring after 10 minutes; a 409 names the env vars when no app is configured.
import { afterEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { encryptSecret, sha256Hex } from "../crypto";
import { db } from "../db";
import { resetEnvCache } from "../env";
import { consumeState } from "./consume-state";
import { startAuthorization } from "./start-authorization";

useTestDatabase();

function configureGithub() {
  Object.assign(process.env, { GITHUB_CLIENT_ID: "id-123", GITHUB_CLIENT_SECRET: "secret-456", HOOKYARD_PROVIDER_GITHUB_AUTHORIZE_URL: "http://127.0.0.1:9/authorize" });
  resetEnvCache();
}

afterEach(() => {
  for (const name of ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET", "HOOKYARD_PROVIDER_GITHUB_AUTHORIZE_URL"]) delete process.env[name];
  resetEnvCache();
});

describe("OAuth state", () => {
  it("is random, stored only as a hash, and used once by its own user and provider", async () => {
    configureGithub();
    const alice = await db().user.create({ data: { email: "alice@oauth.test" } });
    const bob = await db().user.create({ data: { email: "bob@oauth.test" } });
    // Only events that a subscription wants are stored: listen for app:connecting.
    const listener = await db().outboundWebhook.create({
      data: { userId: alice.id, name: "app events", url: "https://hooks.example.test/in", eventTypes: ["app:connecting"], secret: encryptSecret("whsec_test") },
    });
    const url = new URL(await startAuthorization(alice.id, "github"));
    expect(url.origin + url.pathname).toBe("http://127.0.0.1:9/authorize");
    const state = url.searchParams.get("state")!;
    expect(url.searchParams.get("client_id")).toBe("id-123");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db().oAuthState.findFirstOrThrow({ where: { userId: alice.id } });
    expect(row.state).toBe(sha256Hex(state));
    expect(row.codeVerifier).not.toBeNull();
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);

    await expect(consumeState(bob.id, "github", state)).rejects.toMatchObject({ code: "bad_request" });
    await expect(consumeState(alice.id, "gitlab", state)).rejects.toMatchObject({ code: "bad_request" });
    const { codeVerifier } = await consumeState(alice.id, "github", state);
    expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{64}$/);
    await expect(consumeState(alice.id, "github", state)).rejects.toMatchObject({ code: "bad_request" });
    expect(await db().delivery.count({ where: { webhookId: listener.id, outboundEvent: { type: "app:connecting" } } })).toBe(1);
  });

  it("expires after 10 minutes", async () => {
    configureGithub();
    const carol = await db().user.create({ data: { email: "carol@oauth.test" } });
    const state = new URL(await startAuthorization(carol.id, "github")).searchParams.get("state")!;
    await db().oAuthState.updateMany({ where: { userId: carol.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(consumeState(carol.id, "github", state)).rejects.toMatchObject({ code: "bad_request" });
    expect(await db().oAuthState.count({ where: { userId: carol.id } })).toBe(0);
  });

  it("answers 409 naming the env vars when the provider has no OAuth app", async () => {
    const dave = await db().user.create({ data: { email: "dave@oauth.test" } });
    await expect(startAuthorization(dave.id, "google-calendar")).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("GOOGLE_CALENDAR_CLIENT_ID and GOOGLE_CALENDAR_CLIENT_SECRET, or GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET") as string,
    });
    expect(await db().oAuthState.count({ where: { userId: dave.id } })).toBe(0);
  });
});
