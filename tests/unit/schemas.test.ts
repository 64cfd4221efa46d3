// The PostgreSQL schema is generated from the SQLite master; this fails when
// someone edits one without running `npm run db:schemas`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "@/scripts/sync-schemas";

const root = path.resolve(__dirname, "../..");

describe("Prisma schemas", () => {
  it("prisma/postgresql/schema.prisma is the generated copy of prisma/schema.prisma", () => {
    const expected = postgresSchemaFrom(readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"));
    expect(readFileSync(path.join(root, "prisma/postgresql/schema.prisma"), "utf8")).toBe(expected);
  });

  it("differs from the master only in provider, url and client output", () => {
    const pg = postgresSchemaFrom('generator client {\n  output     = "../lib/generated/sqlite"\n}\ndatasource db {\n  provider = "sqlite"\n  url      = "file:x.db"\n}\nmodel A { id String @id }\n');
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output     = "../../lib/generated/postgresql"');
    expect(pg).toContain("model A { id String @id }");
  });
});
