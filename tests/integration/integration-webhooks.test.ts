// The /api/integrations and /api/integration-webhooks contracts (DESIGN.md §3), over
// real HTTP: the ChainReact shape field for field, generated entries, filters,
// secrets shown once and encrypted at rest, owner scoping and the error shapes.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, signIn, type Auth } from "../support/http";
import { createUser, readEndpointConfig } from "../support/users";

const baseUrl = inject("baseUrl");
let alice: Auth;
let bob: Auth;

const FIELDS = [
  "id",
  "user_id",
  "provider_id",
  "webhook_url",
  "trigger_types",
  "integration_config",
  "external_config",
  "status",
  "last_triggered",
  "trigger_count",
  "error_count",
  "created_at",
  "updated_at",
].sort();
const EXTERNAL_FIELDS = ["type", "setup_required", "instructions", "integration_name", "category", "capabilities"].sort();

beforeAll(async () => {
  const a = await createUser("alice@webhooks.test", "alice-password-1");
  const b = await createUser("bob@webhooks.test", "bob-password-1");
  alice = { cookie: await signIn(baseUrl, a.email, a.password) };
  const bobCookie = await signIn(baseUrl, b.email, b.password);
  bob = { token: (await api(baseUrl, "POST", "/api/tokens", { auth: { cookie: bobCookie }, json: { name: "bob" } })).body.token };
});

describe("GET /api/integrations", () => {
  it("lists the catalog with triggers as JSON Schema and samples", async () => {
    const { status, body } = await api(baseUrl, "GET", "/api/integrations", { auth: alice });
    expect(status).toBe(200);
    expect(body).toHaveLength(32);
    const github = body.find((i: { id: string }) => i.id === "github");
    expect(github).toMatchObject({ name: "GitHub", category: "Development", authType: "oauth", supportsRemoteRegistration: true, verification: expect.stringContaining("X-Hub-Signature-256") });
    expect(github.triggerTypes.find((t: { value: string }) => t.value === "github_trigger_push")).toMatchObject({
      description: expect.any(String),
      schema: { type: "object" },
      sample: { ref: "refs/heads/main" },
    });
    expect((await api(baseUrl, "GET", "/api/integrations")).status).toBe(401);
  });
});

describe("GET /api/integration-webhooks", () => {
  it("answers one generated entry per integration for a new user, in the exact shape", async () => {
    const fresh = await createUser("fresh@webhooks.test", "fresh-password-1");
    const { status, body, headers } = await api(baseUrl, "GET", "/api/integration-webhooks", { auth: { cookie: await signIn(baseUrl, fresh.email, fresh.password) } });
    expect(status).toBe(200);
    expect(headers.get("x-hookyard-degraded")).toBeNull();
    expect(body).toHaveLength(32);
    for (const item of body) {
      expect(Object.keys(item).sort()).toEqual(FIELDS);
      expect(Object.keys(item.external_config).sort()).toEqual(EXTERNAL_FIELDS);
      expect(item).toMatchObject({ status: "inactive", trigger_count: 0, error_count: 0, last_triggered: null, webhook_url: "", id: item.provider_id });
      expect(item.external_config.setup_required).toBe(true);
      expect(item.external_config.instructions).toMatch(/^1\. /);
    }
    const gmail = body.find((i: { provider_id: string }) => i.provider_id === "gmail");
    expect(gmail.trigger_types).toEqual(["*"]); // every event by default, as in Hookdeck and Svix
    expect(gmail.external_config).toMatchObject({ type: "webhook", integration_name: "Gmail", category: "Communication" });
  });

  it("lists persisted rows first, with their URL built from HOOKYARD_PUBLIC_URL", async () => {
    const created = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: { provider_id: "stripe" } });
    expect(created.status).toBe(201);
    const { body } = await api(baseUrl, "GET", "/api/integration-webhooks", { auth: alice });
    expect(body[0]).toMatchObject({ id: created.body.id, provider_id: "stripe", status: "active", webhook_url: `${baseUrl}/api/webhooks/stripe/${created.body.id}` });
    expect(body).toHaveLength(32);
    expect(body.filter((i: { provider_id: string }) => i.provider_id === "stripe")).toHaveLength(1);
  });

  it("filters by category, status and a search text", async () => {
    await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: { provider_id: "github" } });
    const dev = await api(baseUrl, "GET", "/api/integration-webhooks?category=development", { auth: alice });
    expect(dev.body.map((i: { provider_id: string }) => i.provider_id).sort()).toEqual(["github", "gitlab"]);
    const ai = await api(baseUrl, "GET", `/api/integration-webhooks?category=${encodeURIComponent("AI & Logic")}`, { auth: alice });
    expect(ai.body.map((i: { provider_id: string }) => i.provider_id).sort()).toEqual(["ai-agent", "logic"]);
    const active = await api(baseUrl, "GET", "/api/integration-webhooks?status=active", { auth: alice });
    expect(active.body.every((i: { status: string }) => i.status === "active")).toBe(true);
    expect(active.body.map((i: { provider_id: string }) => i.provider_id)).toEqual(expect.arrayContaining(["github", "stripe"]));
    const search = await api(baseUrl, "GET", "/api/integration-webhooks?q=GOOGLE%20CALENDAR", { auth: alice });
    expect(search.body.map((i: { provider_id: string }) => i.provider_id)).toEqual(["google-calendar"]);
    const byTrigger = await api(baseUrl, "GET", "/api/integration-webhooks?q=payment_succeeded", { auth: alice });
    expect(byTrigger.body.map((i: { provider_id: string }) => i.provider_id)).toEqual(["stripe"]);
  });

  it("rejects an unknown category or status with 400", async () => {
    const badCategory = await api(baseUrl, "GET", "/api/integration-webhooks?category=games", { auth: alice });
    expect(badCategory.status).toBe(400);
    expect(badCategory.body.error).toMatchObject({ code: "validation_error", message: expect.stringContaining("Valid categories: Communication") });
    const badStatus = await api(baseUrl, "GET", "/api/integration-webhooks?status=broken", { auth: alice });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error.details[0].path).toEqual(["status"]);
  });
});

