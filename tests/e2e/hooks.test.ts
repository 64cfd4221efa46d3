// /hooks in Chromium: subscribe a local receiver through the create dialog (zod field
// errors first, then a server refusal as a toast), see the secret once and check that it
// really signs deliveries, send a test and watch it succeed in the delivery log, retry a
// failed delivery, rotate the secret, disable the subscription.
import path from "node:path";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { ROOT } from "../support/app-server";
import { fillSignIn, formReady, useBrowser } from "../support/browser";
import { api, signIn } from "../support/http";
import { startReceiver, type Receiver } from "../support/receiver";
import { savePhoneScreenshot, saveThemedScreenshots } from "../support/screenshots";

const SCREENSHOTS = path.join(ROOT, "test-results");
const baseUrl = inject("baseUrl");
const admin = inject("admin");
const browser = useBrowser();
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
});

function signedBy(index: number, secret: string): boolean {
  const request = receiver.received[index];
  try {
    new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

const dialog = (page: Page) => page.getByRole("dialog");
const deliveries = (page: Page) => page.getByTestId("delivery");

describe("/hooks", () => {
  it("creates a subscription, delivers a signed test, retries, rotates and disables it", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in?callbackUrl=/hooks`);
    await fillSignIn(page, admin.email, admin.password);
    await page.getByRole("heading", { name: "Outbound webhooks" }).waitFor();
    await page.getByText("No outbound webhooks yet").waitFor();

    // The dialog: Escape closes it; an empty form shows the schema's messages per field.
    await page.getByRole("button", { name: "New webhook" }).first().click();
    await dialog(page).waitFor();
    await formReady(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("webhook-name");
    // Tab wraps inside the dialog, both ways.
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("×Close");
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe("Create webhook");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("×Close");
    await page.keyboard.press("Escape");
    await dialog(page).waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "New webhook" }).first().click();
    await page.getByLabel("Name").waitFor();
    await page.getByRole("checkbox", { name: "message:received" }).uncheck();
    await page.getByRole("button", { name: "Create webhook" }).click();
    await page.getByText("Give the webhook a name").waitFor();
    await page.getByText("Choose at least one event type").waitFor();
    expect(await page.getByLabel("Name").getAttribute("aria-invalid")).toBe("true");
    await page.screenshot({ path: `${SCREENSHOTS}/hooks-dialog.png` });

    // A URL zod accepts but the server refuses: the server's message as a toast and on the field.
    await page.getByLabel("Name").fill("CRM sync");
    await page.getByLabel("URL").fill("ftp://example.com/hooks");
    await page.getByRole("checkbox", { name: "message:received" }).check();
    await page.getByRole("button", { name: "Create webhook" }).click();
    await page.getByTestId("toast").filter({ hasText: "The URL cannot be used" }).waitFor();
    expect(await page.getByLabel("URL").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("URL").fill(receiver.url);
    await page.getByRole("checkbox", { name: "app:health_check" }).check();
    await page.getByRole("button", { name: "Create webhook" }).click();
    await dialog(page).waitFor({ state: "hidden" });
    const secret = (await page.getByTestId("new-secret").textContent())!;
    expect(secret).toMatch(/^whsec_/);
    const [created] = (await api(baseUrl, "GET", "/api/hooks/webhooks", { auth: { cookie: await signIn(baseUrl, admin.email, admin.password) } })).body;
    expect(created).toMatchObject({ name: "CRM sync", url: receiver.url, eventTypes: ["message:received", "app:health_check"], enabled: true });
    expect(new URL(page.url()).searchParams.get("webhook")).toBe(created.id);
    await page.getByText("No deliveries yet").waitFor();

    // Send test → a succeeded delivery in the log, signed with the secret the page showed.
    // Well within the log's 10 s idle poll: the action itself refreshes the log.
    const PROMPT = { timeout: 5000 };
    await page.getByRole("button", { name: "Send test CRM sync" }).click();
    await deliveries(page).and(page.locator('[data-status="succeeded"]')).first().waitFor(PROMPT);
    await expect.poll(() => deliveries(page).first().textContent()).toContain("HTTP 200");
    expect(receiver.received).toHaveLength(1);
    expect(signedBy(0, secret)).toBe(true);

    // A failing receiver: retried on the schedule until failed; Retry then succeeds.
    receiver.respondWith(500);
    await page.getByRole("button", { name: "Send test CRM sync" }).click();
    await page.locator('[data-testid="delivery"][data-status="failed"]').waitFor(PROMPT);
    await expect.poll(() => page.getByTestId("outbound-webhook").textContent(), PROMPT).toContain("failing");
    receiver.respondWith(200);
    const failed = page.locator('[data-testid="delivery"][data-status="failed"]');
    await failed.getByRole("button", { name: /^Retry/ }).click();
    await expect.poll(() => page.locator('[data-testid="delivery"][data-status="failed"]').count(), PROMPT).toBe(0);
    await expect.poll(() => page.getByTestId("outbound-webhook").textContent(), PROMPT).toContain("healthy");
    await expect.poll(() => deliveries(page).first().getAttribute("data-status")).toBe("succeeded");
    await deliveries(page)
      .first()
      .getByText(/^Attempts/)
      .click();
    await page.getByTestId("new-secret").waitFor();
    await saveThemedScreenshots(page, "hooks");
    await savePhoneScreenshot(page, "hooks");

    // Rotate: confirm in a dialog, a new secret shown once, deliveries signed with it.
    await page.getByRole("button", { name: "Rotate secret CRM sync" }).click();
    await dialog(page).getByRole("button", { name: "Rotate secret" }).click();
    await dialog(page).waitFor({ state: "hidden" });
    await expect.poll(() => page.getByTestId("new-secret").textContent()).not.toBe(secret);
    const rotated = (await page.getByTestId("new-secret").textContent())!;
    expect(rotated).toMatch(/^whsec_/);
    const before = receiver.received.length;
    await page.getByRole("button", { name: "Send test CRM sync" }).click();
    await receiver.waitFor(before + 1);
    expect(signedBy(before, rotated)).toBe(true);

    // Disable: the switch turns off, the API agrees, and a test cannot be sent.
    await page.getByRole("switch", { name: "Enabled: CRM sync" }).click();
    await expect.poll(() => page.getByRole("switch", { name: "Enabled: CRM sync" }).getAttribute("aria-checked")).toBe("false");
    await page.getByTestId("toast").filter({ hasText: "CRM sync is disabled." }).waitFor();
    expect(await page.getByRole("button", { name: "Send test CRM sync" }).isDisabled()).toBe(true);
    const cookie = await signIn(baseUrl, admin.email, admin.password);
    expect((await api(baseUrl, "GET", `/api/hooks/webhooks/${created.id}`, { auth: { cookie } })).body).toMatchObject({ enabled: false, health: "disabled" });

    // The state survives a reload: the secret is gone, the log is still there.
    await page.reload();
    await page.getByRole("heading", { name: "Outbound webhooks" }).waitFor();
    expect(await page.getByTestId("new-secret").count()).toBe(0);
    await deliveries(page).first().waitFor();
    await context.close();
  });
});
