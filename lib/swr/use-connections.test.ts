import { describe, expect, it } from "vitest";
import { toConnection, toRemoteWebhook } from "./use-connections";

describe("connection shapes", () => {
  it("reads camelCase and snake_case connections alike, with an account name from settings", () => {
    expect(toConnection({ id: "c1", providerId: "github", accountId: "42", status: "active", scopes: ["repo"], settings: { login: "octocat" }, createdAt: "2026-01-01T00:00:00.000Z" })).toEqual({
      id: "c1",
      providerId: "github",
      accountId: "42",
      accountName: "octocat",
      status: "active",
      scopes: ["repo"],
      expiresAt: null,
      createdAt: "2026-01-01T00:00:00.000Z",
    });
    expect(toConnection({ id: "c2", provider_id: "slack", account_id: "T1", account_name: "Acme", expires_at: "2026-02-01T00:00:00.000Z" })).toMatchObject({
      providerId: "slack",
      accountId: "T1",
      accountName: "Acme",
      status: "active",
      scopes: [],
      expiresAt: "2026-02-01T00:00:00.000Z",
    });
  });

  it("reads a remote webhook's drift status and error", () => {
    expect(toRemoteWebhook({ resource: "octo/repo", remote_id: "9", status: "drifted", error: "events differ" })).toEqual({
      resource: "octo/repo",
      remoteId: "9",
      status: "drifted",
      message: "events differ",
    });
  });
});
