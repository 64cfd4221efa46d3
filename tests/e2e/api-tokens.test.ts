// Creating, seeing once and revoking an API token through the settings page.
import { describe, expect, inject, it } from "vitest";
import { fillSignIn, formReady, useBrowser } from "../support/browser";
import { api } from "../support/http";
import { savePhoneScreenshot, saveThemedScreenshots } from "../support/screenshots";

const baseUrl = inject("baseUrl");
const admin = inject("admin");
const browser = useBrowser();

describe("/settings/tokens", () => {
  it("creates a token that works as a Bearer token, shows it once, and revokes it", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in?callbackUrl=/settings/tokens`);
    await fillSignIn(page, admin.email, admin.password);
    await page.getByRole("heading", { name: "API tokens" }).waitFor();
    await formReady(page);

    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByText("Give the token a name").waitFor();
    expect(await page.getByLabel("Token name").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Token name").fill("browser token");
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByTestId("new-token");
    await shown.waitFor();
    const token = (await shown.textContent())!;
    expect(token).toMatch(/^hy_/);
    expect((await api(baseUrl, "GET", "/api/tokens", { auth: { token } })).status).toBe(200);
    await page.getByRole("cell", { name: "browser token", exact: true }).waitFor();
    await saveThemedScreenshots(page, "tokens");
    await savePhoneScreenshot(page, "tokens");

    // Revoking asks first, in a dialog: Escape (or Cancel) keeps the token.
    await page.getByRole("button", { name: "Revoke browser token" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke “browser token”?" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Revoke browser token");
    expect((await api(baseUrl, "GET", "/api/tokens", { auth: { token } })).status).toBe(200);

    await page.getByRole("button", { name: "Revoke browser token" }).click();
    await dialog.getByRole("button", { name: "Revoke token" }).click();
    await page.getByTestId("toast").filter({ hasText: "Token “browser token” revoked." }).waitFor();
    await page.getByRole("cell", { name: "browser token", exact: true }).waitFor({ state: "detached" });
    expect((await api(baseUrl, "GET", "/api/tokens", { auth: { token } })).status).toBe(401);

    await page.reload();
    await page.getByRole("heading", { name: "API tokens" }).waitFor();
    expect(await page.getByTestId("new-token").count()).toBe(0);
    await context.close();
  });
});
