// Where the system Chromium is (Debian's package), for playwright-core.
import { existsSync } from "node:fs";

export function chromiumPath(): string | undefined {
  return [process.env.HOOKYARD_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && existsSync(p));
}

// The flags this closed network needs: no background connections, no sandbox as root.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
