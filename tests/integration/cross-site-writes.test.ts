// Issue 13, tenants: a cross-site form POST that carries the session cookie changes
// nothing. The browser marks where a request came from (Origin, Sec-Fetch-Site); a
// cookie-authenticated write from another site is a 403 in the JSON error shape.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, signIn } from "../support/http";

const baseUrl = inject("baseUrl");
const admin = inject("admin");
let cookie: string;

type Named = { id: string; name: string };

async function tokenNames(): Promise<string[]> {
  const { body } = await api<Named[]>(baseUrl, "GET", "/api/tokens", { auth: { cookie } });
  return body.map((t) => t.name);
}

beforeAll(async () => {
  cookie = await signIn(baseUrl, admin.email, admin.password);
});

describe("cookie-authenticated writes from another site", () => {
  it.each([
    ["a form POST from another origin (text/plain body that parses as JSON)", { origin: "https://evil.example", "content-type": "text/plain" }],
    ["a fetch marked cross-site by the browser", { "sec-fetch-site": "cross-site", "content-type": "application/json" }],
    ["a sibling subdomain (same-site is not same-origin)", { "sec-fetch-site": "same-site", origin: "https://other.hookyard.test", "content-type": "application/json" }],
    ["an Origin of null (sandboxed frame, data: URL)", { origin: "null", "content-type": "application/x-www-form-urlencoded" }],
  ])("refuses %s with 403 and creates nothing", async (_, headers) => {
    const name = `csrf ${Math.random()}`;
    const before = await tokenNames();
    const response = await api<{ error: { code: string; message: string } }>(baseUrl, "POST", "/api/tokens", { auth: { cookie }, headers, body: JSON.stringify({ name }) });
    expect(response.status).toBe(403);
    expect(Object.keys(response.body)).toEqual(["error"]);
    expect(response.body.error.code).toBe("forbidden");
    expect(response.body.error.message).toMatch(/another site/);
    expect(await tokenNames()).toEqual(before);
  });

  it("accepts the same write from the app's own origin, and a bearer token from anywhere", async () => {
    const own = await api<Named & { token: string }>(baseUrl, "POST", "/api/tokens", {
      auth: { cookie },
      headers: { origin: baseUrl, "sec-fetch-site": "same-origin" },
      json: { name: "same-origin write" },
    });
    expect(own.status).toBe(201);
    // A token is never attached by the browser on its own, so where the request came from does not matter.
    const viaToken = await api(baseUrl, "POST", "/api/tokens", { auth: { token: own.body.token }, headers: { origin: "https://evil.example" }, json: { name: "token write" } });
    expect(viaToken.status).toBe(201);
    expect(await tokenNames()).toEqual(expect.arrayContaining(["same-origin write", "token write"]));
  });

  it("answers a cross-site GET (links into the dashboard work) without granting the other site CORS", async () => {
    // Without Access-Control-Allow-Origin the browser keeps the answer from the other site's script.
    const read = await api(baseUrl, "GET", "/api/tokens", { auth: { cookie }, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
    expect(read.status).toBe(200);
    expect(read.headers.get("access-control-allow-origin")).toBeNull();
  });
});
