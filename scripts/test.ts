// `npm test`: every suite, on real databases and a real browser.
//   0. tsc --noEmit (counted as one test)
//   1. a production build (integration and e2e tests run against it, as `npm start` would)
//   2. unit + db + integration on SQLite
//   3. db + integration on PostgreSQL: HOOKYARD_TEST_PG_URL, or a throwaway cluster when pg_ctl exists
//   4. e2e in headless Chromium (/usr/bin/chromium or HOOKYARD_CHROMIUM)
//   soak (tests/soak, minutes of load) runs only when asked for: `npm run test:soak`.
// A suite whose tool is absent is skipped with one line; REQUIRE_PG=1 / REQUIRE_E2E=1
// turn such a skip into a failure (CI sets both). Ends with "N passed, N failed".
import "./allow-server-only"; // first: lets Node load lib/'s server modules
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../lib/startup/migrate";
import { findPgBin, startPgCluster, type PgCluster } from "../tests/support/pg-cluster";
import { withAdmin } from "../tests/support/test-db";
import { chromiumPath } from "../tests/support/chromium";
import { writeReliabilityReport } from "./reliability-report";

const root = path.resolve(__dirname, "..");
const work = mkdtempSync(path.join(os.tmpdir(), "hookyard-test-run-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];
// `npm test -- unit` runs just that project; any other argument filters test files by
// name, as vitest does: `npm test -- db rate-limit` runs the db tests named rate-limit.
const PROJECTS = ["typecheck", "unit", "db", "integration", "e2e", "soak"];
const onlyProjects = process.argv.slice(2).filter((arg) => PROJECTS.includes(arg));
const fileFilters = process.argv.slice(2).filter((arg) => !PROJECTS.includes(arg));

function wanted(project: string) {
  return onlyProjects.length === 0 ? project !== "soak" : onlyProjects.includes(project);
}

function vitest(label: string, projects: string[], env: Record<string, string>) {
  const selected = projects.filter(wanted);
  if (selected.length === 0) return;
  console.log(`\n── ${label}: ${selected.join(", ")} ──`);
  const report = path.join(work, `${label.replace(/\W+/g, "-")}.json`);
  const args = [
    path.join(root, "node_modules/vitest/vitest.mjs"),
    "run",
    "--config",
    "tests/vitest.config.mts",
    ...fileFilters,
    ...selected.flatMap((p) => ["--project", p]),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (!existsSync(report)) {
    totals.failed += 1;
    problems.push(`${label}: vitest exited with ${result.status} and wrote no report`);
    return;
  }
  const json = JSON.parse(readFileSync(report, "utf8"));
  totals.passed += json.numPassedTests;
  // A file that failed to load has no test results of its own: count it as one failure.
  const brokenFiles = json.testResults.filter((file: { status: string; assertionResults: unknown[] }) => file.status === "failed" && file.assertionResults.length === 0).length;
  totals.failed += json.numFailedTests + brokenFiles;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  if (result.status !== 0) problems.push(`${label}: vitest exited with ${result.status}`);
}

function skip(suite: string, reason: string, requiredBy: string) {
  if (process.env[requiredBy] === "1") {
    totals.failed += 1;
    problems.push(`${suite} could not run and ${requiredBy}=1: ${reason}`);
  } else {
    console.log(`\n${suite} suite skipped: ${reason}`);
  }
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (wanted("typecheck")) {
    console.log("── typecheck (tsc --noEmit) ──");
    const tsc = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "tsconfig.json"], { cwd: root, stdio: "inherit" });
    if (tsc.status === 0) totals.passed += 1;
    else {
      totals.failed += 1;
      problems.push("typecheck: tsc reported errors (above)");
    }
  }

  // HOOKYARD_TEST_REUSE_BUILD=1 keeps an existing build, for repeated local runs; CI never sets it.
  const reuseBuild = process.env.HOOKYARD_TEST_REUSE_BUILD === "1" && existsSync(path.join(root, ".next/BUILD_ID"));
  if ((wanted("integration") || wanted("e2e") || wanted("soak")) && !reuseBuild) {
    console.log("── production build ──");
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) {
      console.log("\n0 passed, 1 failed");
      console.error("the production build failed");
      process.exit(1);
    }
  }

  const sqliteTemplate = path.join(work, "template.db");
  await applyMigrations(root, `file:${sqliteTemplate}`);
  vitest("SQLite", ["unit", "db", "integration", "soak"], { TEST_DB: "sqlite", TEST_TEMPLATE: sqliteTemplate });

  if (wanted("db") || wanted("integration") || wanted("soak")) {
    let cluster: PgCluster | undefined;
    const pgUrl = process.env.HOOKYARD_TEST_PG_URL ?? (findPgBin() ? (cluster = await startPgCluster()).url : undefined);
    if (!pgUrl) skip("PostgreSQL", "pg_ctl not found (apt-get install postgresql, or set HOOKYARD_TEST_PG_URL)", "REQUIRE_PG");
    else {
      try {
        const template = `hookyard_tpl_${process.pid}`;
        await withAdmin(pgUrl, (c) => c.query(`CREATE DATABASE "${template}"`));
        const templateUrl = new URL(pgUrl);
        templateUrl.pathname = `/${template}`;
        await applyMigrations(root, templateUrl.toString());
        vitest("PostgreSQL", ["db", "integration", "soak"], { TEST_DB: "postgresql", TEST_TEMPLATE: template, TEST_PG_URL: pgUrl });
        await withAdmin(pgUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
      } finally {
        cluster?.stop();
      }
    }
  }

  if (wanted("e2e")) {
    const chromium = chromiumPath();
    if (!chromium) skip("e2e (Chromium)", "no Chromium found (apt-get install chromium, or set HOOKYARD_CHROMIUM)", "REQUIRE_E2E");
    else vitest("e2e", ["e2e"], { TEST_DB: "sqlite", TEST_TEMPLATE: sqliteTemplate, HOOKYARD_CHROMIUM: chromium });
  }

  rmSync(work, { recursive: true, force: true });
  // The reliability suite's figures (tests/support/figures.ts) → docs/reliability.md.
  writeReliabilityReport(root);
  for (const problem of problems) console.error(problem);
  console.log(`\n${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : ""));
  process.exit(totals.failed > 0 || problems.length > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("\n0 passed, 1 failed");
  process.exit(1);
});
