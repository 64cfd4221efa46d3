// `npm run bench -- api`: latency of the API's heavier reads, as ratios against a
// baseline route measured side by side in the same run (GET /api/health: auth-free,
// one `SELECT 1`), on the real app started as `npm start` does, on SQLite.
//   GET /api/integration-webhooks for a user with all 32 integrations set up
// Requests alternate between the measured route and the baseline so that both see
// the same machine load. Prints p50/p95 in ms and the p50 ratio.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../../lib/startup/migrate";
import { PROVIDER_IDS } from "../../lib/integrations/types";
import { startAppServer, TEST_ADMIN } from "../../tests/support/app-server";
import { api, signIn } from "../../tests/support/http";

const ROUNDS = Number(process.argv[3] ?? 400);
const root = path.resolve(__dirname, "../..");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(run: () => Promise<Response>): Promise<number> {
  const start = performance.now();
  const response = await run();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`benchmark request failed with ${response.status}`);
  return performance.now() - start;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hookyard-bench-"));
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  await applyMigrations(root, databaseUrl);
  const server = await startAppServer(databaseUrl, { HOOKYARD_WORKER: "off" });
  try {
    const cookie = await signIn(server.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
    const { token } = (await api(server.baseUrl, "POST", "/api/tokens", { auth: { cookie }, json: { name: "bench" } })).body;
    for (const provider_id of PROVIDER_IDS) await api(server.baseUrl, "POST", "/api/integration-webhooks", { auth: { token }, json: { provider_id } });
    const list = () => fetch(`${server.baseUrl}/api/integration-webhooks`, { headers: { authorization: `Bearer ${token}` } });
    const health = () => fetch(`${server.baseUrl}/api/health`);
    const count = (await (await list()).json()).length;
    if (count !== 32) throw new Error(`expected 32 entries, got ${count}`);

    for (let i = 0; i < 30; i++) await Promise.all([timed(list), timed(health)]); // warm-up
    const samples = { list: [] as number[], health: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
      samples.health.push(await timed(health));
      samples.list.push(await timed(list));
    }
    const row = (name: string, values: number[]) => `${name.padEnd(48)} p50 ${percentile(values, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(2).padStart(7)} ms`;
    console.log(`\n${ROUNDS} sequential requests each, alternating, SQLite, ${os.cpus().length} cores`);
    console.log(row("baseline: GET /api/health", samples.health));
    console.log(row("GET /api/integration-webhooks (32 endpoints)", samples.list));
    console.log(`ratio (p50 list / p50 baseline): ${(percentile(samples.list, 50) / percentile(samples.health, 50)).toFixed(2)}`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
