// Light and dark screenshots of a page for the README (docs/screenshots/<name>-light.png,
// -dark.png). The app follows prefers-color-scheme, so the theme is emulated, not toggled.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./app-server";

// A toast from the last action would cover the page in a full-page picture.
const HIDE_TOASTS = '[data-testid="toast"] { visibility: hidden !important; }';

export const SCREENSHOT_DIR = path.join(ROOT, "docs", "screenshots");

export async function saveThemedScreenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${scheme}.png`), fullPage: true, animations: "disabled", style: HIDE_TOASTS });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** A phone-width view, kept with the test results for checking the layout (not for the README). */
export async function savePhoneScreenshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(ROOT, "test-results", `${name}-phone.png`), fullPage: true, animations: "disabled", style: HIDE_TOASTS });
  if (size) await page.setViewportSize(size);
}
