// For in-process tests of lib/ code against a real database: points env() and
// db() at a fresh database for this test file and cleans up afterwards.
import { afterAll, beforeAll } from "vitest";
import { closeDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { createTestDatabase, TEST_SECRETS, type TestDatabase } from "./test-db";

export function useTestDatabase(): { current: () => TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: database.url });
    resetEnvCache();
    await closeDb();
  });
  afterAll(async () => {
    await closeDb();
    await database?.drop();
  });
  return {
    current: () => {
      if (!database) throw new Error("the test database is made in beforeAll");
      return database;
    },
  };
}
