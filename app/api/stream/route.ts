// GET /api/stream — server-sent events for the signed-in user: new inbound events,
// endpoint status and counter changes, delivery results (lib/live).
import { withAuth } from "@/lib/api/with-auth";
import { openLiveStream } from "@/lib/live/open-stream";

export const dynamic = "force-dynamic";

export const GET = withAuth(({ request, caller }) => openLiveStream(caller.userId, request.signal));
