// The baseline for `npm run bench -- deliver`: the least a durable webhook sender can do
// and still be correct — take 100 pending rows from a SQLite queue, sign each body the
// Standard Webhooks way, POST them in parallel (a new connection each, as Hookyard does),
// and mark the 2xx ones sent in one transaction. No framework, no ORM, no rate limit.
//   BASELINE_DB=/tmp/x.db BASELINE_SECRET=whsec_… BASELINE_URL=http://… BASELINE_EVENTS=20000 \
//     node bench/deliver-baseline-sender.mjs
// Fills the queue, then prints "baseline: sending" and, when the queue is empty, "baseline: done".
import { createHmac } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";

const { BASELINE_DB, BASELINE_SECRET, BASELINE_URL } = process.env;
const events = Number(process.env.BASELINE_EVENTS);
if (!BASELINE_DB || !BASELINE_SECRET || !BASELINE_URL || !(events > 0)) throw new Error("set BASELINE_DB, BASELINE_SECRET, BASELINE_URL and BASELINE_EVENTS");

const key = Buffer.from(BASELINE_SECRET.replace(/^whsec_/, ""), "base64");
const db = new Database(BASELINE_DB);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec("CREATE TABLE IF NOT EXISTS outbox (id TEXT PRIMARY KEY, body TEXT NOT NULL, sent INTEGER NOT NULL DEFAULT 0)");
const insert = db.prepare("INSERT INTO outbox (id, body) VALUES (?, ?)");
db.transaction(() => {
  for (let n = 0; n < events; n++) {
    const id = `baseline-${n}`;
    const body = JSON.stringify({
      event: { id, type: "message:received", timestamp: new Date().toISOString(), userId: "baseline", source: "github", payload: { n, text: "x".repeat(200) } },
      webhook: { id: "baseline", name: "baseline" },
    });
    insert.run(id, body);
  }
})();
const take = db.prepare("SELECT id, body FROM outbox WHERE sent = 0 LIMIT 100");
const markSent = db.prepare("UPDATE outbox SET sent = 1 WHERE id = ?");
const markAll = db.transaction((ids) => ids.forEach((id) => markSent.run(id)));

function post(id, body) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return new Promise((resolve) => {
    const request = http.request(BASELINE_URL, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` },
    });
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode >= 200 && response.statusCode < 300));
    });
    request.on("error", () => resolve(false));
    request.end(body);
  });
}

console.log("baseline: sending");
for (let batch = take.all(); batch.length > 0; batch = take.all()) {
  const results = await Promise.all(batch.map((row) => post(row.id, row.body)));
  markAll(batch.filter((_, i) => results[i]).map((row) => row.id));
}
console.log("baseline: done");
