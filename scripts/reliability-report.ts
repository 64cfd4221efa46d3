// Writes docs/reliability.md from the figures the reliability suite recorded
// (tests/support/figures.ts). Deterministic: scenarios sorted by part, name and database;
// no clock and no host names, so an unchanged run gives an unchanged file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FIGURE_NAMES, figuresDir, type FigureName, type ScenarioRecord } from "../tests/support/figures";

const PARTS = ["hostile input", "ssrf", "tenants", "secrets", "crash"];
const MUST_BE_ZERO: FigureName[] = ["lost", "false accepts", "cross-tenant", "leaks", "500s"];

export function readFigures(dir = figuresDir()): ScenarioRecord[] {
  if (!existsSync(dir)) return [];
  const records = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as ScenarioRecord);
  const rank = (part: string) => (PARTS.includes(part) ? PARTS.indexOf(part) : PARTS.length);
  return records.sort((a, b) => rank(a.part) - rank(b.part) || a.scenario.localeCompare(b.scenario) || a.database.localeCompare(b.database));
}

function sum(records: ScenarioRecord[], name: FigureName): number {
  return records.reduce((total, r) => total + (r.figures[name] ?? 0), 0);
}

function table(records: ScenarioRecord[]): string[] {
  const columns = FIGURE_NAMES.filter((name) => records.some((r) => r.figures[name] !== undefined));
  const lines = [`| scenario | database | ${columns.join(" | ")} |`, `|---|---|${columns.map(() => "---:").join("|")}|`];
  for (const r of records) lines.push(`| ${r.scenario} | ${r.database} | ${columns.map((c) => r.figures[c] ?? "–").join(" | ")} |`);
  return lines;
}

export function renderReport(records: ScenarioRecord[]): string {
  const out = [
    "# Reliability",
    "",
    "Written by the reliability suite from its last run (`npm test` for the quick scenarios,",
    "`npm run test:soak` for the kill -9 rounds; `scripts/reliability-report.ts`). Each test",
    "asserts its own figures; this page only shows them. Do not edit by hand.",
    "",
    "## Summary",
    "",
    "| figure | total |",
    "|---|---:|",
    ...MUST_BE_ZERO.map((name) => `| ${name} | ${sum(records, name)} |`),
  ];
  const ssrf = records.filter((r) => r.part === "ssrf");
  if (ssrf.length) out.push(`| SSRF forms refused | ${sum(ssrf, "refusals")} of ${sum(ssrf, "requests sent")} |`);
  for (const part of [...new Set(records.map((r) => r.part))]) {
    const inPart = records.filter((r) => r.part === part);
    out.push("", `## ${part[0].toUpperCase()}${part.slice(1)}`, "", ...table(inPart));
    const notes = inPart.filter((r) => r.notes.length);
    if (notes.length) {
      out.push("");
      for (const r of notes) for (const note of r.notes) out.push(`- ${r.scenario} (${r.database}): ${note}`);
    }
  }
  if (records.length === 0) out.push("", "No figures were recorded.");
  return out.join("\n") + "\n";
}

export function writeReliabilityReport(root: string): void {
  const records = readFigures();
  if (records.length === 0) return;
  writeFileSync(path.join(root, "docs/reliability.md"), renderReport(records));
  console.log(`docs/reliability.md: ${records.length} scenario runs`);
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith("reliability-report")) writeReliabilityReport(path.resolve(__dirname, ".."));
