// `npm run worker` as a child process, for queue tests that kill and start workers.
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT, TSX_CLI } from "./app-server";
import { TEST_SECRETS } from "./test-db";

export type WorkerProcess = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

export function startWorkerProcess(databaseUrl: string, env: Record<string, string> = {}): WorkerProcess {
  const child = spawn(process.execPath, [TSX_CLI, "scripts/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_SECRETS, DATABASE_URL: databaseUrl, HOOKYARD_ALLOW_HTTP_TARGETS: "true", HOOKYARD_ALLOW_PRIVATE_TARGETS: "true", HOOKYARD_OUTBOUND_RATE_LIMIT: "1000000", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  return { child, output: () => output, exited: new Promise((resolve) => child.once("exit", resolve)) };
}
