// What DATABASE_URL means. Shared by the app, the Prisma CLI configs and the
// scripts, so a relative SQLite path resolves to the same file everywhere.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/hookyard.db";

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** The absolute path of a `file:` URL; relative paths are taken from `root` (the project folder). */
export function sqliteFilePath(url: string | undefined, root: string = process.cwd()): string {
  const raw = (url && url.startsWith("file:") ? url : DEFAULT_DATABASE_URL).slice("file:".length);
  return path.resolve(root, raw);
}

export function sqliteFileUrl(url: string | undefined, root?: string): string {
  return "file:" + sqliteFilePath(url, root);
}
