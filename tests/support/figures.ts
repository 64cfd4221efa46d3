// The reliability suite's figures: each scenario writes one JSON file per database it ran
// on, and scripts/reliability-report.ts turns the folder into docs/reliability.md at the end
// of `npm test` / `npm run test:soak`. Files persist between runs (the soak run adds its
// scenarios to the ones `npm test` wrote), so the report always shows the last run of each.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const FIGURE_NAMES = ["requests sent", "2xx answered", "rows found", "duplicates", "lost", "false accepts", "cross-tenant", "leaks", "refusals", "500s"] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
export type Figures = Partial<Record<FigureName, number>>;

export type ScenarioRecord = { scenario: string; part: string; database: string; figures: Figures; notes: string[] };

export function figuresDir(): string {
  return process.env.HOOKYARD_FIGURES_DIR ?? path.resolve(__dirname, "../../.reliability");
}

/** `database` is "sqlite", "postgresql", or "none" for scenarios that need no database. */
export function recordFigures(record: ScenarioRecord): void {
  const dir = figuresDir();
  mkdirSync(dir, { recursive: true });
  const file = `${record.scenario.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.${record.database}.json`;
  writeFileSync(path.join(dir, file), JSON.stringify(record, null, 2) + "\n");
}

/** Counts that tests add to as they go, then write once in afterAll; `start` figures show as 0, not as absent. */
export function tally(...start: FigureName[]): { figures: Figures; add: (name: FigureName, by?: number) => void } {
  const figures: Figures = Object.fromEntries(start.map((name) => [name, 0]));
  return { figures, add: (name, by = 1) => void (figures[name] = (figures[name] ?? 0) + by) };
}
