// Reads and writes the `.env`-style files next to the app. A tiny strict parser
// of our own so that a corrupt `.env.local` fails start-up with the file and line
// named, instead of being half-read.
import "server-only";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

export class EnvFileError extends Error {}

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

export function parseEnvFile(text: string, fileName: string): Record<string, string> {
  if (text.includes("\u0000")) throw new EnvFileError(`${fileName} is not a text file`);
  const values: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith("#")) return;
    const match = LINE.exec(line);
    if (!match) throw new EnvFileError(`${fileName} line ${index + 1} is not KEY=VALUE`);
    values[match[1]] = unquote(match[2]);
  });
  return values;
}

function unquote(value: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(value);
  return quoted ? quoted[2] : value.replace(/\s+#.*$/, "");
}

export function readEnvFile(path: string): Record<string, string> {
  return existsSync(path) ? parseEnvFile(readFileSync(path, "utf8"), path.split("/").pop()!) : {};
}

/** Appends KEY=VALUE lines; never rewrites what is already in the file. */
export function appendEnvFile(path: string, entries: Record<string, string>, comment: string): void {
  const existing = existsSync(path) ? readFileSync(path, "utf8") : "";
  const lead = existing && !existing.endsWith("\n") ? "\n" : "";
  const lines = Object.entries(entries).map(([k, v]) => `${k}=${v}`);
  appendFileSync(path, `${lead}# ${comment}\n${lines.join("\n")}\n`, { mode: 0o600 });
}
