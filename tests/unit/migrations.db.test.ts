// The committed migrations of the database under test produce exactly the schema:
// Prisma replays them into a shadow database and diffs (exit code 2 = drift).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestDatabase, testDbKind } from "@/tests/support/test-db";

const root = path.resolve(__dirname, "../..");

describe(`committed ${testDbKind()} migrations`, () => {
  it("match the schema (no change without a migration)", async () => {
    const kind = testDbKind();
    const database = await createTestDatabase();
    try {
      const schema = kind === "sqlite" ? "prisma/schema.prisma" : "prisma/postgresql/schema.prisma";
      const migrations = kind === "sqlite" ? "prisma/migrations" : "prisma/postgresql/migrations";
      const result = spawnSync(
        process.execPath,
        [
          path.join(root, "node_modules/prisma/build/index.js"),
          "migrate",
          "diff",
          "--config",
          `prisma/${kind}.config.ts`,
          "--from-migrations",
          migrations,
          "--to-schema-datamodel",
          schema,
          "--exit-code",
        ],
        { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url } },
      );
      expect(result.stdout + result.stderr).toContain("No difference detected");
      expect(result.status).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
