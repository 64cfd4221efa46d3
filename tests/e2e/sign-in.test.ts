// A person signing in through the real page in headless Chromium.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ROOT } from "../support/app-server";
import { fillSignIn, useBrowser } from "../support/browser";

const baseUrl = inject("baseUrl");
const admin = inject("admin");
const shots = path.join(ROOT, "test-results");
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

describe("sign-in", () => {
  it("sends a signed-out visitor to the sign-in page, refuses a wrong password, then shows the dashboard shell", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await expect.poll(() => page.getByRole("heading", { name: "Sign in to Hookyard" }).isVisible()).toBe(true);

    await fillSignIn(page, admin.email, "not-the-password");
    // Next.js adds its own empty role="alert" route announcer, so pick ours by its text.
    const error = page.getByRole("alert").filter({ hasText: "Email or password is incorrect." });
    await error.waitFor();
    expect(await error.isVisible()).toBe(true);

    await fillSignIn(page, admin.email, admin.password);
    await page.getByRole("heading", { name: "Overview" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.getByTestId("signed-in-as").textContent()).toBe(admin.email);
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(shots, "dashboard-shell.png"), fullPage: true });

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.close();
  });
});
