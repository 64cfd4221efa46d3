// Ready means ready (issue 13): /api/health answers 503 "starting" with the step it is
// on until every start-up step of `npm start` is done, and a sign-in right after the
// first "ok" succeeds, because the first admin exists by then.
// Starts its own app on a fresh database and watches it come up.
import { afterAll, describe, expect, it } from "vitest";
import { spawnApp, TEST_ADMIN, type SpawnedApp } from "../support/app-server";
import { signIn } from "../support/http";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import { STARTUP_STEPS } from "@/lib/startup/readiness";

let app: SpawnedApp | undefined;
let database: TestDatabase | undefined;

afterAll(async () => {
  if (app && app.child.exitCode === null) {
    const exited = new Promise((resolve) => app!.child.once("exit", resolve));
    app.child.kill("SIGTERM");
    await exited;
  }
  await database?.drop();
});

describe(`GET /api/health during start-up (${process.env.TEST_DB})`, () => {
  it("answers 503 starting until every step is done, and the first ok is followed by a working sign-in", async () => {
    database = await createTestDatabase();
    app = await spawnApp(database.url);
    const starting: Array<{ step: string; retryAfter: string | null; code: string }> = [];
    let ok: Record<string, unknown> | undefined;
    const deadline = Date.now() + 120_000;
    while (!ok) {
      if (app.child.exitCode !== null) throw new Error(`the app exited:\n${app.output()}`);
      if (Date.now() > deadline) throw new Error(`no ok within 120 s:\n${app.output()}`);
      const response = await fetch(`${app.baseUrl}/api/health`).catch(() => undefined);
      if (response?.status === 200) ok = await response.json();
      else if (response) {
        expect(response.status).toBe(503);
        const body = await response.json();
        starting.push({ step: body.step, retryAfter: response.headers.get("retry-after"), code: body.error?.code });
      }
      if (!ok) await new Promise((r) => setTimeout(r, 20));
    }
    // The very first request after ok: the admin must exist already.
    const cookie = await signIn(app.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    expect(cookie).toContain("session-token=");

    expect(ok).toMatchObject({ status: "ok", db: database.kind, worker: "inline" });
    expect(starting.length).toBeGreaterThan(0);
    for (const s of starting) {
      expect(STARTUP_STEPS).toContain(s.step);
      expect(s).toMatchObject({ code: "starting", retryAfter: "1" });
    }
    // The start script's last lines (printed right after the last step; pipes may lag a little).
    await expect.poll(() => app!.output(), { timeout: 5_000 }).toMatch(/hookyard: listening on[\s\S]*hookyard: sign in at/);
  });
});
