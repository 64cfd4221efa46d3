// Starts the real app the way `npm start` does (scripts/start.ts: migrations, the
// production build, the node:http server, the inline worker) on a free port, and
// waits until /api/health answers. Used by the integration and e2e suites.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "./pg-cluster";
import { TEST_SECRETS } from "./test-db";

export const ROOT = path.resolve(__dirname, "../..");
export const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

export type AppServer = { baseUrl: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

export const TEST_ADMIN = { email: "admin@hookyard.test", password: "correct-horse-battery-staple" };

export type SpawnedApp = { baseUrl: string; child: ChildProcess; output: () => string };

/** Spawns `npm start`'s script on a free port without waiting for it (start-up tests watch it come up). */
export async function spawnApp(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<SpawnedApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [TSX_CLI, "scripts/start.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...TEST_SECRETS,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOOKYARD_PUBLIC_URL: baseUrl,
      HOOKYARD_ADMIN_EMAIL: TEST_ADMIN.email,
      HOOKYARD_ADMIN_PASSWORD: TEST_ADMIN.password,
      // Outbound targets are local test receivers, retried on a millisecond schedule.
      HOOKYARD_ALLOW_HTTP_TARGETS: "true",
      HOOKYARD_ALLOW_PRIVATE_TARGETS: "true",
      HOOKYARD_RETRY_SCHEDULE: "0,50ms,100ms,200ms,400ms",
      HOOKYARD_OUTBOUND_RATE_LIMIT: "100000",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return { baseUrl, child, output: () => output };
}

export async function startAppServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<AppServer> {
  const { baseUrl, child, output: read } = await spawnApp(databaseUrl, extraEnv);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}) before it was ready:\n${read()}`);
    if (/hookyard: listening on/.test(read())) {
      const ok = await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app was not ready within 120 s:\n${read()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    process: child,
    output: read,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
