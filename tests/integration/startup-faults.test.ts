// `npm start` on bad settings: each fault ends with one clear line on stderr and a
// non-zero exit, never a stack trace alone.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ROOT, TSX_CLI } from "../support/app-server";
import { freePort } from "../support/pg-cluster";
import { TEST_SECRETS } from "../support/test-db";

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSX_CLI, "scripts/start.ts"], {
      cwd: ROOT,
      env: { ...process.env, ...TEST_SECRETS, DATABASE_URL: "file:/tmp/hookyard-never-created.db", PORT: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

function hookyardLines(stderr: string) {
  return stderr.split("\n").filter((line) => line.startsWith("hookyard: "));
}

describe("start-up faults", () => {
  it.each([
    [{ PORT: "not-a-port" }, /^hookyard: Invalid configuration: PORT: expected a port number/],
    [{ HOOKYARD_ENCRYPTION_KEY: "short" }, /^hookyard: Invalid configuration: HOOKYARD_ENCRYPTION_KEY: expected 32 random bytes/],
    [{ HOOKYARD_WORKER: "maybe" }, /^hookyard: Invalid configuration: HOOKYARD_WORKER: expected "inline" or "off"/],
    [{ DATABASE_URL: "mysql://db/x" }, /^hookyard: Invalid configuration: DATABASE_URL: expected file:<path> \(SQLite\) or postgresql:\/\//],
  ])("a bad setting %j stops start-up with one line naming it", async (env, line) => {
    const result = await start(env);
    expect(result.code).toBe(1);
    expect(hookyardLines(result.stderr)).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(line);
  });

  it("a port already in use is named, before any slow step", async () => {
    const port = await freePort();
    const blocker = createServer().listen(port);
    await new Promise((r) => blocker.once("listening", r));
    try {
      const result = await start({ PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`hookyard: port ${port} is already in use: stop the other process or set PORT to a free port`);
    } finally {
      blocker.close();
    }
  });

  it("an unreachable database is reported in one line without the credentials", async () => {
    const result = await start({ PORT: String(await freePort()), DATABASE_URL: "postgresql://hookyard:topsecret@127.0.0.1:1/hookyard" });
    expect(result.code).toBe(1);
    const lines = hookyardLines(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^hookyard: cannot apply migrations: .*127\.0\.0\.1:1/);
    expect(result.stderr).not.toContain("topsecret");
  });
});