describe("POST /api/integration-webhooks", () => {
  it("returns the signing secret once where Hookyard chooses it, stored encrypted", async () => {
    const created = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: { provider_id: "gitlab", trigger_types: ["gitlab_trigger_push"] } });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual([...FIELDS, "signing_secret"].sort());
    const secret: string = created.body.signing_secret;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(created.body).toMatchObject({ trigger_types: ["gitlab_trigger_push"], integration_config: { signing_secret_configured: true } });
    expect(created.body.external_config.setup_required).toBe(false);

    const again = await api(baseUrl, "GET", `/api/integration-webhooks/${created.body.id}`, { auth: alice });
    expect(again.text).not.toContain(secret);
    expect(again.body).not.toHaveProperty("signing_secret");
    expect((await api(baseUrl, "GET", "/api/integration-webhooks", { auth: alice })).text).not.toContain(secret);

    const stored = await readEndpointConfig(created.body.id);
    expect(String(stored.signing_secret)).toMatch(/^v1:/);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it("issues no secret where the provider issues it, and says setup is still required", async () => {
    const created = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: bob, json: { provider_id: "slack" } });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty("signing_secret");
    expect(created.body.integration_config).toEqual({ signing_secret_configured: false });
    expect(created.body.external_config.setup_required).toBe(true);
    expect(created.body.external_config.instructions).toContain(created.body.webhook_url);
  });

  it("answers 409 for a second endpoint for the same provider", async () => {
    const second = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: { provider_id: "stripe" } });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe("conflict");
  });

  it("answers 404 naming an unknown provider, 400 listing the valid trigger types, 400 for bad bodies", async () => {
    const unknown = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: { provider_id: "myspace" } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('"myspace"');
    const badTrigger = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: { provider_id: "linear", trigger_types: ["linear_trigger_nope"] } });
    expect(badTrigger.status).toBe(400);
    expect(badTrigger.body.error.message).toContain("linear_trigger_issue_created");
    expect(badTrigger.body.error.details[0].valid).toContain("linear_trigger_issue_created");
    const noProvider = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: {} });
    expect(noProvider.status).toBe(400);
    expect(noProvider.body.error.details[0].path).toEqual(["provider_id"]);
    const malformed = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, body: "{", headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("invalid_json");
  });
});

