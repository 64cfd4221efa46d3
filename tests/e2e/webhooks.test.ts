// The webhook manager in a real browser (issue #8, items 1–5): sort and filter the
// table with the state in the URL, open a dialog by URL, create an endpoint, copy its
// URL (read back from the clipboard), then send a signed webhook with plain HTTP and
// watch the row's count and the live feed change without a reload. Last, light and
// dark screenshots of every page for docs/screenshots/.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { ROOT } from "../support/app-server";
import { fillSignIn, useBrowser } from "../support/browser";
import { githubDelivery } from "../support/github-request";
import { startReceiver } from "../support/receiver";

const baseUrl = inject("baseUrl");
const admin = inject("admin");
const browser = useBrowser();
const shots = path.join(ROOT, "docs/screenshots");
const SECRET = "e2e-github-secret";
let webhookUrl = "";
let endpointId = "";

beforeAll(() => mkdirSync(shots, { recursive: true }));

async function signedIn(context: BrowserContext, target: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in?callbackUrl=${encodeURIComponent(target)}`);
  await fillSignIn(page, admin.email, admin.password);
  await page.waitForURL((url) => url.pathname === target.split("?")[0]);
  return page;
}

async function managerReady(page: Page) {
  await page.locator("[data-testid=webhooks-manager][data-hydrated]").waitFor();
}

const firstRowName = (page: Page) => page.locator("table[aria-label='Integration webhooks'] tbody tr").first().locator("td").first().innerText();

describe("/webhooks", () => {
  it("sorts and filters with the state in the URL", async () => {
    const context = await browser().newContext();
    const page = await signedIn(context, "/webhooks");
    await managerReady(page);
    const header = page.getByRole("button", { name: /^Integration/ });
    await header.click();
    await page.waitForURL(/sort=name\.asc/);
    expect(await firstRowName(page)).toBe("AI Agent");
    await header.click();
    await page.waitForURL(/sort=name\.desc/);
    expect(await firstRowName(page)).toBe("YouTube");
    expect(await page.locator("th[aria-sort=descending]").innerText()).toContain("Integration");

    await page.getByLabel("Category").selectOption("Development");
    await page.waitForURL(/category=Development/);
    await expect.poll(async () => (await page.locator("tbody tr td:nth-child(2)").allInnerTexts()).every((c) => c === "Development")).toBe(true);
    await page.getByLabel("Search").fill("gitl");
    await page.waitForURL(/q=gitl/);
    await expect.poll(() => page.locator("tbody tr").count()).toBe(1);
    expect(await firstRowName(page)).toBe("GitLab");

    // The same URL in a fresh page shows the same view.
    await page.reload();
    await managerReady(page);
    expect(await page.getByLabel("Search").inputValue()).toBe("gitl");
    expect(await page.locator("tbody tr").count()).toBe(1);
    await page.getByLabel("Search").fill("no such integration");
    await page.getByText("No integration matches these filters.").waitFor();
    await context.close();
  });

  it("creates an endpoint in the dialog, copies its URL, and Escape closes it", async () => {
    const context = await browser().newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const page = await signedIn(context, "/webhooks?webhook=github");
    await managerReady(page);
    const dialog = page.getByRole("dialog", { name: /GitHub webhook/ });
    await dialog.waitFor();
    expect(await dialog.getByTestId("setup-steps").locator("li").count()).toBeGreaterThan(1);
    await dialog.getByRole("button", { name: "Create endpoint" }).click();
    const url = dialog.getByTestId("dialog-webhook-url");
    await url.waitFor();
    webhookUrl = (await url.innerText()).trim();
    expect(webhookUrl).toMatch(new RegExp(`^${baseUrl}/api/webhooks/github/`));
    endpointId = webhookUrl.split("/").pop()!;

    await dialog.getByRole("button", { name: "Copy webhook URL" }).click();
    await page.getByTestId("toast").filter({ hasText: "Copied webhook URL" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(webhookUrl);

    await dialog.getByLabel("Webhook secret").fill(SECRET);
    await dialog.getByRole("button", { name: "Save secret" }).click();
    await dialog.getByText("configured", { exact: true }).waitFor();
    await page.screenshot({ path: path.join(shots, "webhook-dialog-light.png") });

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // The native dialog closes first; the URL follows when React handles its "close" event.
    await page.waitForURL((current) => !current.searchParams.has("webhook"), { timeout: 5000 });
    await context.close();
  });

  it("shows a signed webhook sent with plain HTTP in the row's count and the live feed without a reload", async () => {
    expect(webhookUrl).not.toBe("");
    const context = await browser().newContext();
    const page = await signedIn(context, "/webhooks?q=github");
    await managerReady(page);
    await page.getByTestId("live-status").filter({ hasText: "connected" }).waitFor();
    const count = page.locator("tr[data-row-id=github]").getByTestId("trigger-count");
    expect(await count.innerText()).toBe("0");
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const delivery = githubDelivery(SECRET, "push", pushSample);
    const response = await fetch(webhookUrl, { method: "POST", body: delivery.body, headers: delivery.headers });
    expect(response.status).toBe(202);

    await expect.poll(() => count.innerText(), { timeout: 15_000 }).toBe("1");
    await page.getByTestId("live-feed").getByText("github push").first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // A tampered delivery is rejected and recorded: it feeds the overview's failures.
    const tampered = githubDelivery(SECRET, "push", pushSample, { tamper: true });
    expect((await fetch(webhookUrl, { method: "POST", body: tampered.body, headers: tampered.headers })).status).toBe(401);
    await context.close();
  });

  it("inspects an event in the history and replays it", async () => {
    const context = await browser().newContext();
    const page = await signedIn(context, `/webhooks/${endpointId}`);
    const table = page.getByRole("table", { name: "Execution history" });
    await table.getByRole("button", { name: /^push/ }).first().click();
    const inspector = page.getByTestId("event-inspector");
    await inspector.waitFor();
    expect(await page.getByTestId("event-body").innerText()).toContain('"ref"');
    await page.getByRole("button", { name: "Replay" }).click();
    await page.getByTestId("toast").filter({ hasText: "queued" }).waitFor();
    await page.keyboard.press("Escape");
    await inspector.waitFor({ state: "detached" });

    await page.getByLabel("Status").selectOption("rejected");
    await page.waitForURL(/status=rejected/);
    await expect.poll(async () => (await table.locator("tbody tr").allInnerTexts()).every((t) => t.includes("rejected"))).toBe(true);
    await context.close();
  });

  it("processes and relays a push missing a schema field, and shows its drift in the history and the inspector", async () => {
    const receiver = await startReceiver();
    const context = await browser().newContext();
    // Removed afterwards: the /hooks e2e file (run in any order) expects the admin to start with none.
    let subscriptionId = "";
    try {
      const page = await signedIn(context, `/webhooks/${endpointId}`);
      const subscription = await context.request.post(`${baseUrl}/api/hooks/webhooks`, { data: { name: "drift sink", url: receiver.url, eventTypes: ["message:received"] } });
      expect(subscription.status()).toBe(201);
      subscriptionId = ((await subscription.json()) as { id: string }).id;
      const { pusher: _left, ...withoutPusher } = pushSample;
      const delivery = githubDelivery(SECRET, "push", withoutPusher);
      const response = await fetch(webhookUrl, { method: "POST", body: delivery.body, headers: delivery.headers });
      expect(response.status).toBe(202);
      const { id } = (await response.json()) as { id: string };

      await receiver.waitFor(1);
      const relayed = JSON.parse(receiver.received[0].body) as { event: { type: string; payload: { inboundEventId: string; schemaDrift: string[] } } };
      expect(relayed.event.type).toBe("message:received");
      expect(relayed.event.payload.inboundEventId).toBe(id);
      expect(relayed.event.payload.schemaDrift.join(" ")).toContain("pusher");

      await page.goto(`${baseUrl}/webhooks/${endpointId}?event=${id}`);
      const drift = page.getByTestId("schema-drift");
      await drift.waitFor();
      expect(await drift.innerText()).toContain("pusher");
      const stored = await context.request.get(`${baseUrl}/api/integration-webhooks/${endpointId}/events/${id}`);
      expect(await stored.json()).toMatchObject({ status: "processed", error: null, schema_drift: [expect.stringContaining("pusher")] });
      await page.keyboard.press("Escape");
      expect(await page.getByTestId("drift-count").innerText()).toBe("1 with schema drift");
      await page.getByRole("table", { name: "Execution history" }).getByText("drift", { exact: true }).first().waitFor();

      // The trigger picker finds one event among GitHub's whole catalog.
      await page.goto(`${baseUrl}/webhooks?webhook=github`);
      const picker = page.getByTestId("trigger-picker");
      await picker.getByLabel("Search trigger types").fill("issue_comment");
      await picker.getByText("github_trigger_issue_comment", { exact: true }).waitFor();
      expect(await picker.getByText("1 matching").count()).toBe(1);
    } finally {
      if (subscriptionId) await context.request.delete(`${baseUrl}/api/hooks/webhooks/${subscriptionId}`);
      await context.close();
      await receiver.close();
    }
  });

  it("saves light and dark screenshots of every dashboard page", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const context = await browser().newContext({ colorScheme: scheme, viewport: { width: 1360, height: 900 } });
      const page = await signedIn(context, "/");
      await page.getByRole("heading", { name: "Overview" }).waitFor();
      await page.getByTestId("recent-failures").waitFor();
      await page.screenshot({ path: path.join(shots, `overview-${scheme}.png`), fullPage: true });

      await page.goto(`${baseUrl}/webhooks`);
      await managerReady(page);
      await page.screenshot({ path: path.join(shots, `webhooks-${scheme}.png`), fullPage: true });

      await page.goto(`${baseUrl}/webhooks?webhook=github`);
      await page.getByTestId("recent-executions").waitFor();
      await page.screenshot({ path: path.join(shots, `webhook-dialog-${scheme}.png`) });

      await page.goto(`${baseUrl}/webhooks/${endpointId}`);
      await page.getByRole("table", { name: "Execution history" }).waitFor();
      await page.screenshot({ path: path.join(shots, `history-${scheme}.png`), fullPage: true });
      const firstEvent = page.getByRole("table", { name: "Execution history" }).getByRole("button", { name: /^push/ }).first();
      await firstEvent.click();
      await page.getByTestId("event-inspector").waitFor();
      await page.screenshot({ path: path.join(shots, `event-inspector-${scheme}.png`) });
      await context.close();
    }
    const phone = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await signedIn(phone, "/webhooks");
    await managerReady(page);
    await page.screenshot({ path: path.join(shots, "webhooks-phone.png"), fullPage: true });
    await phone.close();
  });
});
