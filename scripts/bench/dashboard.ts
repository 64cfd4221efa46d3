// `npm run bench -- dashboard`: first render of the dashboard against a large
// database (1,000,000 inbound events, 10,000 endpoints; scripts/seed-large.ts), on
// the real app started as `npm start` does (production build, SQLite).
//   /                       overview: counts by status, 24 h chart, success rate, failures
//   /webhooks               the manager table
//   /webhooks/<github id>   the history of the endpoint with the most events (~200k)
// For each page, after one warm-up: the server's full HTML (fetch, 10 runs) and, in
// headless Chromium, first contentful paint and DOMContentLoaded (5 runs), plus the
// history API's 20th cursor page. Target: first render under 1 s.
// The seeded database is kept in data/bench-dashboard.db and reused when complete;
// BENCH_DASHBOARD_EVENTS / BENCH_DASHBOARD_ENDPOINTS change the size.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { chromium } from "playwright-core";
import { applyMigrations } from "../../lib/startup/migrate";
import { startAppServer } from "../../tests/support/app-server";
import { chromiumPath, CHROMIUM_ARGS } from "../../tests/support/chromium";
import { signIn } from "../../tests/support/http";
import { BENCH_USER } from "../seed/plan";
import { seedLarge } from "../seed/seed-large";

const root = path.resolve(__dirname, "../..");
const EVENTS = Number(process.env.BENCH_DASHBOARD_EVENTS ?? 1_000_000);
const ENDPOINTS = Number(process.env.BENCH_DASHBOARD_ENDPOINTS ?? 10_000);
const dbFile = path.join(root, "data", "bench-dashboard.db");
const databaseUrl = `file:${dbFile}`;
const HISTORY_ENDPOINT = "seed-ep-0-github";

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const round = (n: number) => Math.round(n);

function seededCounts(): { events: number; endpoints: number } | null {
  if (!existsSync(dbFile)) return null;
  const sqlite = new Database(dbFile, { readonly: true });
  try {
    const events = (sqlite.prepare(`SELECT count(*) AS n FROM "InboundEvent"`).get() as { n: number }).n;
    const endpoints = (sqlite.prepare(`SELECT count(*) AS n FROM "IntegrationWebhook"`).get() as { n: number }).n;
    return { events, endpoints };
  } catch {
    return null;
  } finally {
    sqlite.close();
  }
}

async function main() {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  await applyMigrations(root, databaseUrl);
  let seedSeconds: number | null = null;
  const before = seededCounts();
  if (!before || before.events < EVENTS || before.endpoints < ENDPOINTS) {
    console.log(`seeding ${EVENTS.toLocaleString("en")} events and ${ENDPOINTS.toLocaleString("en")} endpoints into ${dbFile}…`);
    const seeded = await seedLarge({ events: EVENTS, endpoints: ENDPOINTS, databaseUrl });
    seedSeconds = seeded.ms / 1000;
  }
  const counts = seededCounts()!;
  console.log(
    `database: ${counts.events.toLocaleString("en")} inbound events, ${counts.endpoints.toLocaleString("en")} endpoints${seedSeconds ? ` (seeded in ${seedSeconds.toFixed(1)} s)` : " (reused)"}`,
  );

  const server = await startAppServer(databaseUrl);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const cookie = await signIn(server.baseUrl, BENCH_USER.email, BENCH_USER.password);
    const pages = { overview: "/", webhooks: "/webhooks", history: `/webhooks/${HISTORY_ENDPOINT}` };
    const results: Record<string, unknown> = {};

    for (const [name, pathname] of Object.entries(pages)) {
      const html: number[] = [];
      for (let i = 0; i <= 10; i++) {
        const start = performance.now();
        const response = await fetch(server.baseUrl + pathname, { headers: { cookie } });
        const body = await response.text();
        if (response.status !== 200 || !body.includes("Hookyard")) throw new Error(`${pathname} answered ${response.status}`);
        if (i > 0) html.push(performance.now() - start);
      }
      const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
      await context.addCookies(cookie.split("; ").map((pair) => ({ name: pair.split("=")[0], value: pair.slice(pair.indexOf("=") + 1), url: server.baseUrl })));
      const fcp: number[] = [];
      const dcl: number[] = [];
      for (let i = 0; i <= 5; i++) {
        const page = await context.newPage();
        await page.goto(server.baseUrl + pathname, { waitUntil: "load" });
        const timing = await page.evaluate(async () => {
          const paint = await new Promise<number>((resolve) => {
            const seen = performance.getEntriesByName("first-contentful-paint")[0];
            if (seen) return resolve(seen.startTime);
            new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: "paint", buffered: true });
          });
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          return { fcp: paint, dcl: nav.domContentLoadedEventEnd };
        });
        if (i > 0) {
          fcp.push(timing.fcp);
          dcl.push(timing.dcl);
        }
        await page.close();
      }
      await context.close();
      results[name] = {
        path: pathname,
        htmlP50: round(percentile(html, 50)),
        htmlP95: round(percentile(html, 95)),
        htmlMax: round(Math.max(...html)),
        fcpP50: round(percentile(fcp, 50)),
        fcpMax: round(Math.max(...fcp)),
        dclP50: round(percentile(dcl, 50)),
        dclMax: round(Math.max(...dcl)),
      };
      console.log(name.padEnd(9), JSON.stringify(results[name]));
    }

    // A deep page of the history: cursor pagination should cost what the first page costs.
    let cursor: string | null = null;
    const pageTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      const response = await fetch(`${server.baseUrl}/api/integration-webhooks/${HISTORY_ENDPOINT}/events?limit=50${cursor ? `&cursor=${cursor}` : ""}`, { headers: { cookie } });
      const body = (await response.json()) as { next_cursor: string | null };
      pageTimes.push(performance.now() - start);
      cursor = body.next_cursor;
    }
    results.historyApi = { firstPageMs: round(pageTimes[0]), page20Ms: round(pageTimes[19]), p50Ms: round(percentile(pageTimes, 50)) };
    console.log("history API", JSON.stringify(results.historyApi));

    const out = path.join(root, "bench/results", `dashboard-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(out, JSON.stringify({ counts, seedSeconds, results, node: process.version, at: new Date().toISOString() }, null, 2));
    console.log(`written to ${path.relative(root, out)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
