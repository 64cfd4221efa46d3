// Keeps the committed migrations of both databases in step with the master schema.
//   npm run db:migrations -- check        exit 1 if a schema change has no migration (CI)
//   npm run db:migrations -- new <name>   write <timestamp>_<name>/migration.sql for SQLite and PostgreSQL
// Both diff the migrations folder (replayed into a shadow database) against the
// schema, with Prisma's own `migrate diff`. PostgreSQL needs a server: HOOKYARD_TEST_PG_URL,
// or a throwaway cluster started here.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresSchemaFrom } from "./sync-schemas";
import { startPgCluster } from "../tests/support/pg-cluster";
import { readFileSync } from "node:fs";

const root = path.resolve(__dirname, "..");
const TARGETS = [
  { kind: "sqlite", config: "prisma/sqlite.config.ts", schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  { kind: "postgresql", config: "prisma/postgresql.config.ts", schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
] as const;

function diff(target: (typeof TARGETS)[number], databaseUrl: string, mode: "--exit-code" | "--script") {
  const cli = path.join(root, "node_modules/prisma/build/index.js");
  const args = [cli, "migrate", "diff", "--config", target.config, "--from-migrations", target.migrations, "--to-schema-datamodel", target.schema, mode];
  return spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } });
}

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command !== "check" && !(command === "new" && name && /^[a-z0-9_]+$/.test(name))) {
    console.error("usage: npm run db:migrations -- check | new <snake_case_name>");
    process.exit(2);
  }
  const expectedPg = postgresSchemaFrom(readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"));
  if (readFileSync(path.join(root, "prisma/postgresql/schema.prisma"), "utf8") !== expectedPg) {
    console.error("prisma/postgresql/schema.prisma is out of date: run `npm run db:schemas` first");
    process.exit(1);
  }
  const cluster = process.env.HOOKYARD_TEST_PG_URL ? undefined : await startPgCluster();
  const sqliteScratch = path.join(os.tmpdir(), `hookyard-migrations-${process.pid}.db`);
  const urls = { sqlite: `file:${sqliteScratch}`, postgresql: process.env.HOOKYARD_TEST_PG_URL ?? cluster!.url };
  let failed = false;
  try {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    for (const target of TARGETS) {
      const result = diff(target, urls[target.kind], command === "check" ? "--exit-code" : "--script");
      if (command === "check") {
        if (result.status === 0) console.log(`${target.kind}: migrations match the schema`);
        else {
          failed = true;
          console.error(`${target.kind}: the schema has changes with no migration: run \`npm run db:migrations -- new <name>\`\n${result.stdout}${result.stderr}`);
        }
      } else if (result.status !== 0) {
        failed = true;
        console.error(`${target.kind}: migrate diff failed\n${result.stderr}`);
      } else if (/^\s*(-- This is an empty migration\.)?\s*$/.test(result.stdout)) {
        console.log(`${target.kind}: nothing to migrate`);
      } else {
        const dir = path.join(root, target.migrations, `${stamp}_${name}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, "migration.sql"), result.stdout);
        console.log(`${target.kind}: wrote ${path.relative(root, dir)}/migration.sql`);
      }
    }
  } finally {
    cluster?.stop();
  }
  process.exit(failed ? 1 : 0);
}

main();
