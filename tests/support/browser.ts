// Headless Chromium (the system package) for one e2e test file, and signing in
// through the real sign-in page.
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM_ARGS } from "./chromium";

export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.HOOKYARD_CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser starts in beforeAll");
    return browser;
  };
}

/** Waits until React has hydrated the page's form, so a click runs its handler, not a native submit. */
export async function formReady(page: Page): Promise<void> {
  await page.locator("form[data-hydrated]").first().waitFor();
}

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await formReady(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
