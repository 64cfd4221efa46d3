// `npm run worker`: a job worker as its own process (HOOKYARD_WORKER=off on the web
// processes). Any number can run against one database; SIGTERM finishes in-flight jobs.
import "./allow-server-only"; // first: lets Node load lib/'s server modules
import path from "node:path";
import { prepareEnv } from "../lib/startup/prepare-env";

async function main() {
  prepareEnv(path.resolve(__dirname, ".."));
  const { env } = await import("../lib/env");
  const settings = env();
  const { startWorker } = await import("../lib/queue/worker");
  const { scheduleHealthCheck } = await import("../lib/outbound/health-check");
  const worker = startWorker({ onTick: () => scheduleHealthCheck() });
  console.log(`hookyard worker ${worker.id}: running (database: ${settings.databaseKind})`);
  const stop = async (signal: string) => {
    console.log(`hookyard worker: ${signal} received, finishing in-flight jobs…`);
    await worker.stop();
    const { closeDb } = await import("../lib/db");
    await closeDb();
    const cpu = process.cpuUsage();
    console.log(`hookyard worker: stopped (CPU used: ${Math.round((cpu.user + cpu.system) / 1000)} ms)`);
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: Error) => {
  console.error(`hookyard worker: ${error.message.split("\n")[0]}`);
  process.exit(1);
});
