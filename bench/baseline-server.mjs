// The baseline for `npm run bench -- ingest`: the least a webhook receiver can do
// and still be correct — read the body, check the GitHub HMAC-SHA256 signature in
// constant time, INSERT the delivery into SQLite, answer 202. No framework, no ORM.
//   BASELINE_DB=/tmp/x.db BASELINE_SECRET=s PORT=0 node bench/baseline-server.mjs
// Prints "baseline: listening on <port>" once it accepts connections.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import Database from "better-sqlite3";

const secret = process.env.BASELINE_SECRET;
if (!secret || !process.env.BASELINE_DB) throw new Error("set BASELINE_DB and BASELINE_SECRET");

const db = new Database(process.env.BASELINE_DB);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec(`CREATE TABLE IF NOT EXISTS delivery (
  id INTEGER PRIMARY KEY,
  delivery_id TEXT NOT NULL UNIQUE,
  body BLOB NOT NULL,
  received_at INTEGER NOT NULL
)`);
const insert = db.prepare("INSERT INTO delivery (delivery_id, body, received_at) VALUES (?, ?, ?)");

/** Length check first: timingSafeEqual throws on buffers of different lengths. */
function validSignature(body, header) {
  if (typeof header !== "string") return false;
  const expected = Buffer.from("sha256=" + createHmac("sha256", secret).update(body).digest("hex"));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function answer(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    if (!validSignature(body, req.headers["x-hub-signature-256"])) return answer(res, 401, { error: "invalid_signature" });
    const deliveryId = req.headers["x-github-delivery"];
    if (typeof deliveryId !== "string" || !deliveryId) return answer(res, 400, { error: "missing x-github-delivery" });
    try {
      const { lastInsertRowid } = insert.run(deliveryId, body, Date.now());
      answer(res, 202, { received: true, id: Number(lastInsertRowid) });
    } catch (error) {
      if (error.code === "SQLITE_CONSTRAINT_UNIQUE") return answer(res, 200, { received: true, duplicate: true });
      answer(res, 500, { error: error.message });
    }
  });
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => console.log(`baseline: listening on ${server.address().port}`));
const stop = () => server.close(() => (db.close(), process.exit(0)));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
