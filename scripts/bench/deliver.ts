// `npm run bench -- deliver [--db sqlite|postgresql] [--workers N] [--events N] [--cpu-prof DIR]`:
// outbound delivery throughput. 20,000 message:received events are fanned out to one
// subscription whose target is a node:http receiver on 127.0.0.1 in this process; the
// receiver checks every Standard Webhooks signature with the `standardwebhooks` package.
//   1. a fresh migrated database, one user, one subscription (createOutboundWebhook):
//      SQLite (default), or with --db postgresql a throwaway cluster (tests/support/pg-cluster.ts)
//      migrated as scripts/test.ts migrates it
//   2. the events are inserted first, through the real emitOutboundEvents (emitBurst, 250
//      per transaction), each with its Delivery and "deliver" job — timed on its own: the
//      fan-out inserts/s (target ≥ 2,000/s on both databases)
//   3. then N `npm run worker` processes (default 1) drain the queue, with the
//      per-subscription rate limit lifted (HOOKYARD_OUTBOUND_RATE_LIMIT=100000000)
// Measures deliveries/s from the first receipt to the last, and p50/p99 latency from the
// event's creation (`event.timestamp` in the body) to its receipt. That latency includes
// the wait behind the whole burst (the events exist before any worker starts), so it says
// how long the queue took to drain, not how long one delivery takes on an idle queue.
// Checks that every event arrived exactly once, or when repeated with the same webhook-id
// and the same body, and that every Delivery ended "succeeded".
// Then the baseline (bench/deliver-baseline-sender.mjs, always SQLite) sends as many events to a
// receiver of its own; the ratio Hookyard / baseline is printed beside the absolute target.
// Prints the figures and writes them to bench/results/deliver-<ISO date and time>.json.
// --cpu-prof DIR runs the workers as `node --cpu-prof --cpu-prof-dir=DIR --import tsx scripts/worker.ts`
// (one .cpuprofile per worker main thread, plus a small one for tsx's loader thread).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { Webhook } from "standardwebhooks";
import { closeDb, db } from "../../lib/db";
import { resetEnvCache } from "../../lib/env";
import { createOutboundWebhook } from "../../lib/outbound/webhooks/create-outbound-webhook";
import { applyMigrations } from "../../lib/startup/migrate";
import { WORKER_ARGS } from "../../tests/support/worker-process";
import { emitBurst } from "../../tests/support/emit-burst";
import { startPgCluster, type PgCluster } from "../../tests/support/pg-cluster";
import { TEST_SECRETS } from "../../tests/support/test-db";

const root = path.resolve(__dirname, "../..");
const TARGET_PER_SECOND = { sqlite: 1000, postgresql: 1500 } as const;
const INSERT_TARGET_PER_SECOND = 2000;
const STALL_MS = 60_000; // no new receipt for this long: give up
const WORKER_ENV = { HOOKYARD_ALLOW_HTTP_TARGETS: "true", HOOKYARD_ALLOW_PRIVATE_TARGETS: "true", HOOKYARD_OUTBOUND_RATE_LIMIT: "100000000" };

function option(name: string, fallback: string | undefined): string | undefined {
  const args = process.argv.slice(3);
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
  return value;
}

