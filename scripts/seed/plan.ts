// What the large seed writes, independent of the database: users, endpoints and a
// generator of event rows in receivedAt order (index-friendly inserts).
import { listPresets } from "../../lib/integrations/registry";

export const BENCH_USER = { email: "bench@hookyard.test", password: "bench-password-1" };
export const DAYS = 14;
const BENCH_SHARE = 0.4;

export type SeedUser = { id: string; email: string };
export type SeedEndpoint = { id: string; userId: string; providerId: string; status: string; triggerTypes: string; triggerCount: number; errorCount: number; lastTriggered: number };
export type SeedEvent = {
  id: string;
  endpointId: string;
  providerId: string;
  eventType: string;
  deliveryId: string;
  receivedAt: number;
  status: string;
  error: string | null;
  processedAt: number | null;
  durationMs: number | null;
};

// Deterministic, so two runs make the same data (mulberry32).
export function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function planEndpoints(total: number): { users: SeedUser[]; endpoints: SeedEndpoint[] } {
  const presets = listPresets();
  const users: SeedUser[] = [];
  const endpoints: SeedEndpoint[] = [];
  const rand = random(7);
  for (let u = 0; endpoints.length < total; u++) {
    const user = { id: `seed-user-${u}`, email: u === 0 ? BENCH_USER.email : `seed-${u}@hookyard.test` };
    users.push(user);
    for (const preset of presets) {
      if (endpoints.length >= total) break;
      const roll = rand();
      endpoints.push({
        id: `seed-ep-${u}-${preset.id}`,
        userId: user.id,
        providerId: preset.id,
        status: roll < 0.85 ? "active" : roll < 0.95 ? "inactive" : "error",
        triggerTypes: JSON.stringify(preset.triggers.map((t) => t.value)),
        triggerCount: 0,
        errorCount: 0,
        lastTriggered: 0,
      });
    }
  }
  return { users, endpoints };
}

const STATUSES: [string, number, string | null][] = [
  ["processed", 0.85, null],
  ["failed", 0.05, "payload does not match the trigger's schema"],
  ["rejected", 0.03, "signature does not match"],
  ["ignored", 0.05, "not among this endpoint's trigger types"],
  ["accepted", 0.02, null],
];

/** Event rows in receivedAt order; counters on the endpoints are updated as it goes. */
export function* planEvents(total: number, endpoints: SeedEndpoint[], now: number): Generator<SeedEvent> {
  const rand = random(42);
  const bench = endpoints.filter((e) => e.userId === "seed-user-0");
  const others = endpoints.filter((e) => e.userId !== "seed-user-0");
  const github = bench.find((e) => e.providerId === "github") ?? bench[0];
  const span = DAYS * 86_400_000;
  const start = now - span;
  for (let i = 0; i < total; i++) {
    const share = rand();
    // Half of the bench user's events go to GitHub: one deep history to page through.
    const endpoint = share < BENCH_SHARE ? (share < BENCH_SHARE / 2 ? github : bench[Math.floor(rand() * bench.length)]) : (others[Math.floor(rand() * others.length)] ?? github);
    const receivedAt = start + Math.floor((i / total) * span);
    let roll = rand();
    const [status, , error] = STATUSES.find(([, p]) => (roll -= p) < 0) ?? STATUSES[0];
    const settled = status !== "accepted";
    if (status === "processed") endpoint.triggerCount++;
    if (status === "failed") endpoint.errorCount++;
    if (status === "processed" || status === "failed") endpoint.lastTriggered = receivedAt;
    yield {
      id: `seed-ev-${String(i).padStart(8, "0")}`,
      endpointId: endpoint.id,
      providerId: endpoint.providerId,
      eventType: "push",
      deliveryId: `seed-${i}`,
      receivedAt,
      status,
      error,
      processedAt: settled ? receivedAt + 40 : null,
      durationMs: settled ? 5 + Math.floor(rand() * 60) : null,
    };
  }
}
