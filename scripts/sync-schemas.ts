// Writes prisma/postgresql/schema.prisma from the SQLite master schema.
// Prisma allows one provider per schema; the models stay identical because this
// script is the only way the PostgreSQL schema is made. `--check` exits 1 when the
// committed file is stale (CI runs it).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const MASTER = path.join(root, "prisma/schema.prisma");
const TARGET = path.join(root, "prisma/postgresql/schema.prisma");

export function postgresSchemaFrom(master: string): string {
  const swaps: [RegExp, string][] = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    [/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost/hookyard"'],
    [/output\s*=\s*"\.\.\/lib\/generated\/sqlite"/, 'output     = "../../lib/generated/postgresql"'],
  ];
  let out = master;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(out)) throw new Error(`sync-schemas: master schema has no ${pattern}`);
    out = out.replace(pattern, replacement);
  }
  const banner = "// GENERATED from prisma/schema.prisma by `npm run db:schemas`. Do not edit.\n";
  return banner + out;
}

function main() {
  const expected = postgresSchemaFrom(readFileSync(MASTER, "utf8"));
  const check = process.argv.includes("--check");
  let current = "";
  try {
    current = readFileSync(TARGET, "utf8");
  } catch {
    /* absent: written below */
  }
  if (current === expected) return console.log("prisma/postgresql/schema.prisma is up to date");
  if (check) {
    console.error("prisma/postgresql/schema.prisma is out of date: run `npm run db:schemas` and commit it");
    process.exit(1);
  }
  writeFileSync(TARGET, expected);
  console.log("wrote prisma/postgresql/schema.prisma");
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) main();
