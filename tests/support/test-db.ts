// A fresh, migrated database per test file, on the database the run is for
// (TEST_DB=sqlite | postgresql). Made by copying a template that scripts/test.ts
// migrated once: a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export type TestDatabase = { url: string; kind: "sqlite" | "postgresql"; drop: () => Promise<void> };

export function testDbKind(): "sqlite" | "postgresql" {
  return process.env.TEST_DB === "postgresql" ? "postgresql" : "sqlite";
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.TEST_TEMPLATE;
  if (!template) throw new Error("TEST_TEMPLATE is not set: run the tests with `npm test`");
  if (testDbKind() === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hookyard-test-"));
    const file = path.join(dir, "test.db");
    copyFileSync(template, file);
    return { url: `file:${file}`, kind: "sqlite", drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_PG_URL!;
  const name = `hookyard_t_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgresql",
    drop: () => withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Settings every test process needs; secrets are fixed test values, never real ones. */
export const TEST_SECRETS = {
  AUTH_SECRET: "test-auth-secret-0123456789abcdef0123456789",
  HOOKYARD_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};
