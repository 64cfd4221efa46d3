// Pure parts of the OAuth engine: token responses (RFC 6749 and Slack's), provider error
// shapes, and when renewal jobs run.
import { describe, expect, it } from "vitest";
import { slackOAuth } from "../integrations/presets/slack/oauth";
import { linearResponseError } from "../integrations/presets/linear/graphql";
import { renewalTime } from "./remote/renew-remote-webhook";
import { standardTokens } from "../integrations/standard-tokens";

describe("token responses", () => {
  it("reads RFC 6749 fields, expiry from expires_in", () => {
    const tokens = standardTokens({ access_token: "a", refresh_token: "r", expires_in: 3600, scope: "repo read:user" });
    expect(tokens).toMatchObject({ accessToken: "a", refreshToken: "r", scopes: ["repo", "read:user"] });
    expect(tokens.expiresAt!.getTime() - Date.now()).toBeGreaterThan(3590_000);
    expect(standardTokens({ access_token: "a" }).expiresAt).toBeUndefined();
  });

  it("reads Slack's user token from authed_user, and a refresh answer from the top level", () => {
    const first = slackOAuth.parseToken!({
      ok: true,
      team: { id: "T1", name: "Acme" },
      authed_user: { access_token: "xoxp-1", refresh_token: "xoxe-1", expires_in: 43200, scope: "chat:write,users:read" },
    });
    expect(first).toMatchObject({ accessToken: "xoxp-1", refreshToken: "xoxe-1", scopes: ["chat:write", "users:read"], extra: { team: "Acme", teamId: "T1" } });
    expect(slackOAuth.parseToken!({ ok: true, access_token: "xoxp-2", refresh_token: "xoxe-2", expires_in: 43200 }).accessToken).toBe("xoxp-2");
  });

  it("turns Slack ok:false and Linear GraphQL errors into failures, auth errors into 401", () => {
    expect(slackOAuth.responseError!(200, { ok: false, error: "token_expired" })).toEqual({ status: 401, message: "token_expired" });
    expect(slackOAuth.responseError!(200, { ok: false, error: "channel_not_found" })).toEqual({ status: 400, message: "channel_not_found" });
    expect(slackOAuth.responseError!(200, { ok: true })).toBeUndefined();
    expect(linearResponseError(200, { errors: [{ message: "Authentication required", extensions: { code: "AUTHENTICATION_ERROR" } }] })).toMatchObject({ status: 401 });
    expect(linearResponseError(200, { data: { viewer: {} } })).toBeUndefined();
  });
});

describe("renewalTime", () => {
  it("renews an hour before a long subscription lapses, at 80% of a short one", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(renewalTime(new Date(now + 3 * 24 * 3600_000), now).getTime()).toBe(now + 3 * 24 * 3600_000 - 3600_000);
    expect(renewalTime(new Date(now + 10_000), now).getTime()).toBe(now + 8_000);
    expect(renewalTime(new Date(now - 1000), now).getTime()).toBe(now);
  });
});
