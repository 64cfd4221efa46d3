// GET /api/health — ready (every start-up step done) and the database reachable; else 503 with the reason
import { errorBody } from "@/lib/api/errors";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  if (health.status === "ok") return Response.json(health);
  const code = health.status === "starting" ? "starting" : "database_unavailable";
  const retryAfter = health.status === "starting" ? "1" : "5";
  return Response.json({ ...health, ...errorBody(code, health.reason ?? "database unreachable") }, { status: 503, headers: { "Retry-After": retryAfter } });
}
