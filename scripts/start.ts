// `npm start`: everything a fresh clone needs, in order — env (and first-start
// secrets), migrations, a production build when none exists, the first admin, then
// one node:http server around Next's request handler and the inline worker.
// Every expected failure ends with one line on stderr and exit code 1.
import "./allow-server-only"; // first: lets Node load lib/'s server modules
import { existsSync } from "node:fs";
import { createServer, type RequestListener, type Server } from "node:http";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { prepareEnv } from "../lib/startup/prepare-env";
import { applyMigrations } from "../lib/startup/migrate";
import { startupDone, startupStep } from "../lib/startup/readiness";

const root = path.resolve(__dirname, "..");
const dev = process.argv.includes("--dev");

function fail(message: string): never {
  console.error(`hookyard: ${message}`);
  process.exit(1);
}

async function main() {
  (process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // /api/health answers 503 "starting" until the last step is done (lib/startup/readiness.ts).
  startupStep("environment");
  const { generated } = prepareEnv(root);
  if (generated.length) console.log(`hookyard: generated ${generated.join(" and ")} into .env.local (first start)`);

  // Imported after prepareEnv so that env() sees the values from .env files.
  const { env } = await import("../lib/env");
  const settings = env();
  // next-auth v4 builds its URLs from NEXTAUTH_URL; without a public URL it follows the Host header.
  if (settings.HOOKYARD_PUBLIC_URL) process.env.NEXTAUTH_URL = settings.publicUrl;
  else process.env.AUTH_TRUST_HOST = "true";

  // Bind the port before the slow steps, so "port in use" is reported at once;
  // requests that arrive meanwhile wait for Next instead of hanging.
  let handle: RequestListener | undefined;
  const waiting: (() => void)[] = [];
  const { handleNodeWebhook } = await import("../lib/inbound/http-adapter");
  const { answerHealthWhileStarting } = await import("../lib/startup/starting-health");
  const { answerMalformedPath } = await import("../lib/api/malformed-path");
  const server = await listen(settings.PORT, (req, res) => {
    if (answerHealthWhileStarting(req, res)) return;
    // The inbound hot path skips Next's request pipeline (DESIGN.md §6); it needs only the database.
    if (handle && handleNodeWebhook(req, res)) return;
    // Next would answer a path that does not decode (%E0%A4%A) with a 500 of its own: 400 here.
    if (answerMalformedPath(req, res)) return;
    if (handle) return void handle(req, res);
    waiting.push(() => void handle!(req, res));
  });

  startupStep("migrations");
  await applyMigrations(root, settings.DATABASE_URL);

  startupStep("build");
  if (!dev && !existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.log("hookyard: no production build yet, running `next build` (about a minute)…");
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) fail("`next build` failed (see above)");
  }

  startupStep("next");
  const next = (await import("next")).default;
  const app = next({ dev, dir: root, port: settings.PORT, hostname: "localhost" });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  handle = (req, res) => void nextHandler(req, res);
  waiting.splice(0).forEach((run) => run());

  startupStep("admin");
  const { ensureAdmin } = await import("../lib/auth/ensure-admin");
  const admin = await ensureAdmin();

  startupStep("worker");
  const { startWorker } = await import("../lib/queue/worker");
  const { scheduleHealthCheck } = await import("../lib/outbound/health-check");
  const { receiverBusy } = await import("../lib/inbound/receiver-load");
  const worker = settings.HOOKYARD_WORKER === "inline" ? startWorker({ onTick: () => scheduleHealthCheck(), yieldWhile: receiverBusy }) : undefined;

  startupDone();
  console.log(`hookyard: listening on ${settings.publicUrl} (database: ${settings.databaseKind}, worker: ${settings.HOOKYARD_WORKER})`);
  if (admin.kind === "created") {
    console.log(
      `hookyard: sign in at ${settings.publicUrl}/sign-in as ${admin.email}` +
        (admin.generated ? ` with password ${admin.password}  (shown once; change it or set HOOKYARD_ADMIN_PASSWORD)` : " with HOOKYARD_ADMIN_PASSWORD"),
    );
  } else {
    console.log(`hookyard: sign in at ${settings.publicUrl}/sign-in` + (admin.email ? ` as ${admin.email}` : ""));
  }

  const shutdown = async (signal: string) => {
    console.log(`hookyard: ${signal} received, finishing in-flight work…`);
    await Promise.allSettled([worker?.stop(), new Promise((resolve) => server.close(resolve))]);
    const { closeDb } = await import("../lib/db");
    await closeDb();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

function listen(port: number, onRequest: RequestListener): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer(onRequest);
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") fail(`port ${port} is already in use: stop the other process or set PORT to a free port`);
      if (error.code === "EACCES") fail(`no permission to listen on port ${port}: set PORT to a port above 1023`);
      fail(`cannot listen on port ${port}: ${error.message}`);
    });
    server.listen(port, () => resolve(server));
  });
}

main().catch((error: Error) => fail(error.message.split("\n")[0]));
