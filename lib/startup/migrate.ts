// Start-up step 2: apply the committed migrations with Prisma's own `migrate
// deploy`, through the config for the selected database (prisma/*.config.ts
// explain why configs and not the default engine download).
import "server-only";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseKind, sqliteFilePath } from "../db-url";

export class MigrationError extends Error {}

export async function applyMigrations(root: string, databaseUrl: string): Promise<void> {
  const kind = databaseKind(databaseUrl);
  if (kind === "sqlite") mkdirSync(path.dirname(sqliteFilePath(databaseUrl, root)), { recursive: true });
  const cli = path.join(root, "node_modules/prisma/build/index.js");
  const args = [cli, "migrate", "deploy", "--config", path.join(root, `prisma/${kind}.config.ts`)];
  // The Prisma CLI child needs the whole environment (PATH, HOME…), not just Hookyard's parsed settings.
  // eslint-disable-next-line no-restricted-properties
  const output = await run(process.execPath, args, { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, root);
  if (output.code !== 0) throw new MigrationError(`cannot apply migrations: ${firstErrorLine(output.text)}`);
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; text: string }> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (chunk) => (text += chunk));
    child.stderr.on("data", (chunk) => (text += chunk));
    child.on("error", (error) => resolve({ code: 1, text: String(error) }));
    child.on("close", (code) => resolve({ code: code ?? 1, text }));
  });
}

// Prisma prints banners and warnings before the error; keep the line that says what failed.
function firstErrorLine(text: string): string {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const index = lines.findIndex((l) => /^Error\b|^Error:|P\d{4}/.test(l));
  const picked = index >= 0 ? lines.slice(index, index + 2).join(" ") : (lines.at(-1) ?? "unknown error");
  return picked
    .replace(/^Error:\s*/, "")
    .replace(/postgres(ql)?:\/\/\S+/g, "<DATABASE_URL>")
    .slice(0, 300);
}