function positive(name: string, fallback: number): number {
  const value = Number(option(name, String(fallback)));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a whole number above 0`);
  return value;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const now = () => performance.timeOrigin + performance.now(); // wall-clock ms, sub-ms resolution

type Receipt = { at: number; webhookId: string; body: string; eventId: string; eventTime: number };

async function startVerifyingReceiver(secretRef: { secret?: string }) {
  const byEvent = new Map<string, Receipt[]>();
  const stats = { requests: 0, badSignature: 0, badBody: 0, firstAt: Infinity, lastAt: 0 };
  let verifier: Webhook | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = now();
      stats.requests++;
      const body = Buffer.concat(chunks).toString("utf8");
      verifier ??= new Webhook(secretRef.secret!);
      try {
        verifier.verify(body, req.headers as Record<string, string>);
      } catch {
        stats.badSignature++;
        res.writeHead(400, { "content-type": "text/plain" }).end("bad signature");
        return;
      }
      let event: { id: string; timestamp: string };
      try {
        event = (JSON.parse(body) as { event: { id: string; timestamp: string } }).event;
        if (typeof event.id !== "string") throw new Error("no event id");
      } catch {
        stats.badBody++;
        res.writeHead(400, { "content-type": "text/plain" }).end("bad body");
        return;
      }
      const receipt = { at, webhookId: String(req.headers["webhook-id"]), body, eventId: event.id, eventTime: Date.parse(event.timestamp) };
      const list = byEvent.get(event.id);
      if (list) list.push(receipt);
      else {
        byEvent.set(event.id, [receipt]);
        stats.firstAt = Math.min(stats.firstAt, at);
        stats.lastAt = Math.max(stats.lastAt, at);
      }
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    byEvent,
    stats,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

type Worker = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * The same number of events through bench/deliver-baseline-sender.mjs (a SQLite outbox, no
 * framework, no ORM) into a receiver of its own that verifies the same way: what this
 * machine allows a durable sender, measured right after Hookyard, first to last receipt.
 */
async function runBaseline(events: number, secret: string, dir: string) {
  const receiver = await startVerifyingReceiver({ secret });
  const child = spawn(process.execPath, [path.join(root, "bench/deliver-baseline-sender.mjs")], {
    cwd: root,
    env: { ...process.env, BASELINE_DB: path.join(dir, "baseline.db"), BASELINE_SECRET: secret, BASELINE_URL: receiver.url, BASELINE_EVENTS: String(events) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  try {
    const code = await exited;
    if (code !== 0) throw new Error(`the baseline sender exited with ${code}`);
    const spanMs = receiver.stats.lastAt - receiver.stats.firstAt;
    return {
      deliveriesPerSecond: Math.round((receiver.byEvent.size - 1) / (spanMs / 1000)),
      received: receiver.byEvent.size,
      badSignatures: receiver.stats.badSignature,
      firstToLastReceiptMs: Math.round(spanMs),
    };
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    await receiver.close();
  }
}

// As tests/support/worker-process.ts: node runs the worker itself (tsx as a loader), so
// node flags such as --cpu-prof apply to the worker (Node 20 refuses them in NODE_OPTIONS).
function startWorker(databaseUrl: string, nodeFlags: string[]): Worker {
  const child = spawn(process.execPath, [...nodeFlags, ...WORKER_ARGS], {
    cwd: root,
    env: {
      ...process.env,
      ...TEST_SECRETS,
      DATABASE_URL: databaseUrl,
      ...WORKER_ENV,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  return { child, output: () => output, exited: new Promise((resolve) => child.once("exit", resolve)) };
}

function gitRevision(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "lib"], { cwd: root, encoding: "utf8" }).trim() !== "";
    return dirty ? `${head} (lib/ has uncommitted changes)` : head;
  } catch {
    return "unknown";
  }
}

async function main() {
  const events = positive("events", 20_000);
  const workerCount = positive("workers", 1);
  const profileDir = option("cpu-prof", undefined);
  const database = option("db", "sqlite");
  if (database !== "sqlite" && database !== "postgresql") throw new Error("--db expects sqlite or postgresql");
  const databaseLabel = database === "sqlite" ? "SQLite" : "PostgreSQL";
  const target = TARGET_PER_SECOND[database];
  const dir = mkdtempSync(path.join(os.tmpdir(), "hookyard-bench-"));
  const secretRef: { secret?: string } = {};
  const receiver = await startVerifyingReceiver(secretRef);
  const workers: Worker[] = [];
  let cluster: PgCluster | undefined;
  try {
    // PostgreSQL: a throwaway cluster (durability off, as for the tests), its `postgres` database migrated.
    const databaseUrl = database === "sqlite" ? `file:${path.join(dir, "bench.db")}` : (cluster = await startPgCluster()).url;
    await applyMigrations(root, databaseUrl);
    Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: databaseUrl, HOOKYARD_ALLOW_HTTP_TARGETS: "true", HOOKYARD_ALLOW_PRIVATE_TARGETS: "true" });
    resetEnvCache();
    const user = await db().user.create({ data: { email: "bench@example.test", name: "Bench", role: "admin" } });
    const webhook = await createOutboundWebhook(user.id, { name: "bench receiver", url: receiver.url, eventTypes: ["message:received"] });
    secretRef.secret = webhook.secret;
    await closeDb();

    console.log(`inserting ${events} message:received events (one Delivery + deliver job each)…`);
    const insertStart = now();
    const ids = await emitBurst(databaseUrl, user.id, events);
    const insertMs = now() - insertStart;
    console.log(`  inserted in ${(insertMs / 1000).toFixed(1)} s (${Math.round(events / (insertMs / 1000))} events/s)`);

    console.log(`starting ${workerCount} worker process${workerCount > 1 ? "es" : ""}…`);
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    const nodeFlags = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
    const workersStart = now();
    for (let i = 0; i < workerCount; i++) workers.push(startWorker(databaseUrl, nodeFlags));
    let exitedEarly: string | undefined;
    workers.forEach((w, i) => void w.exited.then((code) => (exitedEarly ??= `worker ${i + 1} exited with ${code}: ${w.output().slice(-2000)}`)));

    let seen = 0;
    let lastProgress = now();
    while (receiver.byEvent.size < events) {
      if (exitedEarly) throw new Error(exitedEarly);
      if (receiver.byEvent.size !== seen) ((seen = receiver.byEvent.size), (lastProgress = now()));
      if (now() - lastProgress > STALL_MS)
        throw new Error(
          `stalled: the receiver got ${seen} of ${events} events (${receiver.stats.badSignature} bad signatures); worker output:\n${workers.map((w) => w.output().slice(-2000)).join("\n")}`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
    const drainedAt = now();

    // Every POST is followed by its record: wait for the last ones before stopping the workers.
    Object.assign(process.env, { DATABASE_URL: databaseUrl });
    resetEnvCache();
    let pending = Infinity;
    for (const deadline = now() + 30_000; now() < deadline;) {
      pending = await db().delivery.count({ where: { status: "pending" } });
      if (pending === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const w of workers) w.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    // CPU per delivery does not depend on what else the machine runs, unlike deliveries/s.
    const workerCpuMs = workers.reduce((sum, w) => sum + Number(/CPU used: (\d+) ms/.exec(w.output())?.[1] ?? NaN), 0);
    workers.length = 0;
    const [succeeded, failed, attempts, jobsLeft] = await Promise.all([
      db().delivery.count({ where: { status: "succeeded" } }),
      db().delivery.count({ where: { status: "failed" } }),
      db().deliveryAttempt.count(),
      db().job.count({ where: { kind: "deliver" } }),
    ]);
    await closeDb();

    console.log("running the baseline sender with the same events…");
    const baseline = await runBaseline(events, secretRef.secret, dir);

    // Exactly once, or repeated with the same webhook-id and the same bytes.
    const expected = new Set(ids);
    const unexpected = [...receiver.byEvent.keys()].filter((id) => !expected.has(id)).length;
    const missing = ids.filter((id) => !receiver.byEvent.has(id)).length;
    let repeatedEvents = 0;
    let inconsistentRepeats = 0;
    let webhookIdMismatches = 0;
    for (const [eventId, list] of receiver.byEvent) {
      if (list.some((r) => r.webhookId !== eventId)) webhookIdMismatches++;
      if (list.length === 1) continue;
      repeatedEvents++;
      const byWebhookId = new Map<string, string>();
      for (const r of list) {
        const body = byWebhookId.get(r.webhookId);
        if (body === undefined) byWebhookId.set(r.webhookId, r.body);
        else if (body !== r.body) inconsistentRepeats++;
      }
      if (byWebhookId.size > 1) inconsistentRepeats++;
    }

    const first = [...receiver.byEvent.values()].map((list) => list[0]);
    const latencies = first.map((r) => r.at - r.eventTime).sort((a, b) => a - b);
    const spanMs = receiver.stats.lastAt - receiver.stats.firstAt;
    const perSecond = (first.length - 1) / (spanMs / 1000);
    const checksPass =
      missing === 0 &&
      unexpected === 0 &&
      inconsistentRepeats === 0 &&
      webhookIdMismatches === 0 &&
      receiver.stats.badSignature === 0 &&
      receiver.stats.badBody === 0 &&
      succeeded === events &&
      failed === 0 &&
      jobsLeft === 0 &&
      baseline.received === events &&
      baseline.badSignatures === 0;

    const insertPerSecond = events / (insertMs / 1000);
    const result = {
      benchmark: "deliver",
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", node: process.version, platform: `${process.platform} ${os.release()}` },
      revision: gitRevision(),
      database,
      events,
      workers: workerCount,
      workerEnv: WORKER_ENV,
      profiled: Boolean(profileDir),
      insert: { ms: Math.round(insertMs), eventsPerSecond: Math.round(insertPerSecond), targetPerSecond: INSERT_TARGET_PER_SECOND, meetsTarget: insertPerSecond >= INSERT_TARGET_PER_SECOND },
      delivery: {
        deliveriesPerSecond: Math.round(perSecond),
        targetPerSecond: target,
        meetsTarget: perSecond >= target,
        firstToLastReceiptMs: Math.round(spanMs),
        workerSpawnToFirstReceiptMs: Math.round(receiver.stats.firstAt - workersStart),
        workerSpawnToAllReceivedMs: Math.round(drainedAt - workersStart),
        workerCpuMs,
        workerCpuMsPerDelivery: Number((workerCpuMs / events).toFixed(3)),
      },
      latencyFromEventCreationMs: {
        note: "event.timestamp (set at insert) to receipt: includes the insert phase, worker start-up and queueing behind the whole burst",
        p50: Math.round(percentile(latencies, 50)),
        p99: Math.round(percentile(latencies, 99)),
        max: Math.round(latencies[latencies.length - 1]),
      },
      baseline: { ...baseline, ratio: Number((perSecond / baseline.deliveriesPerSecond).toFixed(2)) },
      checks: {
        pass: checksPass,
        requests: receiver.stats.requests,
        distinctEvents: receiver.byEvent.size,
        missing,
        unexpected,
        repeatedEvents,
        inconsistentRepeats,
        webhookIdMismatches,
        badSignatures: receiver.stats.badSignature,
        badBodies: receiver.stats.badBody,
        deliveriesSucceeded: succeeded,
        deliveriesFailed: failed,
        deliveriesPending: pending,
        attemptRows: attempts,
        deliverJobsLeft: jobsLeft,
      },
    };

    const line = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`);
    console.log(
      `\ndeliver: ${events} events → 1 subscription, ${workerCount} worker process${workerCount > 1 ? "es" : ""}, ${databaseLabel}, ${os.cpus().length} cores${profileDir ? " (under --cpu-prof)" : ""}`,
    );
    line(
      "fan-out inserts (emitOutboundEvents, 250/tx)",
      `${result.insert.eventsPerSecond} events/s over ${(insertMs / 1000).toFixed(1)} s   (target ≥ ${INSERT_TARGET_PER_SECOND}/s: ${result.insert.meetsTarget ? "met" : "NOT met"})`,
    );
    line(
      "deliveries/s (first → last receipt)",
      `${result.delivery.deliveriesPerSecond}/s over ${(spanMs / 1000).toFixed(1)} s   (target ≥ ${target}/s: ${result.delivery.meetsTarget ? "met" : "NOT met"})`,
    );
    line(
      "baseline sender (SQLite outbox, no ORM)",
      `${baseline.deliveriesPerSecond}/s (${baseline.received} received, ${baseline.badSignatures} bad signatures)   ratio Hookyard / baseline: ${result.baseline.ratio}`,
    );
    line("worker CPU per delivery", `${result.delivery.workerCpuMsPerDelivery} ms (${workerCpuMs} ms in all, start-up included)`);
    line("worker spawn → first receipt", `${(result.delivery.workerSpawnToFirstReceiptMs / 1000).toFixed(1)} s`);
    line("latency event creation → receipt", `p50 ${(result.latencyFromEventCreationMs.p50 / 1000).toFixed(1)} s   p99 ${(result.latencyFromEventCreationMs.p99 / 1000).toFixed(1)} s`);
    console.log("    (includes the insert phase, worker start-up and queueing behind the whole burst)");
    line("requests / distinct events", `${receiver.stats.requests} / ${receiver.byEvent.size}`);
    line("missing / repeated / inconsistent repeats", `${missing} / ${repeatedEvents} / ${inconsistentRepeats}`);
    line("bad signatures", String(receiver.stats.badSignature));
    line("deliveries succeeded / failed / pending", `${succeeded} / ${failed} / ${pending}`);
    line("checks", checksPass ? "pass" : "FAIL");

    const resultsDir = path.join(root, "bench/results");
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `deliver-${result.date.replace(/:/g, "-").replace(/\.\d+Z$/, "Z")}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
    console.log(`\nwritten to ${path.relative(root, file)}`);
    if (!checksPass) process.exitCode = 1;
  } finally {
    for (const w of workers) w.child.kill("SIGKILL");
    await closeDb().catch(() => undefined);
    await receiver.close();
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
