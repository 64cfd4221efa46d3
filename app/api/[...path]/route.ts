// ANY /api/* that no other route serves — JSON, never an HTML page: 401 without
// credentials (so an API client learns to authenticate first), else 404.
import { ApiError } from "@/lib/api/errors";
import { withAuth } from "@/lib/api/with-auth";

export const dynamic = "force-dynamic";

const notFound = withAuth<{ path: string[] }>(({ request }) => {
  throw new ApiError("not_found", `No API route ${request.method} ${new URL(request.url).pathname}.`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
