// Prisma CLI config for SQLite (the master schema). Prisma's CLI cannot download
// its Rust engines here, so it runs the bundled wasm schema engine through the
// better-sqlite3 driver adapter (see shared STACK.md §1).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteFileUrl } from "../lib/db-url";

type Adapter = { executeRaw(q: { sql: string; args: unknown[] }): Promise<number>; executeScript(sql: string): Promise<void> };
type Factory = Record<"connect" | "connectToShadowDb", () => Promise<Adapter>>;

// The wasm engine sends whole migration files through executeRaw(), but
// better-sqlite3 runs one statement per call: route argument-less SQL to executeScript().
function runWholeScripts<F extends object>(factory: F): F {
  const f = factory as unknown as Factory;
  for (const method of ["connect", "connectToShadowDb"] as const) {
    const open = f[method].bind(f);
    f[method] = async () => {
      const adapter = await open();
      const executeRaw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (q) => (q.args.length ? executeRaw(q) : (await adapter.executeScript(q.sql), 0));
      return adapter;
    };
  }
  return factory;
}

const root = path.resolve(__dirname, "..");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => runWholeScripts(new PrismaBetterSQLite3({ url: sqliteFileUrl(process.env.DATABASE_URL, root) })),
  schema: path.join(root, "prisma/schema.prisma"),
  migrations: { path: path.join(root, "prisma/migrations") },
});
