// Accept first, throttle later (issue 13): with default settings an endpoint has no
// intake limit, so a burst far above the old 100/s default is accepted in full; an
// endpoint that opts in (integration_config.intake_rate_limit) gets 429 + Retry-After
// for the excess, and the catalog says which providers would lose those events.
import { beforeAll, describe, expect, inject, it } from "vitest";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { githubDelivery } from "../support/github-request";
import { api, signIn, type Auth } from "../support/http";
import { createUser } from "../support/users";

const baseUrl = inject("baseUrl");
const SECRET = "intake-test-secret";
let owner: Auth;
let endpoint: { id: string; webhook_url: string };

async function burst(count: number) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const delivery = githubDelivery(SECRET, "push", pushSample);
      const response = await fetch(endpoint.webhook_url, { method: "POST", body: delivery.body, headers: delivery.headers });
      return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() };
    }),
  );
}

const patchConfig = (config: Record<string, unknown>) => api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth: owner, json: { integration_config: config } });

beforeAll(async () => {
  const user = await createUser("intake@hookyard.test", "intake-password-1");
  owner = { cookie: await signIn(baseUrl, user.email, user.password) };
  endpoint = (await api(baseUrl, "POST", "/api/integration-webhooks", { auth: owner, json: { provider_id: "github", trigger_types: ["github_trigger_push"] } })).body;
  expect((await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth: owner, json: { signing_secret: SECRET } })).status).toBe(200);
});

describe(`intake limits (${process.env.TEST_DB})`, () => {
  it("accepts a 400-request burst in full by default: no intake limit unless someone opts in", async () => {
    const results = await burst(400);
    expect(results.filter((r) => r.status !== 202)).toEqual([]);
    const stored = new Set(results.map((r) => r.body.id));
    expect(stored.size).toBe(400);
  });

  it("answers the excess 429 with Retry-After once the endpoint opts in, and accepts everything again when the limit is removed", async () => {
    const set = await patchConfig({ intake_rate_limit: 5 });
    expect(set.status).toBe(200);
    expect(set.body.integration_config).toMatchObject({ intake_rate_limit: 5 });

    const limited = await burst(40);
    const refused = limited.filter((r) => r.status === 429);
    // The bucket holds twice the rate; allow one refill token for the time the burst takes.
    expect(limited.filter((r) => r.status === 202).length).toBeGreaterThanOrEqual(10);
    expect(limited.filter((r) => r.status === 202).length).toBeLessThanOrEqual(13);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(r.body.error).toMatchObject({ code: "rate_limited", message: expect.stringContaining("5 requests per second") });
    }

    const removed = await patchConfig({ intake_rate_limit: null });
    expect(removed.status).toBe(200);
    expect(removed.body.integration_config).not.toHaveProperty("intake_rate_limit");
    expect((await burst(60)).filter((r) => r.status !== 202)).toEqual([]);
  });

  it("refuses an invalid limit with 400 and the zod issue under integration_config.intake_rate_limit", async () => {
    for (const value of [0, 2.5, "50"]) {
      const response = await patchConfig({ intake_rate_limit: value });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_error");
      expect(response.body.error.details[0].path).toEqual(["integration_config", "intake_rate_limit"]);
    }
  });

  it("lists each provider's documented retry behaviour in the catalog", async () => {
    const catalog = await api(baseUrl, "GET", "/api/integrations", { auth: owner });
    expect(catalog.status).toBe(200);
    const byId = new Map(catalog.body.map((entry: { id: string }) => [entry.id, entry]));
    expect(byId.get("github")).toMatchObject({ retries: { level: "none", docsUrl: expect.stringContaining("docs.github.com") } });
    expect(byId.get("stripe")).toMatchObject({ retries: { level: "sustained" } });
    for (const entry of catalog.body) expect(["none", "few", "sustained", "not-documented"]).toContain(entry.retries.level);
  });
});
