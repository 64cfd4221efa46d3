// `npm run bench -- <name>`: the benchmarks, each a file in scripts/bench/. They
// measure against a baseline run side by side and are never part of `npm test`.
//   api      GET /api/integration-webhooks vs GET /api/health
//   ingest   inbound GitHub pushes via `npm start` vs a bare node:http + SQLite server (bench/)
//   deliver  20,000 message:received fanned out to one subscription
//   dashboard  first render of /, /webhooks and a history on 1,000,000 events (seeds data/bench-dashboard.db)
import "./allow-server-only"; // first: lets Node load lib/'s server modules
import { existsSync } from "node:fs";
import path from "node:path";

const name = process.argv[2] ?? "api";
const file = path.join(__dirname, "bench", `${name}.ts`);
if (!/^[a-z-]+$/.test(name) || !existsSync(file)) {
  console.error(`unknown benchmark "${name}": try api, ingest, deliver or dashboard`);
  process.exit(2);
}
require(file);
