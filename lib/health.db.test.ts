import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { GET } from "@/app/api/health/route";
import { closeDb } from "./db";
import { resetEnvCache } from "./env";
import { VERSION } from "./version";

const database = useTestDatabase();

describe("GET /api/health (route handler)", () => {
  it("answers ok with the database kind, worker mode and version", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: database.current().kind, worker: "inline", version: VERSION });
  });

  it("answers 503 with the reason when the database cannot be reached", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://hookyard:secret-password@127.0.0.1:1/nothing";
    resetEnvCache();
    await closeDb();
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toMatchObject({ status: "unavailable", db: "postgresql", error: { code: "database_unavailable" } });
      expect(body.reason).toMatch(/database unreachable: /);
      expect(JSON.stringify(body)).not.toContain("secret-password");
    } finally {
      await closeDb();
      process.env.DATABASE_URL = saved;
      resetEnvCache();
    }
  });
});
