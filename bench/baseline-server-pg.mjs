// The PostgreSQL baseline for `npm run bench -- ingest --db postgresql`: the least a
// webhook receiver can do and still be correct — read the body, check the GitHub
// HMAC-SHA256 signature in constant time, one INSERT … ON CONFLICT DO NOTHING per request
// through a pg Pool (autocommit: answered after its commit), answer 202. No framework, no ORM.
//   BASELINE_PG_URL=postgresql://… BASELINE_SECRET=s PORT=0 node bench/baseline-server-pg.mjs
// Prints "baseline: listening on <port>" once it accepts connections.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";

const secret = process.env.BASELINE_SECRET;
if (!secret || !process.env.BASELINE_PG_URL) throw new Error("set BASELINE_PG_URL and BASELINE_SECRET");

// As many connections as autocannon has (50): the pool never makes a request wait.
const pool = new pg.Pool({ connectionString: process.env.BASELINE_PG_URL, max: 50 });
await pool.query(`CREATE TABLE IF NOT EXISTS delivery (
  id BIGSERIAL PRIMARY KEY,
  delivery_id TEXT NOT NULL UNIQUE,
  body BYTEA NOT NULL,
  received_at TIMESTAMP(3) NOT NULL
)`);
const INSERT = {
  name: "baseline_insert",
  text: "INSERT INTO delivery (delivery_id, body, received_at) VALUES ($1, $2, now()) ON CONFLICT (delivery_id) DO NOTHING RETURNING id",
};

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
    pool.query({ ...INSERT, values: [deliveryId, body] }).then(
      ({ rows }) => (rows.length === 1 ? answer(res, 202, { received: true, id: Number(rows[0].id) }) : answer(res, 200, { received: true, duplicate: true })),
      (error) => answer(res, 503, { error: error.message }),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => console.log(`baseline: listening on ${server.address().port}`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
