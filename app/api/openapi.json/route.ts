// GET /api/openapi.json — the OpenAPI 3.1 document of every API route
import { withErrors } from "@/lib/api/with-auth";
import { getOpenApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

export const GET = withErrors(() => Response.json(getOpenApiDocument()));
