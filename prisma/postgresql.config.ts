// Prisma CLI config for PostgreSQL (schema generated from the SQLite master).
// Runs the bundled wasm schema engine through the pg driver adapter, with the two
// shims shared STACK.md §1 found necessary on PostgreSQL 15.
import path from "node:path";
import { createRequire } from "node:module";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

const require = createRequire(__filename);
const pg = require("pg");

// Shim A: adapter-pg cannot deserialize catalog types (name, "char", oid…) that the
// schema engine reads while introspecting; report them as text / text[].
const AS_TEXT = new Set([18, 19, 22, 24, 30, 194, 1033, 2205, 2206]);
const AS_TEXT_ARRAY = new Set([1002, 1003, 1034]);
const Result = require("pg/lib/result.js");
const addFields = Result.prototype.addFields;
Result.prototype.addFields = function (fields: { dataTypeID: number }[]) {
  for (const f of fields) f.dataTypeID = AS_TEXT.has(f.dataTypeID) ? 25 : AS_TEXT_ARRAY.has(f.dataTypeID) ? 1009 : f.dataTypeID;
  return addFields.call(this, fields);
};

function connectionConfig() {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith("postgres")) throw new Error("DATABASE_URL must be a postgresql:// URL for this config");
  const u = new URL(url);
  // Discrete fields: the stock shadow-database code spreads {...config, database}.
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
    allowExitOnIdle: true, // without it the CLI lingers ~10 s after finishing
  };
}

type Adapter = { dispose(): Promise<void> };

// Shim B: the stock shadow database is dropped before its pool closes; close first,
// then DROP … WITH (FORCE).
function withShadowDatabase<F extends object>(factory: F, cfg: ReturnType<typeof connectionConfig>): F {
  (factory as unknown as { connectToShadowDb: () => Promise<Adapter> }).connectToShadowDb = async () => {
    const admin = new pg.Client(cfg);
    await admin.connect();
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const adapter: Adapter = await new PrismaPg({ ...cfg, database: name }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  };
  return factory;
}

const root = path.resolve(__dirname, "..");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const cfg = connectionConfig();
    return withShadowDatabase(new PrismaPg(cfg), cfg);
  },
  schema: path.join(root, "prisma/postgresql/schema.prisma"),
  migrations: { path: path.join(root, "prisma/postgresql/migrations") },
});
