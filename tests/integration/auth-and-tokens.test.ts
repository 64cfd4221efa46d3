// The foundation's HTTP contracts, over real HTTP against the running app.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, signIn } from "../support/http";
import { createUser } from "../support/users";

const baseUrl = inject("baseUrl");
const admin = inject("admin");
let adminCookie: string;

beforeAll(async () => {
  adminCookie = await signIn(baseUrl, admin.email, admin.password);
});

describe("health", () => {
  it("GET /api/health answers ok with the database kind", async () => {
    const { status, body } = await api(baseUrl, "GET", "/api/health");
    expect(status).toBe(200);
    expect(body).toEqual({ status: "ok", db: process.env.TEST_DB, worker: "inline", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});

describe("authentication", () => {
  it.each(["/api/integration-webhooks", "/api/tokens", "/api/anything/else"])("GET %s without credentials is a 401 in the JSON error shape", async (path) => {
    const { status, body, headers } = await api(baseUrl, "GET", path);
    expect(status).toBe(401);
    expect(headers.get("content-type")).toContain("application/json");
    expect(body).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  it("rejects a wrong password and a malformed or unknown bearer token", async () => {
    await expect(signIn(baseUrl, admin.email, "wrong-password")).rejects.toThrow(/sign-in/);
    expect((await api(baseUrl, "GET", "/api/tokens", { headers: { authorization: "Bearer" } })).status).toBe(401);
    expect((await api(baseUrl, "GET", "/api/tokens", { auth: { token: "hy_doesnotexist" } })).status).toBe(401);
  });

  it("sends signed-out visitors of dashboard pages to the sign-in page", async () => {
    const response = await fetch(`${baseUrl}/`, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!, baseUrl).pathname).toBe("/sign-in");
    const signInPage = await fetch(`${baseUrl}/sign-in`);
    expect(signInPage.status).toBe(200);
    expect(await signInPage.text()).toContain("Sign in to Hookyard");
  });

  it("serves the dashboard to a signed-in user", async () => {
    const response = await fetch(`${baseUrl}/`, { headers: { cookie: adminCookie }, redirect: "manual" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(admin.email);
  });
});

describe("API tokens", () => {
  it("creates a token shown once, lists prefixes only, authenticates with Bearer, and revokes", async () => {
    const created = await api(baseUrl, "POST", "/api/tokens", { auth: { cookie: adminCookie }, json: { name: "deploy script" } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), name: "deploy script", prefix: expect.stringMatching(/^hy_/), token: expect.stringMatching(/^hy_/), createdAt: expect.any(String) });
    const { id, token, prefix } = created.body;

    const listed = await api(baseUrl, "GET", "/api/tokens", { auth: { token } });
    expect(listed.status).toBe(200);
    const mine = listed.body.find((t: { id: string }) => t.id === id);
    expect(mine).toMatchObject({ id, name: "deploy script", prefix });
    expect(listed.text).not.toContain(token);

    const revoked = await api(baseUrl, "DELETE", `/api/tokens/${id}`, { auth: { cookie: adminCookie } });
    expect(revoked.status).toBe(204);
    expect((await api(baseUrl, "GET", "/api/tokens", { auth: { token } })).status).toBe(401);
    expect((await api(baseUrl, "DELETE", `/api/tokens/${id}`, { auth: { cookie: adminCookie } })).status).toBe(404);
  });

  it("answers 400 for malformed JSON and for a body of the wrong shape, never 500", async () => {
    const malformed = await api(baseUrl, "POST", "/api/tokens", { auth: { cookie: adminCookie }, body: "{name:", headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("invalid_json");
    const wrong = await api(baseUrl, "POST", "/api/tokens", { auth: { cookie: adminCookie }, json: { name: 42 } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: "validation_error", details: [expect.objectContaining({ path: ["name"] })] });
  });

  it("scopes tokens to their owner: another user's token id answers 404 and stays valid", async () => {
    const other = await createUser("mallory@hookyard.test", "mallory-password-1");
    const malloryCookie = await signIn(baseUrl, other.email, other.password);
    const adminToken = (await api(baseUrl, "POST", "/api/tokens", { auth: { cookie: adminCookie }, json: { name: "admin only" } })).body;

    const list = await api(baseUrl, "GET", "/api/tokens", { auth: { cookie: malloryCookie } });
    expect(list.body.map((t: { id: string }) => t.id)).not.toContain(adminToken.id);
    const attempt = await api(baseUrl, "DELETE", `/api/tokens/${adminToken.id}`, { auth: { cookie: malloryCookie } });
    expect(attempt.status).toBe(404);
    expect(attempt.body.error.code).toBe("not_found");
    expect((await api(baseUrl, "GET", "/api/tokens", { auth: { token: adminToken.token } })).status).toBe(200);
  });
});
