// `npm run worker` as a child process, for queue tests that kill and start workers.
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "./app-server";
import { TEST_SECRETS } from "./test-db";

export type WorkerProcess = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * `npm run worker`'s command. Node runs the worker itself, with tsx as a loader: the tsx
 * CLI would sit in between and kill a child that does not exit soon after a relayed
 * SIGTERM, while the worker is still finishing its jobs (exit 143 instead of 0).
 */
export const WORKER_ARGS = ["--import", "tsx", "scripts/worker.ts"];

export function startWorkerProcess(databaseUrl: string, env: Record<string, string> = {}): WorkerProcess {
  const child = spawn(process.execPath, WORKER_ARGS, {
    cwd: ROOT,
    env: { ...process.env, ...TEST_SECRETS, DATABASE_URL: databaseUrl, HOOKYARD_ALLOW_HTTP_TARGETS: "true", HOOKYARD_ALLOW_PRIVATE_TARGETS: "true", HOOKYARD_OUTBOUND_RATE_LIMIT: "1000000", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  return { child, output: () => output, exited: new Promise((resolve) => child.once("exit", resolve)) };
}
