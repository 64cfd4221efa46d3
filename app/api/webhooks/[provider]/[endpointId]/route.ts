// POST|GET|HEAD /api/webhooks/{provider}/{endpointId} — the inbound receiver
// (GET/HEAD only for providers whose URL check uses them). `npm start` serves this
// path from node:http directly; this route serves it under `next dev` and any other host.
import { receiveFetchRequest } from "@/lib/inbound/http-adapter";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ provider: string; endpointId: string }> };

async function handler(request: Request, context: Context) {
  const { provider, endpointId } = await context.params;
  return receiveFetchRequest(request, provider, endpointId);
}

export { handler as GET, handler as HEAD, handler as POST };
