// GET /api/health — liveness plus database reachability (503 with the reason when unreachable)
import { errorBody } from "@/lib/api/errors";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  if (health.status === "ok") return Response.json(health);
  return Response.json({ ...health, ...errorBody("database_unavailable", health.reason ?? "database unreachable") }, { status: 503, headers: { "Retry-After": "5" } });
}
