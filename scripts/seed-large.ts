// `npm run seed:large [-- --events 1000000 --endpoints 10000]`: a large dataset for
// the dashboard benchmark, written with batched raw inserts (Prisma's one-row-at-a-
// time creates would take an hour). Into DATABASE_URL (SQLite or PostgreSQL), which
// must be migrated and should be a scratch database: it adds users seed-*@hookyard.test.
//   - bench@hookyard.test (password "bench-password-1") owns one endpoint per catalog
//     integration and 40% of the events, most of them on GitHub;
//   - the other endpoints belong to users of 32 endpoints each (one per integration);
//   - events are spread over the last 14 days with realistic statuses.
import "./allow-server-only"; // first: lets Node load lib/'s server modules
import { seedLarge } from "./seed/seed-large";

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

seedLarge({ events: arg("events", 1_000_000), endpoints: arg("endpoints", 10_000) })
  .then((result) => console.log(`seeded ${result.endpoints} endpoints and ${result.events} events for ${result.users} users in ${(result.ms / 1000).toFixed(1)} s; bench user ${result.benchEmail}`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