describe("GET|PATCH|DELETE /api/integration-webhooks/{id}", () => {
  it("accepts the provider's signing secret, stores it encrypted and never returns it", async () => {
    const { body: created } = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: { provider_id: "shopify" } });
    const secret = "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";
    const patched = await api(baseUrl, "PATCH", `/api/integration-webhooks/${created.id}`, {
      auth: alice,
      json: { signing_secret: secret, trigger_types: ["shopify_trigger_order_created"], status: "inactive" },
    });
    expect(patched.status).toBe(200);
    expect(patched.text).not.toContain(secret);
    expect(patched.body).toMatchObject({ status: "inactive", trigger_types: ["shopify_trigger_order_created"], integration_config: { signing_secret_configured: true } });
    expect(patched.body.external_config.setup_required).toBe(false);
    const stored = await readEndpointConfig(created.id);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const byProvider = await api(baseUrl, "GET", "/api/integration-webhooks/shopify", { auth: alice });
    expect(byProvider.body.id).toBe(created.id);
  });

  it("validates integration_config with the preset's schema and encrypts its secret fields", async () => {
    const { body: box } = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: { provider_id: "box" } });
    const ok = await api(baseUrl, "PATCH", `/api/integration-webhooks/${box.id}`, { auth: alice, json: { integration_config: { secondary_signing_secret: "second-key-abcdef0123456789" } } });
    expect(ok.status).toBe(200);
    expect(ok.body.integration_config).toEqual({ signing_secret_configured: false, secondary_signing_secret_configured: true });
    expect(JSON.stringify(await readEndpointConfig(box.id))).not.toContain("second-key-abcdef0123456789");

    const unknownKey = await api(baseUrl, "PATCH", `/api/integration-webhooks/${box.id}`, { auth: alice, json: { integration_config: { colour: "blue" } } });
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.code).toBe("validation_error");

    const { body: facebook } = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: alice, json: { provider_id: "facebook" } });
    const verify = await api(baseUrl, "PATCH", `/api/integration-webhooks/${facebook.id}`, { auth: alice, json: { integration_config: { verify_token: "my-verify-token-123" } } });
    expect(verify.body.integration_config).toMatchObject({ verify_token: "my-verify-token-123", signing_secret_configured: false });
  });

  it("answers 400 for an invalid status or trigger type, and for unknown fields", async () => {
    const invalidStatus = await api(baseUrl, "PATCH", "/api/integration-webhooks/stripe", { auth: alice, json: { status: "paused" } });
    expect(invalidStatus.status).toBe(400);
    expect(invalidStatus.body.error.details[0].path).toEqual(["status"]);
    const invalidTrigger = await api(baseUrl, "PATCH", "/api/integration-webhooks/stripe", { auth: alice, json: { trigger_types: ["github_trigger_push"] } });
    expect(invalidTrigger.status).toBe(400);
    expect(invalidTrigger.body.error.message).toContain("stripe_trigger_payment_succeeded");
    const unknownField = await api(baseUrl, "PATCH", "/api/integration-webhooks/stripe", { auth: alice, json: { webhook_url: "https://evil.example" } });
    expect(unknownField.status).toBe(400);
  });

  it("scopes every row to its owner: another user's id answers 404 and changes nothing", async () => {
    const { body: mine } = await api(baseUrl, "GET", "/api/integration-webhooks/stripe", { auth: alice });
    for (const [method, json] of [
      ["GET", undefined],
      ["PATCH", { status: "inactive" }],
      ["DELETE", undefined],
    ] as const) {
      const attempt = await api(baseUrl, method, `/api/integration-webhooks/${mine.id}`, { auth: bob, json });
      expect(attempt.status).toBe(404);
      expect(attempt.body.error.code).toBe("not_found");
    }
    expect((await api(baseUrl, "GET", `/api/integration-webhooks/${mine.id}`, { auth: alice })).body.status).toBe("active");
    const bobsStripe = await api(baseUrl, "GET", "/api/integration-webhooks/stripe", { auth: bob });
    expect(bobsStripe.body).toMatchObject({ id: "stripe", status: "inactive", webhook_url: "" });
  });

  it("deletes an endpoint; it then reads as a generated entry again", async () => {
    const { body } = await api(baseUrl, "POST", "/api/integration-webhooks", { auth: bob, json: { provider_id: "trello" } });
    expect((await api(baseUrl, "DELETE", `/api/integration-webhooks/${body.id}`, { auth: bob })).status).toBe(204);
    expect((await api(baseUrl, "GET", `/api/integration-webhooks/${body.id}`, { auth: bob })).status).toBe(404);
    expect((await api(baseUrl, "DELETE", "/api/integration-webhooks/trello", { auth: bob })).status).toBe(404);
    expect((await api(baseUrl, "GET", "/api/integration-webhooks/trello", { auth: bob })).body).toMatchObject({ id: "trello", status: "inactive" });
  });
});
